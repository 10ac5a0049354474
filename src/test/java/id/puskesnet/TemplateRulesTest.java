package id.puskesnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Template rules besides language: what the Content-Security-Policy allows, a label for every field, and what
 * markup may be written unescaped.
 */
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

    /**
     * Unescaped text only for the DKK dashboard's kept parts (rendered, and escaped, by Thymeleaf itself), and those
     * parts the same for every DKK user: no security attributes, no form that posts (its CSRF token is a user's).
     */
    @Test
    void onlyKeptPartsAreWrittenUnescapedAndTheyHoldNothingOfAUser() throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        List<String> unescaped;
        try (Stream<Path> files = Files.walk(templates)) {
            unescaped = files.filter(p -> p.toString().endsWith(".html")).filter(p -> read(p).contains("th:utext"))
                    .map(p -> templates.relativize(p).toString()).toList();
        }
        assertThat(unescaped).containsExactly("dashboard/city.html");
        assertThat(read(templates.resolve("dashboard/city.html")).lines().filter(l -> l.contains("th:utext")))
                .allMatch(l -> l.contains("th:utext=\"${parts."));

        // The kept template and the fragments it takes in.
        for (String name : List.of("dashboard/city-figures.html", "dashboard/parts.html", "fragments/pagination.html")) {
            String kept = read(templates.resolve(name));
            assertThat(kept).as(name).doesNotContainPattern("\\ssec:[a-z]+=")
                    .doesNotContain("#authentication", "#authorization", "_csrf")
                    .doesNotContainIgnoringCase("method=\"post\"");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
