package id.puskesnet.mou.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.CsvWriter;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.mou.MouFilter;
import id.puskesnet.mou.MouParty;
import id.puskesnet.mou.MouService;
import id.puskesnet.mou.MouStatus;
import id.puskesnet.mou.MouSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The MoU list, its CSV export and an MoU's page, each within the user's scope. */
@Controller
@RequestMapping("/mous")
class MouController {

    static final int PAGE_SIZE = 20;
    /** The puskesmas filter's value for the DKK's own MoUs. */
    static final String DKK_LEVEL = "dkk";
    private static final Set<String> SORTABLE = Set.of("endsOn", "startsOn", "number", "title");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MouService mous;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;
    private final MessageSource messages;

    MouController(MouService mous, FacilityService facilities, CurrentAccess currentAccess,
                  MessageSource messages) {
        this.mous = mous;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
        this.messages = messages;
    }

    @ModelAttribute("filter")
    MouFilter filter(@RequestParam(name = "q", required = false) String query,
                     @RequestParam(name = "status", required = false) MouStatus status,
                     @RequestParam(name = "program", required = false) Long programId,
                     @RequestParam(name = "sector", required = false) InstitutionSector sector,
                     @RequestParam(name = "puskesmas", required = false) String puskesmas,
                     @RequestParam(name = "attention", required = false) Boolean attention) {
        boolean dkkLevel = DKK_LEVEL.equals(puskesmas);
        return new MouFilter(query, status, programId, sector, dkkLevel ? null : puskesmasId(puskesmas), dkkLevel,
                Boolean.TRUE.equals(attention));
    }

    @GetMapping
    String list(@ModelAttribute("filter") MouFilter filter,
                @RequestParam(name = "sort", defaultValue = "endsOn") String sort,
                @RequestParam(name = "page", defaultValue = "0") int page,
                Model model) {
        AccessScope scope = currentAccess.scope();
        Page<MouSummary> result = mous.search(scope, filter, PageRequests.of(page, PAGE_SIZE, sortOf(sort)));
        model.addAttribute("page", result);
        model.addAttribute("sort", SORTABLE.contains(sort) ? sort : "endsOn");
        model.addAttribute("statuses", MouStatus.values());
        model.addAttribute("sectors", InstitutionSector.values());
        model.addAttribute("programOptions", mous.programChoices(scope, filter.programId() == null ? List.of()
                : List.of(filter.programId())));
        model.addAttribute("ownerFilter", scope.cityWide());
        if (scope.cityWide()) {
            model.addAttribute("puskesmasOptions", facilities.activePuskesmasOptions());
        }
        model.addAttribute("canCreate", scope.canCreateMou());
        return "mous/list";
    }

    /** The filtered list, all of it, as a CSV file Excel opens (UTF-8 with BOM) with headers in the user's language. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") MouFilter filter,
                                  @RequestParam(name = "sort", defaultValue = "endsOn") String sort) {
        List<MouSummary> rows = mous.export(currentAccess.scope(), filter, sortOf(sort));
        Locale locale = LocaleContextHolder.getLocale();
        CsvWriter csv = new CsvWriter().row(List.of("mou.number", "mou.title", "mou.owner", "mou.institutions",
                        "mou.programs", "mou.signedOn", "mou.startsOn", "mou.endsOn", "mou.status",
                        "mou.terminatedOn", "mou.terminationReason", "mou.renews", "mou.renewedBy", "mou.document",
                        "mou.log.count").stream()
                .map(key -> messages.getMessage(key, null, locale)).toList());
        String dkk = messages.getMessage("mou.owner.dkk", null, locale);
        String openEnded = messages.getMessage("mou.openEnded.short", null, locale);
        String yes = messages.getMessage("common.yes", null, locale);
        String no = messages.getMessage("common.no", null, locale);
        for (MouSummary m : rows) {
            csv.row(m.number(), m.title(), m.dkkLevel() ? dkk : m.ownerName(),
                    m.institutions().stream().map(MouParty::name).collect(Collectors.joining("; ")),
                    m.programs().stream().map(p -> p.label(locale)).collect(Collectors.joining("; ")),
                    date(m.signedOn()), date(m.startsOn()),
                    m.endsOn() == null && m.startsOn() != null ? openEnded : date(m.endsOn()),
                    messages.getMessage("MouStatus." + m.status(), null, locale), date(m.terminatedOn()),
                    m.terminationReason(), m.renewsNumber(), m.renewedByNumber(), m.hasDocument() ? yes : no,
                    m.logEntries());
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("mou-kemitraan.csv").build().toString())
                .body(csv.toUtf8WithBom());
    }

    @GetMapping("/{id}")
    String details(@PathVariable long id, Model model) {
        model.addAttribute("mou", mous.details(currentAccess.scope(), id));
        return "mous/details";
    }

    static Sort sortOf(String sort) {
        return switch (sort) {
            case "startsOn" -> Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("id"));
            case "number" -> Sort.by("number", "id");
            case "title" -> Sort.by("title", "id");
            default -> Sort.by("endsOn", "number", "id");
        };
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.format(CSV_DATE);
    }

    /** The puskesmas filter is "dkk", a puskesmas id, or empty; anything else is a bad request, not a server error. */
    private static Long puskesmasId(String puskesmas) {
        if (puskesmas == null || puskesmas.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(puskesmas.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown puskesmas filter");
        }
    }
}
