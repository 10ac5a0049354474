package id.puskesnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.common.FigureSources;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.FacilityType;
import id.puskesnet.facility.IlpStatus;
import id.puskesnet.facility.PartnerData;
import id.puskesnet.facility.PuskesmasData;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * No page of the benchmark runs more SQL statements when there are more puskesmas to show: every page of
 * bench/pages.txt is counted on the generated city, then again after three more puskesmas, each with a
 * partner and accepted reports of last month, joined it. A page that loads something per puskesmas (an N+1)
 * fails here. Each count is of a second request after the figure data's generation moved on, so pages whose
 * figures are kept compute them again.
 */
class StatementCountTest extends GeneratedDataTest {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);
    static final AccessScope DKK = new AccessScope(Role.DKK_OFFICER, null);
    static final Map<String, String> KLINIK_VALUES = Map.ofEntries(Map.entry("TB_TERDUGA", "9"),
            Map.entry("TB_TERDUGA_PERIKSA", "8"), Map.entry("TB_KASUS", "2"), Map.entry("TB_MULAI_OBAT", "2"),
            Map.entry("TB_SEMBUH", "1"), Map.entry("TB_LENGKAP", "1"), Map.entry("TB_KONTAK_INVESTIGASI", "16"),
            Map.entry("TB_KONTAK_TPT", "7"), Map.entry("HT_PELAYANAN", "60"), Map.entry("DM_PELAYANAN", "14"),
            Map.entry("ORI_MR", "0"));

    @Autowired
    UserDetailsService users;
    @Autowired
    FacilityRegistry registry;
    @Autowired
    ReportService reports;
    @Autowired
    FigureSources sources;

    @Test
    void pagesRunAsManyStatementsForMorePuskesmas() throws Exception {
        List<String[]> pages = BenchPages.read();
        Map<String, Integer> before = statementsPerPage(pages);
        assertThat(before.values()).as("statements counted per page").allMatch(count -> count > 0);

        YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Makassar")).minusMonths(1);
        for (int i = 1; i <= 3; i++) {
            addNetworkWithAcceptedReport("TAMBAH-" + i, lastMonth);
        }
        Map<String, Integer> after = statementsPerPage(pages);

        assertThat(after).as("SQL statements per page, 3 puskesmas more than %s", before).isEqualTo(before);
    }

    private Map<String, Integer> statementsPerPage(List<String[]> pages) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String[] page : pages) {
            mvc.perform(get(page[2]).with(DemoUsers.as(users, page[1]))).andExpect(status().isOk());
            sources.changed();
            statements().reset();
            mvc.perform(get(page[2]).with(DemoUsers.as(users, page[1]))).andExpect(status().isOk());
            counts.put(page[0], statements().count());
        }
        return counts;
    }

    private void addNetworkWithAcceptedReport(String code, YearMonth month) {
        Long kecamatan = jdbc.queryForObject("select min(id) from kecamatan", Long.class);
        Long kelurahan = jdbc.queryForObject("select min(id) from kelurahan where kecamatan_id = ?", Long.class, kecamatan);
        long puskesmas = registry.createPuskesmas(ADMIN, new PuskesmasData("PKM-" + code, "Puskesmas " + code,
                kecamatan, Set.of(kelurahan), "Jl. Tambahan", null, null, false, false, IlpStatus.BELUM, null, null,
                null));
        long klinik = registry.createPartner(ADMIN, new PartnerData(FacilityType.KLINIK_PRATAMA, "KP-" + code,
                "Klinik " + code, kelurahan, puskesmas, "Jl. Tambahan", null, null, null, null, null, null,
                LocalDate.of(2020, 1, 1)));
        AccessScope partner = new AccessScope(Role.PARTNER, klinik);
        long report = reports.open(partner, klinik, month);
        reports.save(partner, report, 0, KLINIK_VALUES, true);
        reports.verify(new AccessScope(Role.PUSKESMAS_HEAD, puskesmas), report, reports.view(partner, report).version());
        reports.accept(DKK, report, reports.view(DKK, report).version());
    }
}
