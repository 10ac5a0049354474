package id.puskesnet.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.reporting.ReportingCompleteness;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Completeness and timeliness of reporting per puskesmas network and for the city, month and year to date: a page
 * of networks by kecamatan and name, the totals of all of them on every page.
 */
@Controller
class CompletenessController {

    static final int PAGE_SIZE = 25;

    private final ReportingCompleteness completeness;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;
    private final Clock clock;

    CompletenessController(ReportingCompleteness completeness, FacilityService facilities, CurrentAccess currentAccess,
                           Clock clock) {
        this.completeness = completeness;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
        this.clock = clock;
    }

    @GetMapping("/reports/completeness")
    String completeness(@RequestParam(name = "month", required = false) String month,
                        @RequestParam(name = "kecamatan", required = false) Long kecamatanId,
                        @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        AccessScope scope = currentAccess.scope();
        Optional<YearMonth> chosen = Months.parse(month, clock).filter(m -> !m.isAfter(YearMonth.now(clock)));
        YearMonth shown = chosen.orElse(Months.lastMonth(clock));
        model.addAttribute("badMonth", month != null && !month.isBlank() && chosen.isEmpty());
        model.addAttribute("month", shown);
        model.addAttribute("kecamatanId", kecamatanId);
        model.addAttribute("kecamatanOptions", scope.cityWide() ? facilities.allKecamatanOptions() : java.util.List.of());
        model.addAttribute("completeness", completeness.page(scope, shown, scope.cityWide() ? kecamatanId : null,
                PageRequests.of(page, PAGE_SIZE, Sort.unsorted())));
        return "reports/completeness";
    }
}
