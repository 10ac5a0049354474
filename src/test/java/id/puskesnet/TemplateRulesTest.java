package id.puskesnet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Template rules besides language: what the Content-Security-Policy allows, and a label for every field. */
class TemplateRulesTest {

    private final TemplateChecks checks = TemplateChecks.ofProject();

    @Test
    void templatesNeedNoInlineScriptOrStyleSoTheContentSecurityPolicyHolds() {
        assertThat(checks.contentSecurityPolicyProblems()).isEmpty();
    }

    @Test
    void everyFormFieldHasALabel() {
        assertThat(checks.unlabelledFieldProblems()).isEmpty();
    }
}
