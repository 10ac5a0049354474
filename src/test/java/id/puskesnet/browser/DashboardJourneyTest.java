package id.puskesnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.reporting.DataElementOption;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.reporting.ReportStatus;
import id.puskesnet.reporting.ReportView;
import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The DKK officer's dashboard journey: last month's city dashboard, filtered to Balikpapan Barat, drilled into
 * Baru Tengah, the ranking exported to XLSX; then a report of Baru Tengah waiting for the DKK is accepted and
 * the puskesmas's figure moves.
 */
class DashboardJourneyTest extends BrowserTest {

    @Autowired
    FacilityService facilities;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void dkkFiltersDrillsDownExportsAndSeesAnAcceptedReportMoveTheFigure() throws Exception {
        journey("dashboard");
        long baruTengah = facilities.findByCode("PKM-BARU-TENGAH").map(FacilityOption::id).orElseThrow();
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        long pending = reportWaitingForTheDkk(baruTengah, lastMonth);

        logIn("dkk", DemoUsers.PASSWORD);
        visible(By.linkText("Dasbor")).click();
        wait.until(ExpectedConditions.urlContains("/dashboard"));
        assertThat(textOf(By.tagName("h1"))).contains("Kota Balikpapan");
        assertThat(new Select(driver.findElement(By.id("month"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(lastMonth.getMonthValue()));
        assertThat(textOf(By.cssSelector(".figure-basis"))).contains("diterima DKK");
        screenshot("city-dashboard");

        new Select(driver.findElement(By.id("kecamatan"))).selectByVisibleText("Balikpapan Barat");
        submitForm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Balikpapan Barat"));
        assertThat(driver.findElements(By.cssSelector("table.ranking-table tbody tr")))
                .extracting(row -> row.findElement(By.cssSelector("th a")).getText())
                .contains("Puskesmas Baru Tengah").doesNotContain("Puskesmas Gunung Bahagia");
        screenshot("kecamatan-balikpapan-barat");

        String xlsxUrl = driver.findElement(By.cssSelector("a.export-ranking-xlsx")).getAttribute("href");
        HttpResponse<byte[]> xlsx = download(xlsxUrl);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".xlsx");
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');

        clickOn(driver.findElement(By.linkText("Puskesmas Baru Tengah")));
        wait.until(ExpectedConditions.urlContains("/dashboard/puskesmas/" + baruTengah));
        assertThat(textOf(By.tagName("h1"))).contains("Puskesmas Baru Tengah");
        String before = htNumerator();
        screenshot("baru-tengah-before");

        open("/reports/" + pending);
        clickOn(visible(By.xpath("//button[normalize-space()='Terima laporan']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        screenshot("report-accepted");

        open("/dashboard/puskesmas/" + baruTengah + "?year=" + lastMonth.getYear() + "&month=" + lastMonth.getMonthValue());
        String after = htNumerator();
        assertThat(Long.parseLong(after.replace(".", ""))).isGreaterThan(Long.parseLong(before.replace(".", "")));
        screenshot("baru-tengah-after");
    }

    /** The HT numerator (people served since January, final) of the dashboard shown. */
    private String htNumerator() {
        return textOf(By.cssSelector("table.figures-table tr[data-indicator=SPM_HT] td.numerator"));
    }

    /**
     * A report of Baru Tengah's network of the month that the DKK can accept and whose HT count is not zero: the
     * puskesmas's own report (submitted here if still a draft), else a partner report (verified here if only
     * submitted).
     */
    private long reportWaitingForTheDkk(long baruTengah, YearMonth month) {
        AccessScope staff = new AccessScope(Role.PUSKESMAS_STAFF, baruTengah);
        List<Map<String, Object>> candidates = jdbc.queryForList("""
                select r.id, r.facility_id, r.status from report r join report_value v on v.report_id = r.id
                join data_element e on e.id = v.element_id and e.code = 'HT_PELAYANAN' and v.amount > 0
                where r.network_puskesmas_id = ? and r.period = ? and r.status <> 'ACCEPTED' and r.status <> 'RETURNED'
                order by case when r.facility_id = r.network_puskesmas_id then 0 else 1 end""",
                baruTengah, month.atDay(1));
        for (Map<String, Object> candidate : candidates) {
            long id = ((Number) candidate.get("id")).longValue();
            boolean own = ((Number) candidate.get("facility_id")).longValue() == baruTengah;
            ReportStatus status = ReportStatus.valueOf((String) candidate.get("status"));
            if (own && status == ReportStatus.DRAFT) {
                ReportView report = reports.view(staff, id);
                Map<String, String> typed = new HashMap<>();
                for (DataElementOption element : reports.elementsOf(report)) {
                    typed.put(element.code(), String.valueOf(report.amounts().getOrDefault(element.id(), 0)));
                }
                reports.save(staff, id, report.version(), typed, true);
                return id;
            }
            if (own && status == ReportStatus.SUBMITTED || !own && status == ReportStatus.VERIFIED) {
                return id;
            }
            if (!own && status == ReportStatus.SUBMITTED) {
                reports.verify(staff, id, reports.view(staff, id).version());
                return id;
            }
        }
        throw new IllegalStateException("No report of Baru Tengah's network for " + month + " is left for the DKK to accept");
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
