package id.puskesnet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.support.MutableClock;
import id.puskesnet.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Completeness and timeliness, hand-computed on a network of its own, and the attention items of each role
 * as the deadlines pass. The clock is set to the days that matter.
 */
class CompletenessAndAttentionTest extends PostgresIntegrationTest {

    static final ZoneId CITY = ZoneId.of("Asia/Makassar");
    static final Map<String, String> TPMD_VALUES = Map.of("TB_TERDUGA", "3", "TB_TERDUGA_PERIKSA", "3",
            "HT_PELAYANAN", "20", "DM_PELAYANAN", "8");

    @Autowired
    FacilityRegistry registry;
    @Autowired
    FacilityService facilities;
    @Autowired
    ReportService reports;
    @Autowired
    ReportingCompleteness completeness;
    @Autowired
    ReportAttention attention;
    @Autowired
    DataElementCatalog catalog;
    @Autowired
    MutableClock clock;

    TestNetwork network;

    @BeforeEach
    void network() {
        network = TestNetwork.create(registry, facilities, LocalDate.of(2019, 1, 1));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void expectedReceivedAndOnTimeForTheMonthAndTheYearToDate() {
        YearMonth june = YearMonth.of(2019, 6);
        at(2019, 7, 3);
        submit(network.klinik(), network.klinikId(), june, complete("KLINIK_PRATAMA"));
        at(2019, 7, 7); // after the partners' deadline (5th), before the puskesmas's (8th)
        submit(network.tpmd(), network.tpmdId(), june, complete("TPMD"));
        submit(network.puskesmasStaff(), network.puskesmasId(), june, complete("PUSKESMAS"));
        at(2019, 5, 2);
        submit(network.klinik(), network.klinikId(), YearMonth.of(2019, 4), complete("KLINIK_PRATAMA"));
        at(2019, 7, 20);

        CompletenessReport report = completeness.of(TestNetwork.ADMIN, june, null);

        CompletenessReport.Row row = report.rows().stream().filter(r -> r.networkId() == network.puskesmasId())
                .findFirst().orElseThrow();
        assertThat(row.month()).isEqualTo(new CompletenessCounts(3, 3, 2));
        assertThat(row.month().completeness()).isEqualTo(100.0);
        assertThat(row.month().timeliness()).isEqualTo(66.7);
        assertThat(row.yearToDate()).isEqualTo(new CompletenessCounts(18, 4, 3));
        assertThat(row.yearToDate().completeness()).isEqualTo(22.2);
        assertThat(report.totalMonth().expected()).isEqualTo(report.rows().stream().mapToLong(r -> r.month().expected()).sum());
        assertThat(report.totalMonth().received()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aReturnedReportStaysReceivedAndAPartnerLeftOrDeactivatedIsNoLongerExpected() {
        YearMonth march = YearMonth.of(2019, 3);
        at(2019, 4, 2);
        long id = submit(network.klinik(), network.klinikId(), march, complete("KLINIK_PRATAMA"));
        reports.returnReport(network.puskesmasStaff(), id, 1, "Periksa lagi");
        registry.setActive(TestNetwork.ADMIN, network.tpmdId(), false);
        at(2019, 4, 20);

        CompletenessReport.Row row = completeness.of(network.puskesmasStaff(), march, null).rows().get(0);

        assertThat(row.networkId()).isEqualTo(network.puskesmasId());
        assertThat(row.month()).isEqualTo(new CompletenessCounts(2, 1, 1));
    }

    @Test
    void puskesmasUsersSeeOnlyTheirNetworkAndPartnersNothing() {
        assertThat(completeness.of(network.puskesmasStaff(), YearMonth.of(2019, 2), null).rows())
                .extracting(CompletenessReport.Row::networkId).containsExactly(network.puskesmasId());
        assertThat(completeness.of(network.klinik(), YearMonth.of(2019, 2), null).rows()).isEmpty();
    }

    @Test
    void theClinicIsRemindedBeforeTheDeadlineAndWarnedAfterIt() {
        at(2019, 9, 3);
        assertThat(attention.attentionFor(network.klinik())).singleElement().satisfies(item -> {
            assertThat(item.level()).isEqualTo(AttentionLevel.WARNING);
            assertThat(item.messageKey()).isEqualTo("attention.report.ownDue");
            assertThat(item.arguments()).containsExactly(YearMonth.of(2019, 8), LocalDate.of(2019, 9, 5));
        });
        at(2019, 9, 6);
        assertThat(attention.attentionFor(network.klinik())).extracting(AttentionItem::messageKey)
                .containsExactly("attention.report.ownOverdue");
        submit(network.klinik(), network.klinikId(), YearMonth.of(2019, 8), complete("KLINIK_PRATAMA"));
        assertThat(attention.attentionFor(network.klinik())).isEmpty();
    }

    @Test
    void thePuskesmasSeesPartnersWaitingMissingAndItsOwnReturnedReport() {
        at(2019, 11, 4);
        submit(network.klinik(), network.klinikId(), YearMonth.of(2019, 10), complete("KLINIK_PRATAMA"));
        long own = submit(network.puskesmasStaff(), network.puskesmasId(), YearMonth.of(2019, 9), complete("PUSKESMAS"));
        reports.returnReport(TestNetwork.ADMIN, own, 1, "Angka gizi belum lengkap");
        at(2019, 11, 6);

        List<AttentionItem> items = attention.attentionFor(network.puskesmasStaff());

        assertThat(items).extracting(AttentionItem::messageKey).containsExactlyInAnyOrder(
                "attention.report.ownDue", "attention.report.returned", "attention.report.awaitingVerification",
                "attention.report.partnersMissing");
        assertThat(items).filteredOn(i -> i.messageKey().equals("attention.report.partnersMissing"))
                .singleElement().satisfies(i -> assertThat(i.arguments()).startsWith(1L));
        assertThat(items).filteredOn(i -> i.messageKey().equals("attention.report.returned"))
                .singleElement().satisfies(i -> assertThat(i.level()).isEqualTo(AttentionLevel.DANGER));
    }

    @Test
    void theDkkSeesReportsWaitingForAcceptance() {
        at(2019, 12, 3);
        long id = submit(network.klinik(), network.klinikId(), YearMonth.of(2019, 11), complete("KLINIK_PRATAMA"));
        reports.verify(network.puskesmasStaff(), id, 1);

        List<AttentionItem> items = attention.attentionFor(new AccessScope(Role.DKK_OFFICER, null));

        assertThat(items).filteredOn(i -> i.messageKey().equals("attention.report.awaitingAcceptance"))
                .singleElement().satisfies(i -> assertThat((Long) i.arguments().get(0)).isPositive());
    }

    private long submit(AccessScope scope, long facilityId, YearMonth month, Map<String, String> values) {
        long id = reports.open(scope, facilityId, month);
        SaveOutcome outcome = reports.save(scope, id, 0, values, true);
        assertThat(outcome.errors()).isEmpty();
        return id;
    }

    private Map<String, String> complete(String facilityType) {
        Map<String, String> values = new java.util.HashMap<>();
        catalog.reportedBy(facilityType).forEach(e -> values.put(e.code(), TPMD_VALUES.getOrDefault(e.code(), e.code().equals("TB_SEMBUH") || e.code().equals("TB_LENGKAP") ? "1" : "2")));
        return values;
    }

    private void at(int year, int month, int day) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), LocalDateTime.of(year, month, day, 10, 0).atZone(CITY).toInstant()));
    }
}
