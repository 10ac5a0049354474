package id.puskesnet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import id.puskesnet.support.RollupSummaryCheck;
import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.reporting.CompletenessFromScratch;
import id.puskesnet.reporting.ReportingCompleteness;
import id.puskesnet.reporting.ReportingDeadlines;
import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The benchmark harness at city scale, so it cannot rot between load runs: the generator fills a migrated
 * database with data the app accepts, and every page the load run drives answers, as does a submission.
 */
class BenchSmokeTest extends GeneratedDataTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    ReportingDeadlines deadlines;
    @Autowired
    ReportingCompleteness completeness;

    @Test
    void theGeneratorFillsTheRegistryAndFiveYearsOfReportsInProportion() {
        assertThat(count("select count(*) from facility where code ~ '^PKM-[0-9]+$'")).isEqualTo(PUSKESMAS);
        assertThat(count("select count(*) from facility where code ~ '^MTR-[0-9]+$'"))
                .isEqualTo(PARTNERS);
        assertThat(count("select count(*) from kecamatan")).isEqualTo(6);
        assertThat(count("select count(*) from kelurahan")).isEqualTo(34);
        assertThat(count("select count(distinct period) from report where created_by = 'generator'")).isEqualTo(60);
        assertThat(count("select count(*) from report where status = 'ACCEPTED'"))
                .isGreaterThan(count("select count(*) from report where created_by = 'generator'") * 9 / 10);
        assertThat(count("select count(*) from report where created_by = 'bench-draft' and status = 'DRAFT'"))
                .isGreaterThan(16 * 200);
        assertThat(count("select count(*) from app_user where username like 'bench.%'")).isEqualTo(20);
    }

    @Test
    void generatedCountsKeepEveryValidationRuleAndTheElementMaximum() {
        assertThat(count("""
                select count(*) from validation_rule r
                join report_value rv on rv.element_id = r.right_element_id
                where (select sum(lv.amount) from validation_rule_left l
                       join report_value lv on lv.element_id = l.element_id and lv.report_id = rv.report_id
                       where l.rule_id = r.id) > rv.amount""")).isZero();
        assertThat(count("""
                select count(*) from report_value v join data_element e on e.id = v.element_id
                where v.amount > e.max_value""")).isZero();
        assertThat(count("""
                select count(*) from report_value v join report r on r.id = v.report_id
                join facility f on f.id = r.facility_id
                where not exists (select 1 from data_element_reporter d
                                  where d.element_id = v.element_id and d.facility_type = f.type)""")).isZero();
    }

    @Test
    void rollupsAreTheSumsOfAcceptedAndVerifiedReports() {
        assertThat(count("""
                select count(*) from (
                    select network_puskesmas_id, period, element_id, accepted_amount, verified_amount from report_rollup
                    except
                    select r.network_puskesmas_id, r.period, v.element_id,
                           sum(case when r.status = 'ACCEPTED' then v.amount else 0 end),
                           sum(case when r.status = 'ACCEPTED' then 0 else v.amount end)
                    from report r join report_value v on v.report_id = r.id
                    where r.status in ('ACCEPTED', 'VERIFIED')
                       or (r.status = 'SUBMITTED' and r.facility_id = r.network_puskesmas_id)
                    group by r.network_puskesmas_id, r.period, v.element_id) difference""")).isZero();
    }

    @Test
    void theGeneratorFillsTheCityAndYearToDateSummariesAsTheAppKeepsThem() {
        assertThat(count("select count(*) from report_rollup_ytd")).isPositive();
        assertThat(RollupSummaryCheck.differences(jdbc)).isZero();
    }

    @Test
    void theGeneratedMousAreMarkedRenewedExactlyWhereASignedRenewalStands() {
        assertThat(count("select count(*) from mou where renewed")).as("the old police agreements").isPositive();
        assertThat(count("""
                select count(*) from mou m where m.renewed <> exists (select 1 from mou r where r.renews_mou_id = m.id
                    and r.signed_on is not null and r.terminated_on is null)""")).isZero();
    }

    @Test
    void completenessCountsAreTheAppsForEveryGeneratedMonthAndStaySoAfterTheReset() throws Exception {
        List<LocalDate> months = jdbc.queryForList("select period from report_completeness_period order by period",
                LocalDate.class);
        assertThat(months).hasSize(60);
        LocalDate month = months.get(30);
        assertThat(jdbc.queryForObject("select partner_due from report_completeness_period where period = ?",
                Timestamp.class, month).toInstant()).isEqualTo(deadlines.endOf(deadlines.partnerDue(month)));
        assertThat(jdbc.queryForObject("select own_due from report_completeness_period where period = ?",
                Timestamp.class, month).toInstant()).isEqualTo(deadlines.endOf(deadlines.verificationDue(month)));
        assertCountsAsFromScratch(months);


        long id = count("""
                select min(r.id) from report r join app_user u on u.facility_id = r.facility_id
                where u.username = 'bench.submit02' and r.created_by = 'bench-draft' and r.status = 'DRAFT'""");
        LocalDate draftMonth = jdbc.queryForObject("select period from report where id = ?", LocalDate.class, id);
        completeness.of(new AccessScope(Role.DKK_OFFICER, null), YearMonth.from(draftMonth), null);
        String before = receivedIn(draftMonth);
        mvc.perform(post("/reports/" + id).with(DemoUsers.as(users, "bench.submit02")).with(csrf())
                .params(BenchPages.submission())).andExpect(status().isFound());
        assertThat(receivedIn(draftMonth)).isEqualTo(String.valueOf(Long.parseLong(before) + 1));
        assertCountsAsFromScratch(List.of(draftMonth));

        BenchGenerator.run(dataSource, "reset-drafts.sql");
        assertThat(receivedIn(draftMonth)).isEqualTo(before);
        assertCountsAsFromScratch(List.of(draftMonth));
    }

    private String receivedIn(LocalDate month) {
        return String.valueOf(count("select coalesce(sum(received), 0) from report_completeness where period = '"
                + month + "'"));
    }

    private void assertCountsAsFromScratch(List<LocalDate> months) {
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        List<Long> networks = jdbc.queryForList("select id from facility where type = 'PUSKESMAS'", Long.class);
        assertThat(CompletenessFromScratch.stored(named, months, networks))
                .isEqualTo(CompletenessFromScratch.counts(named, deadlines, months, networks));
        assertThat(CompletenessFromScratch.totalsDrift(named)).as("the city's totals are the sums of the cells").isEmpty();
    }

    @Test
    void everyBenchmarkedPageAnswers() throws Exception {
        List<String[]> pages = BenchPages.read();
        assertThat(pages).isNotEmpty();
        for (String[] page : pages) {
            mvc.perform(get(page[2]).with(DemoUsers.as(users, page[1]))).andExpect(status().isOk());
        }
    }

    @Test
    void aBenchmarkClinicSubmitsADraftAsTheLoadRunDoes() throws Exception {
        long id = count("""
                select min(r.id) from report r join app_user u on u.facility_id = r.facility_id
                where u.username = 'bench.submit01' and r.created_by = 'bench-draft' and r.status = 'DRAFT'""");
        MvcResult result = mvc.perform(post("/reports/" + id).with(DemoUsers.as(users, "bench.submit01")).with(csrf())
                        .params(BenchPages.submission()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reports/" + id)).andReturn();
        assertThat(result.getFlashMap().get("success")).isEqualTo("report.submitted");
        assertThat(jdbc.queryForObject("select status from report where id = ?", String.class, id)).isEqualTo("SUBMITTED");
    }

    @Test
    void theResetMakesSubmittedBenchmarkDraftsDraftsAgain() throws Exception {
        jdbc.update("update report set status = 'SUBMITTED', version = 1 where id = (select min(id) from report "
                + "where created_by = 'bench-draft')");
        BenchGenerator.run(dataSource, "reset-drafts.sql");
        assertThat(count("select count(*) from report where created_by = 'bench-draft' and (status <> 'DRAFT' or version <> 0)"))
                .isZero();
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
