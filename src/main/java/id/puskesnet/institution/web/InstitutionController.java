package id.puskesnet.institution.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.CsvWriter;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionFilter;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.institution.InstitutionService;
import id.puskesnet.institution.InstitutionSummary;
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

/** The institution list, its CSV export and the institution's page, each within the user's scope. */
@Controller
@RequestMapping("/institutions")
class InstitutionController {

    static final int PAGE_SIZE = 20;
    /** The owner filter's value for institutions kept by the DKK at city level. */
    static final String CITY_LEVEL = "dkk";
    private static final Set<String> SORTABLE = Set.of("name", "sector");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final InstitutionService institutions;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;
    private final MessageSource messages;

    InstitutionController(InstitutionService institutions, FacilityService facilities, CurrentAccess currentAccess,
                          MessageSource messages) {
        this.institutions = institutions;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
        this.messages = messages;
    }

    @ModelAttribute("filter")
    InstitutionFilter filter(@RequestParam(name = "q", required = false) String query,
                             @RequestParam(name = "sector", required = false) InstitutionSector sector,
                             @RequestParam(name = "kecamatan", required = false) Long kecamatanId,
                             @RequestParam(name = "owner", required = false) String owner,
                             @RequestParam(name = "active", required = false) Boolean active) {
        boolean cityLevel = CITY_LEVEL.equals(owner);
        return new InstitutionFilter(query, sector, kecamatanId, cityLevel ? null : ownerId(owner), cityLevel, active);
    }

    @GetMapping
    String list(@ModelAttribute("filter") InstitutionFilter filter,
                @RequestParam(name = "owner", required = false) String owner,
                @RequestParam(name = "sort", defaultValue = "name") String sort,
                @RequestParam(name = "page", defaultValue = "0") int page,
                Model model) {
        AccessScope scope = currentAccess.scope();
        Page<InstitutionSummary> result = institutions.search(scope, filter,
                PageRequests.of(page, PAGE_SIZE, sortOf(sort)));
        model.addAttribute("page", result);
        model.addAttribute("sort", SORTABLE.contains(sort) ? sort : "name");
        model.addAttribute("owner", owner);
        model.addAttribute("sectors", InstitutionSector.values());
        model.addAttribute("kecamatanOptions", facilities.kecamatanOptions());
        model.addAttribute("ownerFilter", scope.cityWide());
        if (scope.cityWide()) {
            model.addAttribute("puskesmasOptions", facilities.activePuskesmasOptions());
        }
        model.addAttribute("canCreate", scope.canCreateInstitution());
        return "institutions/list";
    }

    /** The filtered list, all of it, as a CSV file Excel opens (UTF-8 with BOM) with headers in the user's language. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") InstitutionFilter filter,
                                  @RequestParam(name = "sort", defaultValue = "name") String sort) {
        List<InstitutionSummary> rows = institutions.export(currentAccess.scope(), filter, sortOf(sort));
        Locale locale = LocaleContextHolder.getLocale();
        CsvWriter csv = new CsvWriter().row(List.of("institution.name", "institution.sector", "institution.owner",
                        "institution.kecamatan", "institution.address", "institution.contactPerson", "institution.phone",
                        "institution.email", "institution.status", "institution.notes").stream()
                .map(key -> messages.getMessage(key, null, locale)).toList());
        String cityLevel = messages.getMessage("institution.owner.cityLevel", null, locale);
        String active = messages.getMessage("institution.active", null, locale);
        String inactive = messages.getMessage("institution.inactive", null, locale);
        for (InstitutionSummary i : rows) {
            csv.row(i.name(), messages.getMessage("InstitutionSector." + i.sector(), null, locale),
                    i.cityLevel() ? cityLevel : i.ownerPuskesmasName(), i.kecamatanName(), i.address(),
                    i.contactPerson(), i.phone(), i.email(), i.active() ? active : inactive, i.notes());
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("institusi-mitra.csv").build().toString())
                .body(csv.toUtf8WithBom());
    }

    @GetMapping("/{id}")
    String details(@PathVariable long id, Model model) {
        model.addAttribute("institution", institutions.details(currentAccess.scope(), id));
        return "institutions/details";
    }

    static Sort sortOf(String sort) {
        return "sector".equals(sort) ? Sort.by("sector", "name", "id") : Sort.by("name", "id");
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
