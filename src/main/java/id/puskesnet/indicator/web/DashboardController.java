package id.puskesnet.indicator.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.access.Role;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.forum.FollowUpQueries;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.home.AttentionList;
import id.puskesnet.indicator.CityDashboard;
import id.puskesnet.indicator.DashboardQuery;
import id.puskesnet.indicator.IndicatorFigures;
import id.puskesnet.indicator.IndicatorResult;
import id.puskesnet.indicator.ProgramFigures;
import id.puskesnet.indicator.PuskesmasDashboard;
import id.puskesnet.program.ProgramCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboards: the DKK's city dashboard (drilled down to a kecamatan with {@code ?kecamatan=}), a
 * puskesmas's dashboard with its partners, and for partner facilities their own figures. {@code /dashboard}
 * opens the right one for the user.
 */
@Controller
class DashboardController {

    static final int RANKING_PAGE_SIZE = 25;
    static final int KECAMATAN_PAGE_SIZE = 25;
    static final int MAX_KECAMATAN_OPTIONS = 300;
    /** How many of a program's open follow-ups a dashboard lists; the board has them all. */
    static final int FOLLOW_UPS_SHOWN = 10;

    private final IndicatorFigures figures;
    private final CurrentAccess currentAccess;
    private final ProgramCatalog programs;
    private final FacilityService facilities;
    private final AttentionList attention;
    private final FollowUpQueries followUps;
    private final FigureText figureText;
    private final MessageSource messages;
    private final Clock clock;
    private final CityFigureParts cityParts;

    DashboardController(IndicatorFigures figures, CurrentAccess currentAccess, ProgramCatalog programs,
                        FacilityService facilities, AttentionList attention, FollowUpQueries followUps,
                        FigureText figureText, MessageSource messages, Clock clock, CityFigureParts cityParts) {
        this.figures = figures;
        this.currentAccess = currentAccess;
        this.programs = programs;
        this.facilities = facilities;
        this.attention = attention;
        this.followUps = followUps;
        this.figureText = figureText;
        this.messages = messages;
        this.clock = clock;
        this.cityParts = cityParts;
    }

    @ModelAttribute("params")
    DashboardParams params(@RequestParam(name = "year", required = false) String year,
                           @RequestParam(name = "month", required = false) String month,
                           @RequestParam(name = "program", required = false) String program,
                           @RequestParam(name = "kecamatan", required = false) String kecamatan,
                           @RequestParam(name = "sort", required = false) String sort) {
        return new DashboardParams(year, month, program, kecamatan, sort);
    }

    @GetMapping("/dashboard")
    String dashboard(@ModelAttribute("params") DashboardParams params,
                     @RequestParam(name = "page", defaultValue = "0") int page,
                     @RequestParam(name = "kecamatanPage", defaultValue = "0") int kecamatanPage, Model model,
                     Locale locale, HttpServletRequest request, HttpServletResponse response) {
        AccessScope scope = currentAccess.scope();
        if (scope.puskesmasId() != null) {
            DashboardQuery query = params.query(clock);
            return "redirect:" + UriComponentsBuilder.fromPath("/dashboard/puskesmas/{id}")
                    .queryParam("year", query.month().getYear()).queryParam("month", query.month().getMonthValue())
                    .queryParamIfPresent("program", java.util.Optional.ofNullable(query.programId()))
                    .buildAndExpand(scope.puskesmasId()).toUriString();
        }
        if (scope.role() == Role.PARTNER) {
            YearMonth month = params.month(clock);
            model.addAttribute("own", figures.own(scope, month));
            filters(model, params, month, false);
            return "dashboard/own";
        }
        IndicatorFigures.requireCityWide(scope);
        DashboardQuery query = params.query(clock);
        CityFigureParts.Parts parts = cityParts.of(query, locale, request, response,
                () -> cityModel(scope, params, query, page, kecamatanPage, locale));
        model.addAttribute("parts", parts);
        model.addAttribute("month", query.month());
        model.addAttribute("programId", query.programId());
        model.addAttribute("kecamatanId", query.kecamatanId());
        model.addAttribute("attention", shown(attention.itemsFor(scope), locale));
        programFollowUps(model, scope, query.programId(), null);
        return "dashboard/city";
    }

    /** What the city dashboard's kept parts are rendered from (see {@link CityFigureParts}). */
    private CityFigureParts.Model cityModel(AccessScope scope, DashboardParams params, DashboardQuery query, int page,
                                            int kecamatanPage, Locale locale) {
        CityDashboard city = figures.city(scope, query,
                PageRequests.of(kecamatanPage, KECAMATAN_PAGE_SIZE, Sort.unsorted()),
                PageRequests.of(page, RANKING_PAGE_SIZE, Sort.unsorted()));
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("params", params);
        filters(model, params, city.month(), true);
        model.addAttribute("dashboard", city);
        model.addAttribute("charts", charts(city.programs(), locale));
        model.addAttribute("ranking", city.ranking().map(row -> new FigureCell.Row<>(row,
                FigureCell.of(city.indicators(), row.figures(), figureText, messages, locale))));
        model.addAttribute("kecamatanRows", city.kecamatanRows().map(row -> new FigureCell.Row<>(row,
                FigureCell.of(city.indicators(), row.figures(), figureText, messages, locale))));
        return new CityFigureParts.Model(model, city.kecamatanName());
    }

    @GetMapping("/dashboard/puskesmas/{id}")
    String puskesmas(@PathVariable long id, @ModelAttribute("params") DashboardParams params, Model model,
                     Locale locale) {
        AccessScope scope = currentAccess.scope();
        PuskesmasDashboard dashboard = figures.puskesmas(scope, id, params.query(clock));
        filters(model, params, dashboard.month(), false);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("charts", charts(dashboard.programs(), locale));
        model.addAttribute("cityWide", scope.cityWide());
        programFollowUps(model, scope, params.query(clock).programId(), id);
        return "dashboard/puskesmas";
    }

    /** With a program selected: its open follow-ups from the forums (of the whole scope, or of one puskesmas). */
    private void programFollowUps(Model model, AccessScope scope, Long programId, Long puskesmasId) {
        if (programId != null) {
            model.addAttribute("programFollowUps",
                    followUps.openForProgram(programId, puskesmasId, scope, FOLLOW_UPS_SHOWN));
        }
    }

    private void filters(Model model, DashboardParams params, YearMonth month, boolean cityWide) {
        model.addAttribute("month", month);
        model.addAttribute("badFilter", params.bad(clock));
        model.addAttribute("programId", params.query(clock).programId());
        model.addAttribute("kecamatanId", params.query(clock).kecamatanId());
        model.addAttribute("years", IntStream.rangeClosed(DashboardParams.FIRST_YEAR, YearMonth.now(clock).getYear())
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("months", IntStream.rangeClosed(1, 12).boxed().toList());
        model.addAttribute("programOptions", programs.priorityPrograms());
        // A country has thousands of kecamatan: beyond a select's worth the kecamatan table is the way in.
        boolean selectable = cityWide && facilities.kecamatanCount() <= MAX_KECAMATAN_OPTIONS;
        model.addAttribute("kecamatanOptions", selectable ? facilities.allKecamatanOptions() : List.of());
    }

    private Map<String, TrendChart> charts(List<ProgramFigures> programFigures, Locale locale) {
        Map<String, TrendChart> charts = new HashMap<>();
        for (ProgramFigures program : programFigures) {
            for (IndicatorResult result : program.indicators()) {
                charts.put(result.definition().code(), TrendChart.of(result, figureText, locale));
            }
        }
        return charts;
    }

    private List<ShownItem> shown(List<AttentionItem> items, Locale locale) {
        return items.stream().map(item -> new ShownItem(item.level(),
                messages.getMessage(item.section(), null, locale),
                messages.getMessage(item.messageKey(), arguments(item.arguments(), locale), locale), item.link()))
                .toList();
    }

    /** Dates and months as people write them; other arguments as they are. */
    private static Object[] arguments(List<Object> arguments, Locale locale) {
        return arguments.stream().map(argument -> {
            if (argument instanceof LocalDate date) {
                return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
            }
            if (argument instanceof YearMonth month) {
                return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
            }
            return argument;
        }).toArray();
    }

    /** An attention item with its texts in the user's language. */
    record ShownItem(AttentionLevel level, String section, String text, String link) {

        public String cssClass() {
            return switch (level) {
                case DANGER -> "danger";
                case WARNING -> "warning";
                case INFO -> "info";
            };
        }
    }
}
