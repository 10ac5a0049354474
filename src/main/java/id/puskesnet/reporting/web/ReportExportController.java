package id.puskesnet.reporting.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.CsvWriter;
import id.puskesnet.reporting.DataElementCatalog;
import id.puskesnet.reporting.DataElementOption;
import id.puskesnet.reporting.ReportFilter;
import id.puskesnet.reporting.ReportingOptions;
import id.puskesnet.reporting.ReportList;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The report list as filtered, with every count, as CSV. */
@Controller
class ReportExportController {

    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportList list;
    private final DataElementCatalog catalog;
    private final ReportingOptions options;
    private final CurrentAccess currentAccess;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock;

    ReportExportController(ReportList list, DataElementCatalog catalog, ReportingOptions options,
                           CurrentAccess currentAccess, MessageSource messages, ZoneId displayZone, Clock clock) {
        this.list = list;
        this.catalog = catalog;
        this.options = options;
        this.currentAccess = currentAccess;
        this.messages = messages;
        this.zone = displayZone;
        this.clock = clock;
    }

    @GetMapping("/reports/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(name = "month", required = false) String month,
                                  @RequestParam(name = "status", required = false) String status,
                                  @RequestParam(name = "facility", required = false) Long facilityId,
                                  @RequestParam(name = "network", required = false) Long networkId,
                                  @RequestParam(name = "awaiting", required = false) boolean awaiting,
                                  @RequestParam(name = "facilityCode", required = false) String facilityCode,
                                  @RequestParam(name = "networkCode", required = false) String networkCode,
                                  Locale locale) {
        ReportFilter filter = new ReportController.FilterParams(month, status, facilityId, networkId, awaiting,
                facilityCode, networkCode).toFilter(clock, options, currentAccess.scope());
        List<DataElementOption> elements = catalog.all();
        List<Object> header = new ArrayList<>(List.of(text("report.period", locale), text("report.csv.facilityCode", locale),
                text("report.facility", locale), text("report.csv.facilityType", locale), text("report.network", locale),
                text("report.status", locale), text("report.firstSubmittedAt", locale), text("report.onTime", locale)));
        elements.forEach(e -> header.add(e.code()));
        CsvWriter csv = new CsvWriter().row(header);
        for (ReportList.ExportRow row : list.export(currentAccess.scope(), filter)) {
            var r = row.report();
            List<Object> fields = new ArrayList<>(List.of(r.period().toString().substring(0, 7), row.facilityCode(),
                    r.facilityName(), text("FacilityType." + r.facilityType(), locale), r.networkName(),
                    text("ReportStatus." + r.status(), locale),
                    r.firstSubmittedAt() == null ? "" : SUBMITTED.format(r.firstSubmittedAt().atZone(zone)),
                    r.firstSubmittedAt() == null ? "" : text(r.onTime() ? "common.yes" : "common.no", locale)));
            elements.forEach(e -> fields.add(row.amounts().get(e.id())));
            csv.row(fields);
        }
        String name = "laporan-bulanan" + (filter.period() == null ? "" : "-" + filter.period()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toUtf8WithBom());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
