package id.puskesnet.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.reporting.ReportView;
import id.puskesnet.reporting.ReportingOptions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/** What the report page and the entry form both show: the report, its fields by program, its history. */
final class ReportPageModel {

    private ReportPageModel() {
    }

    static void fill(Model model, ReportService reports, ReportView report, ReportingOptions options, AccessScope scope) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, Integer> previous = reports.previousMonth(report);
        model.addAttribute("report", report);
        model.addAttribute("sections", options.sections(report, previous, locale));
        model.addAttribute("history", reports.history(scope, report.id()));
        if (!model.containsAttribute("warnings")) {
            model.addAttribute("warnings", List.of());
        }
    }
}
