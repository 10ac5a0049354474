package id.puskesnet.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.ApiClient;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.reporting.DataElementCatalog;
import id.puskesnet.reporting.DataElementOption;
import id.puskesnet.reporting.EntryProblem;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.reporting.ReportView;
import id.puskesnet.reporting.ReportingOptions;
import id.puskesnet.reporting.SaveOutcome;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API with which a partner system (a clinic's EMR) reads and submits its facility's monthly report.
 * The same validation and status rules as the entry form apply.
 */
@RestController
@RequestMapping("/api/v1")
class ReportApiController {

    private final ReportService reports;
    private final ReportingOptions options;
    private final DataElementCatalog catalog;
    private final MessageSource messages;
    private final Clock clock;

    ReportApiController(ReportService reports, ReportingOptions options, DataElementCatalog catalog,
                        MessageSource messages, Clock clock) {
        this.reports = reports;
        this.options = options;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    /** The counts this facility reports. */
    @GetMapping("/elements")
    List<ElementJson> elements(@AuthenticationPrincipal ApiClient client, HttpServletRequest request) {
        Locale locale = languageOf(request);
        String type = options.ownUnitToFile(client.scope()).orElseThrow().type();
        return catalog.reportedBy(type).stream()
                .map(e -> new ElementJson(e.code(), e.label(locale), e.unit(), e.maxValue())).toList();
    }

    @GetMapping("/reports/{period}")
    ResponseEntity<?> read(@AuthenticationPrincipal ApiClient client, @PathVariable String period, HttpServletRequest request) {
        Locale locale = languageOf(request);
        AccessScope scope = client.scope();
        YearMonth month = month(period);
        return options.existingReport(client.facilityId(), month)
                .<ResponseEntity<?>>map(id -> ResponseEntity.ok(json(reports.view(scope, id))))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "api.report.none", locale));
    }

    /** Saves the counts as a draft, or submits them when {@code submit} is true. */
    @PutMapping("/reports/{period}")
    ResponseEntity<?> save(@AuthenticationPrincipal ApiClient client, @PathVariable String period,
                           @RequestBody ReportJsonRequest body, HttpServletRequest request) {
        Locale locale = languageOf(request);
        AccessScope scope = client.scope();
        YearMonth month = month(period);
        long id = reports.open(scope, client.facilityId(), month);
        ReportView before = reports.view(scope, id);
        if (!before.status().editable()) {
            return error(HttpStatus.CONFLICT, "api.report.notEditable", locale);
        }
        Map<String, String> typed = new LinkedHashMap<>();
        if (body.values() != null) {
            body.values().forEach((code, value) -> typed.put(code, value == null ? null : value.toString()));
        }
        SaveOutcome outcome = reports.save(scope, id, before.version(), typed, Boolean.TRUE.equals(body.submit()));
        Map<String, String> labels = options.labels(locale);
        if (!outcome.errors().isEmpty()) {
            return ResponseEntity.unprocessableContent().body(Map.of(
                    "error", text("report.entry.hasErrors", locale, outcome.errors().size()),
                    "problems", problems(outcome.errors(), labels, locale)));
        }
        Map<String, Object> response = new LinkedHashMap<>(json(reports.view(scope, id)));
        response.put("warnings", problems(outcome.warnings(), labels, locale));
        return ResponseEntity.ok(response);
    }

    private List<Map<String, String>> problems(List<EntryProblem> problems, Map<String, String> labels, Locale locale) {
        return problems.stream().map(p -> {
            Map<String, String> problem = new LinkedHashMap<>();
            problem.put("element", p.elementCode());
            problem.put("message", ProblemMessages.text(p, labels, messages, locale));
            return problem;
        }).toList();
    }

    private Map<String, Object> json(ReportView report) {
        Map<Long, DataElementOption> elements = catalog.byId();
        Map<String, Integer> values = new LinkedHashMap<>();
        report.amounts().forEach((id, amount) -> values.put(elements.get(id).code(), amount));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", report.id());
        json.put("facility", report.facility().code());
        json.put("period", YearMonth.from(report.period()).toString());
        json.put("status", report.status().name());
        json.put("dueDate", report.dueDate().toString());
        json.put("returnReason", report.returnReason());
        json.put("values", values);
        json.put("version", report.version());
        return json;
    }

    private YearMonth month(String period) {
        return Months.parse(period, clock).orElseThrow(() -> new BusinessRuleException("period", "report.period.invalid"));
    }

    private ResponseEntity<Map<String, String>> error(HttpStatus status, String key, Locale locale) {
        return ResponseEntity.status(status).body(Map.of("error", text(key, locale)));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** English when the caller asks for it (Accept-Language), Bahasa Indonesia otherwise. */
    static Locale languageOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage())
                ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    /** The body of a save: counts by element code, and whether to submit. */
    record ReportJsonRequest(Map<String, Object> values, Boolean submit) {
    }

    /** One element the facility reports. */
    record ElementJson(String code, String name, String unit, int maxValue) {
    }
}
