package id.puskesnet.indicator.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.FigureSources;
import id.puskesnet.common.GenerationCache;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.indicator.DashboardQuery;
import id.puskesnet.indicator.Figure;
import id.puskesnet.indicator.IndicatorDefinition;
import id.puskesnet.indicator.IndicatorFigures;
import id.puskesnet.indicator.IndicatorResult;
import id.puskesnet.indicator.PartnerRow;
import id.puskesnet.indicator.PartnerShare;
import id.puskesnet.indicator.ProgramFigures;
import id.puskesnet.indicator.PuskesmasDashboard;
import id.puskesnet.indicator.TrendPoint;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of what the dashboards show, as CSV or XLSX: the ranking of puskesmas, the monthly time series of
 * the city (or a kecamatan, or one puskesmas), and the partners' shares of a puskesmas network. The same
 * figures as the pages: they come from the same service.
 */
@Controller
class DashboardExportController {

    private final IndicatorFigures figures;
    private final CurrentAccess currentAccess;
    private final MessageSource messages;
    private final Clock clock;
    private final FigureSources sources;
    /** A few files of 4 MB (CSV) at national scale: the ranking most asked for, in both formats and languages. */
    private final GenerationCache<RankingFile, KeptFile> rankingFiles =
            new GenerationCache<>(6, CityFigureParts.MAX_AGE);

    DashboardExportController(IndicatorFigures figures, CurrentAccess currentAccess, MessageSource messages,
                              Clock clock, FigureSources sources) {
        this.figures = figures;
        this.currentAccess = currentAccess;
        this.messages = messages;
        this.clock = clock;
        this.sources = sources;
    }

    @ModelAttribute("params")
    DashboardParams params(@RequestParam(name = "year", required = false) String year,
                           @RequestParam(name = "month", required = false) String month,
                           @RequestParam(name = "program", required = false) String program,
                           @RequestParam(name = "kecamatan", required = false) String kecamatan,
                           @RequestParam(name = "sort", required = false) String sort) {
        return new DashboardParams(year, month, program, kecamatan, sort);
    }

    /**
     * Every network of the ranking (10,000 at national scale): the file is made once per change of the figures' data
     * and kept (see {@link FigureSources}), as the same file serves every DKK user.
     */
    @GetMapping("/dashboard/ranking.{format}")
    ResponseEntity<byte[]> ranking(@PathVariable String format, @ModelAttribute("params") DashboardParams params,
                                   Locale locale,
                                   @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encodings) {
        checkFormat(format);
        AccessScope scope = currentAccess.scope();
        IndicatorFigures.requireCityWide(scope);
        DashboardQuery query = params.query(clock);
        KeptFile file = rankingFiles.get(new RankingFile(format, query, locale), sources.generation(),
                () -> KeptFile.of(rankingTable(scope, query, locale).bytes(format), "csv".equals(format)));
        return file.response(format, "peringkat-" + query.month(), encodings);
    }

    private ExportTable rankingTable(AccessScope scope, DashboardQuery query, Locale locale) {
        List<IndicatorDefinition> indicators = figures.rankingIndicators(query.programId());
        List<String> header = new ArrayList<>(List.of(text("dashboard.export.rank", locale),
                text("dashboard.export.code", locale), text("dashboard.puskesmas", locale),
                text("dashboard.kecamatan", locale)));
        for (IndicatorDefinition d : indicators) {
            header.addAll(figureHeader(d, locale));
        }
        header.add(text("dashboard.export.completeness", locale));
        ExportTable.RowSource rows = each -> figures.eachRankingRow(scope, query, row -> {
            List<Object> values = new ArrayList<>(List.of(row.rank(), row.network().code(), row.network().name(),
                    row.network().kecamatanName()));
            for (IndicatorDefinition d : indicators) {
                values.addAll(figureValues(row.figures().get(d.id()), locale));
            }
            values.add(row.completeness().completeness());
            each.accept(values);
        });
        return new ExportTable(text("dashboard.ranking", locale), header, rows);
    }

    /** Which ranking file: the same for every DKK user. */
    private record RankingFile(String format, DashboardQuery query, Locale locale) {
    }

    @GetMapping("/dashboard/trend.{format}")
    ResponseEntity<byte[]> cityTrend(@PathVariable String format, @ModelAttribute("params") DashboardParams params,
                                     Locale locale) {
        checkFormat(format);
        DashboardQuery query = params.query(clock);
        return trend(figures.cityPrograms(currentAccess.scope(), query), locale).response(format, "tren-" + query.month());
    }

    @GetMapping("/dashboard/puskesmas/{id}/trend.{format}")
    ResponseEntity<byte[]> puskesmasTrend(@PathVariable long id, @PathVariable String format,
                                          @ModelAttribute("params") DashboardParams params, Locale locale) {
        checkFormat(format);
        PuskesmasDashboard dashboard = figures.puskesmas(currentAccess.scope(), id, params.query(clock));
        return trend(dashboard.programs(), locale)
                .response(format, "tren-" + dashboard.network().code().toLowerCase(Locale.ROOT) + "-" + dashboard.month());
    }

    @GetMapping("/dashboard/puskesmas/{id}/partners.{format}")
    ResponseEntity<byte[]> partners(@PathVariable long id, @PathVariable String format,
                                    @ModelAttribute("params") DashboardParams params, Locale locale) {
        checkFormat(format);
        PuskesmasDashboard dashboard = figures.puskesmas(currentAccess.scope(), id, params.query(clock));
        List<String> header = new ArrayList<>(List.of(text("dashboard.export.code", locale),
                text("dashboard.facility", locale), text("dashboard.facilityType", locale),
                text("dashboard.reportStatus", locale)));
        for (IndicatorDefinition d : dashboard.indicators()) {
            header.add(messages.getMessage("dashboard.export.shareFinal", new Object[] {d.code()}, locale));
            header.add(messages.getMessage("dashboard.export.shareProvisional", new Object[] {d.code()}, locale));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerRow row : dashboard.partners()) {
            List<Object> values = new ArrayList<>(List.of(row.code(), row.name(), text("FacilityType." + row.type(), locale),
                    row.status() == null ? text("dashboard.noReport", locale) : text("ReportStatus." + row.status(), locale)));
            for (IndicatorDefinition d : dashboard.indicators()) {
                PartnerShare share = row.shares().get(d.id());
                values.add(share.accepted());
                values.add(share.provisional());
            }
            rows.add(values);
        }
        return new ExportTable(text("dashboard.partners", locale), header, rows)
                .response(format, "jejaring-" + dashboard.network().code().toLowerCase(Locale.ROOT) + "-" + dashboard.month());
    }

    private ExportTable trend(List<ProgramFigures> programs, Locale locale) {
        List<String> header = List.of(text("dashboard.export.month", locale), text("dashboard.export.code", locale),
                text("dashboard.indicator", locale), text("dashboard.numerator", locale),
                text("dashboard.denominator", locale), text("dashboard.export.value", locale),
                text("dashboard.export.provisionalNumerator", locale),
                text("dashboard.export.provisionalDenominator", locale),
                text("dashboard.export.provisionalValue", locale), text("dashboard.export.expected", locale),
                text("dashboard.export.status", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (ProgramFigures program : programs) {
            for (IndicatorResult result : program.indicators()) {
                for (TrendPoint point : result.trend()) {
                    Figure f = point.figure();
                    List<Object> row = new ArrayList<>();
                    row.add(point.month().toString());
                    row.add(result.definition().code());
                    row.add(result.definition().label(locale));
                    row.add(f.numerator());
                    row.add(f.denominator());
                    row.add(f.value());
                    row.add(f.provisionalNumerator());
                    row.add(f.provisionalDenominator());
                    row.add(f.provisionalValue());
                    row.add(f.expected());
                    row.add(text("Achievement." + f.achievement(), locale));
                    rows.add(row);
                }
            }
        }
        return new ExportTable(text("dashboard.trend", locale), header, rows);
    }

    private List<String> figureHeader(IndicatorDefinition d, Locale locale) {
        Object[] code = {d.code()};
        return List.of(messages.getMessage("dashboard.export.numeratorOf", code, locale),
                messages.getMessage("dashboard.export.denominatorOf", code, locale),
                messages.getMessage("dashboard.export.valueOf", code, locale),
                messages.getMessage("dashboard.export.provisionalValueOf", code, locale),
                messages.getMessage("dashboard.export.statusOf", code, locale));
    }

    private List<Object> figureValues(Figure f, Locale locale) {
        List<Object> values = new ArrayList<>();
        values.add(f.numerator());
        values.add(f.denominator());
        values.add(f.value());
        values.add(f.provisionalValue());
        values.add(text("Achievement." + f.achievement(), locale));
        return values;
    }

    private static void checkFormat(String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new NotFoundException("format " + format);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
