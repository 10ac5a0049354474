package id.puskesnet.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.reporting.ReportView;
import id.puskesnet.reporting.ReportingOptions;
import id.puskesnet.reporting.SaveOutcome;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The entry form: fill in, save a draft, submit. */
@Controller
@RequestMapping("/reports/{id}")
class ReportEntryController {

    /** Form fields of the counts are named {@code v_<element code>}. */
    static final String FIELD_PREFIX = "v_";
    private static final int MAX_FIELD = 50;

    private final ReportService reports;
    private final ReportingOptions options;
    private final CurrentAccess currentAccess;
    private final MessageSource messages;

    ReportEntryController(ReportService reports, ReportingOptions options, CurrentAccess currentAccess,
                          MessageSource messages) {
        this.reports = reports;
        this.options = options;
        this.currentAccess = currentAccess;
        this.messages = messages;
    }

    @GetMapping("/edit")
    String edit(@PathVariable long id, Model model) {
        AccessScope scope = currentAccess.scope();
        ReportView report = reports.view(scope, id);
        if (!report.may().edit()) {
            boolean ownReport = options.ownUnitToFile(scope).filter(unit -> unit.id() == report.facility().id())
                    .isPresent();
            if (!ownReport) {
                throw new AccessDeniedException("May not edit report " + id);
            }
            return "redirect:/reports/" + id; // submitted already: its page shows where it stands
        }
        ReportPageModel.fill(model, reports, report, options, scope);
        model.addAttribute("typed", Map.of());
        model.addAttribute("fieldErrors", Map.of());
        return "reports/entry";
    }

    @PostMapping
    String save(@PathVariable long id, @RequestParam Map<String, String> params,
                @RequestParam(name = "version", required = false) String version,
                @RequestParam(name = "action", defaultValue = "draft") String action,
                Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        AccessScope scope = currentAccess.scope();
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(FIELD_PREFIX) && name.length() <= MAX_FIELD) {
                typed.put(name.substring(FIELD_PREFIX.length()), value);
            }
        });
        boolean submit = "submit".equals(action);
        SaveOutcome outcome = reports.save(scope, id, parseVersion(version), typed, submit);
        // The elements' names, only to word problems: a clean save reads nothing more.
        Map<String, String> labels = outcome.errors().isEmpty() && outcome.warnings().isEmpty() ? Map.of()
                : options.labels(locale);
        if (outcome.alreadySubmitted()) {
            redirect.addFlashAttribute("success", "report.alreadySubmitted");
            return "redirect:/reports/" + id;
        }
        if (!outcome.saved()) {
            ReportView report = reports.view(scope, id);
            ReportPageModel.fill(model, reports, report, options, scope);
            model.addAttribute("typed", typed);
            model.addAttribute("fieldErrors", ProblemMessages.byField(outcome.errors(), labels, messages, locale));
            model.addAttribute("errorCount", outcome.errors().size());
            model.addAttribute("warnings", ProblemMessages.texts(outcome.warnings(), labels, messages, locale));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "reports/entry";
        }
        List<String> warnings = ProblemMessages.texts(outcome.warnings(), labels, messages, locale);
        redirect.addFlashAttribute("warnings", warnings);
        if (submit) {
            redirect.addFlashAttribute("success", "report.submitted");
            return "redirect:/reports/" + id;
        }
        redirect.addFlashAttribute("success", "report.draftSaved");
        return "redirect:/reports/" + id + "/edit";
    }

    static int parseVersion(String version) {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
