package id.puskesnet.indicator;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.WebIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who reaches which dashboard, per role, with the demo accounts: the DKK every page and export; puskesmas users
 * only their own puskesmas's dashboard (another's is "not found", the city's refused); partners their own
 * figures and nothing else. And what a dashboard does with filters that mean nothing.
 */
class DashboardAccessTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    FacilityService facilities;

    long baruTengah;
    long gunungBahagia;

    @BeforeEach
    void ids() {
        baruTengah = facilities.findByCode("PKM-BARU-TENGAH").map(FacilityOption::id).orElseThrow();
        gunungBahagia = facilities.findByCode("PKM-GUNUNG-BAHAGIA").map(FacilityOption::id).orElseThrow();
    }

    @Test
    void dkkRolesSeeTheCityAndEveryPuskesmasAndDownloadEveryExport() throws Exception {
        for (String user : new String[] {"admin", "dkk"}) {
            mvc.perform(get("/dashboard").with(as(users, user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("ranking-table")));
            mvc.perform(get("/dashboard/puskesmas/" + baruTengah).with(as(users, user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("partners-table")));
            mvc.perform(get("/dashboard/puskesmas/" + gunungBahagia + "/partners.csv").with(as(users, user)))
                    .andExpect(status().isOk()).andExpect(header().string("Content-Type", startsWith("text/csv")));
            mvc.perform(get("/dashboard/trend.csv").with(as(users, user))).andExpect(status().isOk());
        }
        byte[] xlsx = mvc.perform(get("/dashboard/ranking.xlsx").with(as(users, "dkk")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Puskesmas");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(24);
        }
    }

    @Test
    void puskesmasUsersSeeOnlyTheirOwnDashboard() throws Exception {
        for (String user : new String[] {"kapus.barutengah", "staf.barutengah"}) {
            mvc.perform(get("/dashboard?year=2026&month=3&program=1").with(as(users, user)))
                    .andExpect(redirectedUrl("/dashboard/puskesmas/" + baruTengah + "?year=2026&month=3&program=1"));
            mvc.perform(get("/dashboard/puskesmas/" + baruTengah).with(as(users, user))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("ranking-table"))));
            mvc.perform(get("/dashboard/puskesmas/" + baruTengah + "/trend.xlsx").with(as(users, user)))
                    .andExpect(status().isOk());
            mvc.perform(get("/dashboard/puskesmas/" + gunungBahagia).with(as(users, user)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/dashboard/puskesmas/" + gunungBahagia + "/trend.csv").with(as(users, user)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/dashboard/puskesmas/" + gunungBahagia + "/partners.xlsx").with(as(users, user)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/dashboard/ranking.xlsx").with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(get("/dashboard/trend.csv").with(as(users, user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/dashboard/puskesmas/" + baruTengah).with(as(users, "kapus.gunungbahagia")))
                .andExpect(status().isNotFound());
    }

    @Test
    void partnersSeeTheirOwnFiguresAndNoDashboard() throws Exception {
        for (String user : new String[] {"klinik.barutengah", "klinik.gunungbahagia"}) {
            mvc.perform(get("/dashboard").with(as(users, user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("own-figures")))
                    .andExpect(content().string(not(containsString("ranking-table"))));
            mvc.perform(get("/dashboard/puskesmas/" + baruTengah).with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(get("/dashboard/puskesmas/" + gunungBahagia + "/partners.csv").with(as(users, user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/dashboard/ranking.csv").with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(get("/dashboard/trend.xlsx").with(as(users, user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void onlyTheAdministratorReachesIndicatorsAndTargets() throws Exception {
        mvc.perform(get("/admin/indicators").with(as(users, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/targets").with(as(users, "admin"))).andExpect(status().isOk());
        for (String user : new String[] {"dkk", "kapus.barutengah", "staf.barutengah", "klinik.barutengah"}) {
            mvc.perform(get("/admin/indicators").with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/indicators/1/edit").with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/indicators/1/edit").param("name", "x").with(as(users, user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/targets").with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/targets/export.csv").with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/targets").param("year", "2015").param("version", "0")
                    .with(as(users, user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/targets/copy").param("year", "2015").param("version", "0")
                    .with(as(users, user)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void filtersThatMeanNothingAreIgnoredWithAWarningNeverAServerError() throws Exception {
        for (String query : new String[] {"year=1900", "year=9999", "year=2026&month=13", "year=abc", "month=-1",
                "year=2025-13-40", "program=abc", "kecamatan=%3Cscript%3E", "year=99999999999999999999",
                "month=" + "9".repeat(10_000)}) {
            mvc.perform(get("/dashboard?" + query).with(as(users, "dkk"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("tidak valid dan diabaikan")));
        }
        mvc.perform(get("/dashboard?sort=%3Cscript%3Ealert(1)%3C/script%3E").with(as(users, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/dashboard?kecamatan=999999").with(as(users, "dkk"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard?program=999999").with(as(users, "dkk"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/puskesmas/999999").with(as(users, "dkk"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard/puskesmas/abc").with(as(users, "dkk"))).andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard/ranking.pdf").with(as(users, "dkk"))).andExpect(status().isNotFound());
        mvc.perform(get("/dashboard?page=99999999999").with(as(users, "dkk"))).andExpect(status().isBadRequest());
    }
}
