package id.puskesnet.reporting;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import id.puskesnet.support.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report list as its users read it: the count stops {@link ReportList#COUNT_AHEAD} reports past the page and
 * says "more than", the pages after it stay reachable, and each row's badges say where the report stands.
 */
class ReportListPageTest extends WebIntegrationTest {

    private static final NumberFormat ID_NUMBERS = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"));

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    /** Rolled back afterwards: the test transaction also carries the MockMvc requests (same thread). */
    @Test
    @Transactional
    void aLongListSaysMoreThanAThousandAndItsNextPagesStayReachable() throws Exception {
        addOldDrafts(2_100);

        Document first = list("dkk", "");
        assertThat(count(first)).isEqualTo("Lebih dari 1.000 data");
        assertThat(position(first)).isEqualTo("Halaman 1");
        assertThat(link(first, "Berikutnya")).isEqualTo("/reports?page=1");

        // The 40th page ends the first thousand: its count reaches a thousand further, its next page is linked.
        Document fortieth = list("dkk", "?page=39");
        assertThat(count(fortieth)).isEqualTo("Lebih dari 2.000 data");
        assertThat(position(fortieth)).isEqualTo("Halaman 40");
        assertThat(link(fortieth, "Berikutnya")).isEqualTo("/reports?page=40");
        assertThat(fortieth.select("tbody tr")).hasSize(25);
    }

    @Test
    @Transactional
    void pastTheLastReportTheCountIsExactAndLinksBackToTheLastPage() throws Exception {
        addOldDrafts(2_100);
        long total = jdbc.queryForObject("select count(*) from report", Long.class);
        long lastPage = (total - 1) / 25;

        Document beyond = list("dkk", "?page=" + (lastPage + 50));
        assertThat(count(beyond)).isEqualTo(ID_NUMBERS.format(total) + " data");
        assertThat(beyond.select("tbody tr")).isEmpty();
        assertThat(link(beyond, "Sebelumnya")).isEqualTo("/reports?page=" + lastPage);
        assertThat(position(beyond)).isEqualTo("Halaman " + (lastPage + 51) + " dari " + (lastPage + 1));
    }

    @Test
    void aMonthsListIsCountedExactlyWithItsLastPage() throws Exception {
        LocalDate month = jdbc.queryForObject("select (max(period) - interval '2 month')::date from report",
                LocalDate.class);
        long reports = jdbc.queryForObject("select count(*) from report where period = ?", Long.class, month);
        assertThat(reports).as("one month of the demo history").isBetween(26L, 1_000L);

        Document oneMonth = list("dkk", "?month=" + YearMonth.from(month));
        assertThat(count(oneMonth)).isEqualTo(reports + " data");
        assertThat(position(oneMonth)).isEqualTo("Halaman 1 dari " + ((reports + 24) / 25));
        assertThat(oneMonth.select("tbody tr")).hasSize(25);
    }

    @Test
    void eachRowLinksItsReportAndBadgesItsStatusAndTimeliness() throws Exception {
        long accepted = jdbc.queryForObject("""
                select r.id from report r join facility f on f.id = r.facility_id
                where f.code = 'KP-SEHAT-BERSAMA' and r.status = 'ACCEPTED' order by r.period desc limit 1""", Long.class);
        String location = mvc.perform(post("/reports").param("period", "2019-07")
                        .with(as(users, "klinik.barutengah")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long draft = Long.parseLong(location.split("/")[2]);

        Element draftRow = row(list("klinik.barutengah", "?month=2019-07"), draft);
        assertThat(draftRow.select("td").eachText())
                .containsExactly("Juli 2019", "Klinik Pratama Sehat Bersama", "Puskesmas Baru Tengah", "Draf", "—", "—");
        assertThat(draftRow.select("td:eq(5) span").attr("class")).isEmpty();

        Element acceptedRow = row(list("klinik.barutengah", ""), accepted);
        assertThat(acceptedRow.select("td:eq(3) span.badge.report-status.text-bg-success").text()).isEqualTo("Diterima DKK");
        assertThat(acceptedRow.select("td:eq(5) span.badge").text()).isIn("Tepat waktu", "Terlambat");

        Element english = row(list("klinik.barutengah", "?month=2019-07&lang=en"), draft);
        assertThat(english.select("td").eachText()).startsWith("July 2019").contains("Draft");
    }

    /** Drafts of one clinic, a month each from January 1800 on: more reports than the demo history holds. */
    private void addOldDrafts(int months) {
        jdbc.update("""
                insert into report (facility_id, network_puskesmas_id, period, status, created_at, created_by, updated_at)
                select f.id, f.network_puskesmas_id, date '1800-01-01' + make_interval(months => m), 'DRAFT', now(),
                       'test', now()
                from facility f, generate_series(0, ? - 1) m
                where f.code = 'KP-SEHAT-BERSAMA'""", months);
    }

    private Document list(String user, String query) throws Exception {
        return Jsoup.parse(mvc.perform(get("/reports" + query).with(as(users, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static Element row(Document page, long reportId) {
        Element link = page.selectFirst("tbody a[href=/reports/" + reportId + "]");
        assertThat(link).as("row of report " + reportId).isNotNull();
        return link.closest("tr");
    }

    private static String count(Document page) {
        return page.select("main p.small").first().text();
    }

    private static String position(Document page) {
        return page.select(".pagination li:eq(1) span").text();
    }

    private static String link(Document page, String text) {
        Element link = page.select(".pagination a.page-link").stream().filter(a -> a.text().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no link " + text));
        // Page links are absolute: only the path and query are the page's own.
        return link.attr("href").replaceFirst("^https?://[^/]+", "");
    }
}
