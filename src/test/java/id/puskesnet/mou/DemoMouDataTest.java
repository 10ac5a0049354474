package id.puskesnet.mou;

import static id.puskesnet.mou.MouFixtures.ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramKind;
import id.puskesnet.program.ProgramOption;
import id.puskesnet.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/** The demo data a first-time user meets: KLASIK and the MoUs of Baru Tengah with its partners. */
class DemoMouDataTest extends PostgresIntegrationTest {

    @Autowired
    MouService mous;

    @Autowired
    ProgramCatalog programs;

    @Autowired
    FacilityService facilities;

    @Test
    void klasikIsAnInnovationOfBaruTengah() {
        ProgramOption klasik = programs.findByCode("KLASIK").orElseThrow();
        assertThat(klasik.kind()).isEqualTo(ProgramKind.INOVASI);
        assertThat(klasik.ownerPuskesmasId()).isEqualTo(MouFixtures.puskesmasId(facilities, MouFixtures.BARU_TENGAH));
        assertThat(klasik.name()).contains("adiksi rokok dan narkoba");
    }

    @Test
    void baruTengahHasMarkedDemoMousWithItsPartnersOneEndingWithinThirtyDaysAndOneExpired() {
        long baruTengah = MouFixtures.puskesmasId(facilities, MouFixtures.BARU_TENGAH);
        long klasik = programs.findByCode("KLASIK").orElseThrow().id();
        List<MouSummary> demo = mous.export(ADMINISTRATOR,
                        new MouFilter("(demo)", null, klasik, null, baruTengah, false, false), Sort.by("id"));

        assertThat(demo).flatExtracting(MouSummary::institutions).extracting(MouParty::name)
                .contains("BNN Kota Balikpapan", "Polsek Balikpapan Barat", "SMP Negeri Baru Tengah (demo)",
                        "PT Pertamina Transkon");
        assertThat(demo).flatExtracting(MouSummary::institutions).extracting(MouParty::sector)
                .contains(InstitutionSector.BNN, InstitutionSector.KEPOLISIAN, InstitutionSector.SEKOLAH,
                        InstitutionSector.PERUSAHAAN);
        assertThat(demo).allSatisfy(m -> assertThat(m.number()).endsWith("(demo)"));
        assertThat(demo).extracting(MouSummary::status).contains(MouStatus.EXPIRING, MouStatus.EXPIRED,
                MouStatus.ACTIVE);
        assertThat(demo).filteredOn(m -> m.status() == MouStatus.EXPIRED && m.renewedByNumber() == null)
                .isNotEmpty();
        MouSummary endingSoon = demo.stream().filter(m -> m.status() == MouStatus.EXPIRING && m.hasDocument())
                .findFirst().orElseThrow();
        MouDetails bnn = mous.details(ADMINISTRATOR, endingSoon.id());
        assertThat(bnn.daysLeft()).isBetween(0L, 30L);
        assertThat(bnn.renews()).isNotNull();
        assertThat(bnn.log()).isNotEmpty();
        assertThat(bnn.outputTotals()).isNotEmpty();
        assertThat(mous.document(ADMINISTRATOR, bnn.id()).content()).startsWith("%PDF-".getBytes());
    }
}
