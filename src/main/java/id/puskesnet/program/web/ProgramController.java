package id.puskesnet.program.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.CsvWriter;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramFilter;
import id.puskesnet.program.ProgramKind;
import id.puskesnet.program.ProgramSummary;
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

/** The program catalogue: list, CSV export and a program's page, each within the user's scope. */
@Controller
@RequestMapping("/programs")
class ProgramController {

    static final int PAGE_SIZE = 20;
    /** The owner filter's value for the programs of the whole city. */
    static final String CITY_LEVEL = "dkk";
    private static final Set<String> SORTABLE = Set.of("catalogue", "name", "kind");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ProgramCatalog catalog;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;
    private final MessageSource messages;

    ProgramController(ProgramCatalog catalog, FacilityService facilities, CurrentAccess currentAccess,
                      MessageSource messages) {
        this.catalog = catalog;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
        this.messages = messages;
    }

    @ModelAttribute("filter")
    ProgramFilter filter(@RequestParam(name = "q", required = false) String query,
                         @RequestParam(name = "kind", required = false) ProgramKind kind,
                         @RequestParam(name = "owner", required = false) String owner,
                         @RequestParam(name = "active", required = false) Boolean active) {
        boolean cityLevel = CITY_LEVEL.equals(owner);
        return new ProgramFilter(query, kind, cityLevel ? null : ownerId(owner), cityLevel, active);
    }

    @GetMapping
    String list(@ModelAttribute("filter") ProgramFilter filter,
                @RequestParam(name = "sort", defaultValue = "catalogue") String sort,
                @RequestParam(name = "page", defaultValue = "0") int page,
                Model model) {
        AccessScope scope = currentAccess.scope();
        Page<ProgramSummary> result = catalog.search(scope, filter, PageRequests.of(page, PAGE_SIZE, sortOf(sort)));
        model.addAttribute("page", result);
        model.addAttribute("sort", SORTABLE.contains(sort) ? sort : "catalogue");
        model.addAttribute("kinds", ProgramKind.values());
        model.addAttribute("ownerFilter", scope.cityWide());
        if (scope.cityWide()) {
            model.addAttribute("puskesmasOptions", facilities.activePuskesmasOptions());
        }
        model.addAttribute("canCreate", scope.canCreateProgram());
        return "programs/list";
    }

    /** The filtered list, all of it, as a CSV file Excel opens (UTF-8 with BOM) with headers in the user's language. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") ProgramFilter filter,
                                  @RequestParam(name = "sort", defaultValue = "catalogue") String sort) {
        List<ProgramSummary> rows = catalog.export(currentAccess.scope(), filter, sortOf(sort));
        Locale locale = LocaleContextHolder.getLocale();
        CsvWriter csv = new CsvWriter().row(List.of("program.code", "program.name", "program.nameEn", "program.kind",
                        "program.owner", "program.status").stream()
                .map(key -> messages.getMessage(key, null, locale)).toList());
        String cityLevel = messages.getMessage("program.owner.cityLevel", null, locale);
        String active = messages.getMessage("program.active", null, locale);
        String inactive = messages.getMessage("program.inactive", null, locale);
        for (ProgramSummary p : rows) {
            csv.row(p.code(), p.name(), p.nameEn(), messages.getMessage("ProgramKind." + p.kind(), null, locale),
                    p.cityLevel() ? cityLevel : p.ownerPuskesmasName(), p.active() ? active : inactive);
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("program-inovasi.csv").build().toString())
                .body(csv.toUtf8WithBom());
    }

    @GetMapping("/{id}")
    String details(@PathVariable long id, Model model) {
        model.addAttribute("program", catalog.details(currentAccess.scope(), id));
        return "programs/details";
    }

    static Sort sortOf(String sort) {
        return switch (sort) {
            case "name" -> Sort.by("name", "id");
            case "kind" -> Sort.by("kind", "sortOrder", "name", "id");
            default -> Sort.by("sortOrder", "name", "id");
        };
    }

    /** The owner filter is "dkk", a puskesmas id, or empty; anything else is a bad request, not a server error. */
    private static Long ownerId(String owner) {
        if (owner == null || owner.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(owner.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown owner filter");
        }
    }
}
