package id.puskesnet.mou;

import static id.puskesnet.mou.MouFixtures.ADMINISTRATOR;
import static id.puskesnet.mou.MouFixtures.BARU_TENGAH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditEntry;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The signed document: only a PDF within the upload limit is kept, its name is made safe, a new upload replaces
 * the old one and both show in the history. (The container's own limit is tested on a real server in
 * {@link MouUploadLimitTest}.)
 */
class MouDocumentTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    MouRegistry registry;

    @Autowired
    MouService mous;

    @Autowired
    InstitutionRegistry institutions;

    @Autowired
    FacilityService facilities;

    @Autowired
    Clock clock;

    private long mou;

    @BeforeEach
    void ownMou() {
        long puskesmas = MouFixtures.puskesmasId(facilities, BARU_TENGAH);
        long institution = MouFixtures.institution(institutions, MouFixtures.unique("Perusahaan uji dokumen"),
                InstitutionSector.PERUSAHAAN, puskesmas);
        mou = MouFixtures.mou(registry, puskesmas, institution, LocalDate.now(clock).minusMonths(2),
                LocalDate.now(clock).plusYears(1));
    }

    @Test
    void aPdfIsKeptWithASafeNameAndTheUploadIsInTheHistory() throws Exception {
        upload(new MockMultipartFile("file", "C:\\Users\\kapus\\MoU \"final\".pdf", "application/pdf",
                MouFixtures.pdf("asli")))
                .andExpect(redirectedUrl("/mous/" + mou))
                .andExpect(flash().attribute("success", "mou.document.saved"));

        MouDocumentFile stored = mous.document(ADMINISTRATOR, mou);
        assertThat(stored.fileName()).isEqualTo("MoU final.pdf");
        assertThat(stored.content()).isEqualTo(MouFixtures.pdf("asli"));
        AuditEntry latest = mous.details(ADMINISTRATOR, mou).history().get(0);
        assertThat(latest.action()).isEqualTo(AuditAction.UPLOAD);
        assertThat(latest.actorUsername()).isEqualTo("staf.barutengah");
        assertThat(latest.changes().get(0).newValue()).isEqualTo("MoU final.pdf (1 KB)");
    }

    @Test
    void aNewUploadReplacesTheOldDocument() throws Exception {
        upload(new MockMultipartFile("file", "pertama.pdf", "application/pdf", MouFixtures.pdf("pertama")));
        upload(new MockMultipartFile("file", "kedua", "application/octet-stream", MouFixtures.pdf("kedua")))
                .andExpect(flash().attribute("success", "mou.document.saved"));

        assertThat(mous.document(ADMINISTRATOR, mou).fileName()).isEqualTo("kedua.pdf");
        assertThat(mous.document(ADMINISTRATOR, mou).content()).isEqualTo(MouFixtures.pdf("kedua"));
        assertThat(mous.details(ADMINISTRATOR, mou).history().get(0).changes().get(0).oldValue())
                .isEqualTo("pertama.pdf (1 KB)");
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWhateverItsNameAndType() throws Exception {
        upload(new MockMultipartFile("file", "mou.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes()))
                .andExpect(redirectedUrl("/mous/" + mou))
                .andExpect(flash().attribute("failure", "mou.document.notPdf"));
        upload(new MockMultipartFile("file", "mou.pdf", "application/pdf", "%PD".getBytes()))
                .andExpect(flash().attribute("failure", "mou.document.notPdf"));
        assertThat(mous.details(ADMINISTRATOR, mou).document()).isNull();
    }

    @Test
    void anEmptyOrMissingFileIsRefused() throws Exception {
        upload(new MockMultipartFile("file", "kosong.pdf", "application/pdf", new byte[0]))
                .andExpect(flash().attribute("failure", "mou.document.empty"));
        mvc.perform(multipart("/mous/{id}/document", mou).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "staf.barutengah")))
                .andExpect(redirectedUrl("/mous/" + mou))
                .andExpect(flash().attribute("failure", "mou.document.empty"));
        assertThat(mous.details(ADMINISTRATOR, mou).document()).isNull();
    }

    @Test
    void aPdfAboveTheLimitIsRefused() throws Exception {
        byte[] large = Arrays.copyOf(MouFixtures.pdf("besar"), 5 * 1024 * 1024 + 1);
        upload(new MockMultipartFile("file", "besar.pdf", "application/pdf", large))
                .andExpect(flash().attribute("failure", "mou.document.tooLarge"));
        assertThat(mous.details(ADMINISTRATOR, mou).document()).isNull();

        byte[] atTheLimit = Arrays.copyOf(MouFixtures.pdf("pas"), 5 * 1024 * 1024);
        upload(new MockMultipartFile("file", "pas.pdf", "application/pdf", atTheLimit))
                .andExpect(flash().attribute("success", "mou.document.saved"));
        assertThat(mous.details(ADMINISTRATOR, mou).document().sizeBytes()).isEqualTo(5 * 1024 * 1024);
    }

    private ResultActions upload(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/mous/{id}/document", mou).file(file).with(csrf())
                .with(DemoUsers.as(userDetailsService, "staf.barutengah")));
    }
}
