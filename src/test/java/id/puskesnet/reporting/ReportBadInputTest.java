package id.puskesnet.reporting;

import static id.puskesnet.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Malformed months, ids, versions and values on the report pages: clear messages, never a server error. */
class ReportBadInputTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "1900-01", "9999-01", "abc", "2025-1", "<script>alert(1)</script>"})
    void impossibleMonthsAreExplainedOnTheListAndCompletenessPages(String month) throws Exception {
        mvc.perform(get("/reports").param("month", month).with(as(users, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bulan tidak valid")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/reports/completeness").param("month", month).with(as(users, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bulan tidak valid")));
    }

    static java.util.stream.Stream<String> impossiblePeriods() {
        return java.util.stream.Stream.of("2025-13", "1900-01", "9999-01", "", "x".repeat(10_000));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("impossiblePeriods")
    void openingAReportForAnImpossibleMonthSaysSoAndCreatesNothing(String month) throws Exception {
        mvc.perform(post("/reports").param("period", month).with(as(users, "klinik.barutengah")).with(csrf()))
                .andExpect(redirectedUrl("/reports/new"))
                .andExpect(flash().attribute("failure", "report.period.invalid"));
    }

    @Test
    void aMonthThatHasNotBegunCannotBeReported() throws Exception {
        String nextYear = java.time.YearMonth.now().plusMonths(2).toString();
        mvc.perform(post("/reports").param("period", nextYear).with(as(users, "klinik.barutengah")).with(csrf()))
                .andExpect(redirectedUrl("/reports/new"))
                .andExpect(flash().attribute("failure", "report.period.outOfRange"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "99999999999999999999", "-1", "1.5"})
    void malformedReportIdsAreBadRequestsOrNotFound(String id) throws Exception {
        mvc.perform(get("/reports/" + id).with(as(users, "dkk")))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                        .isIn(400, 404));
        mvc.perform(post("/reports/" + id + "/accept").param("version", "0").with(as(users, "dkk")).with(csrf()))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
                        .isIn(400, 404));
    }

    @Test
    void unknownFiltersAreIgnoredAndMalformedOnesExplained() throws Exception {
        mvc.perform(get("/reports").param("status", "NOPE").with(as(users, "dkk"))).andExpect(status().isOk());
        mvc.perform(get("/reports").param("facility", "abc").with(as(users, "dkk"))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports").param("page", "99999999").with(as(users, "dkk"))).andExpect(status().isOk());
    }

    @Test
    void markupAndMalformedVersionsOnTheEntryFormAreHandled() throws Exception {
        String location = mvc.perform(post("/reports").param("period", "2009-02").with(as(users, "klinik.barutengah")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.split("/")[2];
        mvc.perform(post("/reports/" + id).param("version", "<b>").param("action", "draft")
                        .param("v_TB_TERDUGA", "1").with(as(users, "klinik.barutengah")).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/reports/" + id).param("version", "0").param("action", "draft")
                        .param("v_TB_TERDUGA", "<script>alert(1)</script>").param("v_" + "x".repeat(10_000), "1")
                        .with(as(users, "klinik.barutengah")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(post("/reports/" + id + "/return").param("version", "0").param("reason", "x".repeat(10_000))
                        .with(as(users, "staf.barutengah")).with(csrf()))
                .andExpect(status().is4xxClientError());
    }
}
