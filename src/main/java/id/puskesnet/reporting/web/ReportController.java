package id.puskesnet.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.reporting.ReportFilter;
import id.puskesnet.reporting.ReportList;
import id.puskesnet.reporting.ReportListPage;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.reporting.ReportStatus;
import id.puskesnet.reporting.ReportSummary;
import id.puskesnet.reporting.ReportingOptions;
import id.puskesnet.reporting.ReportingUnit;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The report list, starting a month's report, and a report's page. */
@Controller
@RequestMapping("/reports")
class ReportController {

    static final int PAGE_SIZE = 25;

    private final ReportService reports;
    private final ReportList list;
    private final ReportingOptions options;
    private final CurrentAccess currentAccess;
    private final MessageSource messages;
    private final ZoneId displayZone;
    private final Clock clock;

    ReportController(ReportService reports, ReportList list, ReportingOptions options, CurrentAccess currentAccess,
                     MessageSource messages, ZoneId displayZone, Clock clock) {
        this.reports = reports;
        this.list = list;
        this.options = options;
        this.currentAccess = currentAccess;
        this.messages = messages;
        this.displayZone = displayZone;
        this.clock = clock;
    }

    @ModelAttribute("filter")
    ReportFilter filter(@RequestParam(name = "month", required = false) String month,
                        @RequestParam(name = "status", required = false) String status,
                        @RequestParam(name = "facility", required = false) Long facilityId,
                        @RequestParam(name = "network", required = false) Long networkId,
                        @RequestParam(name = "awaiting", required = false) boolean awaiting,
                        @RequestParam(name = "facilityCode", required = false) String facilityCode,
                        @RequestParam(name = "networkCode", required = false) String networkCode) {
        return new FilterParams(month, status, facilityId, networkId, awaiting, facilityCode, networkCode)
                .toFilter(clock, options, currentAccess.scope());
    }

    /**
     * The list's filters as typed in the URL; a month or status that means nothing is ignored. Where there are
     * too many facilities to offer a list, a facility or network is chosen by its code; a code the user may not
     * see, or that is no network, matches no report.
     */
    record FilterParams(String month, String status, Long facilityId, Long networkId, boolean awaiting,
                        String facilityCode, String networkCode) {

        private static final long NO_MATCH = -1;

        ReportFilter toFilter(Clock clock, ReportingOptions options, AccessScope scope) {
            Long facility = blank(facilityCode) ? facilityId
                    : options.visibleByCode(scope, facilityCode.strip()).map(ReportingUnit::id).orElse(NO_MATCH);
            Long network = blank(networkCode) ? networkId
                    : options.visibleByCode(scope, networkCode.strip()).filter(ReportingUnit::puskesmas)
                            .map(ReportingUnit::id).orElse(NO_MATCH);
            return new ReportFilter(Months.parse(month, clock).orElse(null), ReportController.status(status), facility,
                    network, awaiting);
        }

        private static boolean blank(String code) {
            return code == null || code.isBlank();
        }
    }

    @GetMapping
    String list(@ModelAttribute("filter") ReportFilter filter,
                @RequestParam(name = "month", required = false) String month,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model, Locale locale) {
        ReportListPage shown = list.page(currentAccess.scope(), filter, PageRequests.of(page, PAGE_SIZE, Sort.unsorted()));
        Page<ReportSummary> result = shown.reports();
        model.addAttribute("page", result);
        ReportListRow.Texts texts = new ReportListRow.Texts(messages, locale, displayZone);
        model.addAttribute("rows", result.getContent().stream().map(texts::row).toList());
        model.addAttribute("badMonth", month != null && !month.isBlank() && filter.period() == null);
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("countCapped", shown.countCapped());
        model.addAttribute("countLimit", shown.countLimit());
        model.addAttribute("facilities", shown.facilityChoices().orElse(List.of()));
        model.addAttribute("facilityByCode", shown.facilityChoices().isEmpty());
        model.addAttribute("networks", shown.networkChoices().orElse(List.of()));
        model.addAttribute("networkByCode", shown.networkChoices().isEmpty());
        model.addAttribute("mayFile", shown.mayFile());
        model.addAttribute("lastMonth", Months.lastMonth(clock));
        return "reports/list";
    }

    /** Asks which month to report; an existing report of that month opens straight away. */
    @GetMapping("/new")
    String start(@RequestParam(name = "period", required = false) String period, Model model) {
        AccessScope scope = currentAccess.scope();
        var unit = options.ownUnitToFile(scope)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No own facility"));
        YearMonth month = Months.parse(period, clock).orElse(Months.lastMonth(clock));
        Optional<Long> existing = options.existingReport(unit.id(), month);
        if (existing.isPresent()) {
            return "redirect:/reports/" + existing.get() + (options.editable(existing.get()) ? "/edit" : "");
        }
        model.addAttribute("unit", unit);
        model.addAttribute("month", month);
        model.addAttribute("lastMonth", Months.lastMonth(clock));
        return "reports/new";
    }

    @PostMapping
    String open(@RequestParam(name = "period", required = false) String period, RedirectAttributes redirect) {
        AccessScope scope = currentAccess.scope();
        var unit = options.ownUnitToFile(scope)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No own facility"));
        Optional<YearMonth> month = Months.parse(period, clock);
        if (month.isEmpty()) {
            redirect.addFlashAttribute("failure", "report.period.invalid");
            return "redirect:/reports/new";
        }
        try {
            long id = reports.open(scope, unit.id(), month.get());
            return "redirect:/reports/" + id + (options.editable(id) ? "/edit" : "");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:/reports/new";
        }
    }

    @GetMapping("/{id}")
    String details(@PathVariable long id, Model model) {
        AccessScope scope = currentAccess.scope();
        ReportPageModel.fill(model, reports, reports.view(scope, id), options, scope);
        return "reports/details";
    }

    static ReportStatus status(String status) {
        return Arrays.stream(ReportStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }
}
