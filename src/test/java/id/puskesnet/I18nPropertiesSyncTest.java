package id.puskesnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityType;
import id.puskesnet.facility.IlpStatus;
import id.puskesnet.facility.LicenceStatus;
import id.puskesnet.facility.PartnerImportAction;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.forum.ForumType;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.mou.MouStatus;
import id.puskesnet.program.ProgramKind;
import org.junit.jupiter.api.Test;

/**
 * Keeps Bahasa Indonesia and English complete and in step, and every text a person reads out of the templates
 * and in the message files. {@link TemplateChecksTest} shows each check catching a broken copy.
 */
class I18nPropertiesSyncTest {

    /** Enums whose labels the templates look up dynamically, e.g. {@code #{'Role.' + ${user.role}}}. */
    static final List<Class<? extends Enum<?>>> LABELLED_ENUMS = List.of(Role.class, FacilityType.class,
            IlpStatus.class, LicenceStatus.class, AuditAction.class, InstitutionSector.class, PartnerImportAction.class,
            ProgramKind.class, MouStatus.class, ForumType.class, FollowUpStatus.class);

    private final TemplateChecks checks = TemplateChecks.ofProject();

    @Test
    void messageFilesHaveTheSameKeysAndNoEmptyValues() {
        assertThat(checks.messageFileProblems()).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() {
        assertThat(checks.hardCodedTextProblems()).isEmpty();
    }

    @Test
    void everyMessageKeyUsedExistsInBothLanguages() {
        assertThat(checks.unknownKeyProblems(LABELLED_ENUMS)).isEmpty();
    }
}
