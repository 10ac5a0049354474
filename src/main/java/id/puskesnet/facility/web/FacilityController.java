package id.puskesnet.facility.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityExport;
import id.puskesnet.facility.FacilityFilter;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.FacilitySummary;
import id.puskesnet.facility.FacilityType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The facility list, its CSV export and the profile pages, each within the user's scope. */
@Controller
@RequestMapping("/facilities")
class FacilityController {

    static final int PAGE_SIZE = 20;
    private static final Set<String> SORTABLE = Set.of("name", "code", "type", "licenceExpiry");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FacilityService facilities;
    private final FacilityExport export;
    private final CurrentAccess currentAccess;

    FacilityController(FacilityService facilities, FacilityExport export, CurrentAccess currentAccess) {
        this.facilities = facilities;
        this.export = export;
        this.currentAccess = currentAccess;
    }

    @ModelAttribute("filter")
    FacilityFilter filter(@RequestParam(name = "q", required = false) String query,
                          @RequestParam(name = "type", required = false) FacilityType type,
                          @RequestParam(name = "kecamatan", required = false) Long kecamatanId,
                          @RequestParam(name = "active", required = false) Boolean active,
                          @RequestParam(name = "licence", required = false) Boolean licenceAttention) {
        return new FacilityFilter(query, type, kecamatanId, active, licenceAttention);
    }

    @GetMapping
    String list(@ModelAttribute("filter") FacilityFilter filter,
                @RequestParam(name = "sort", defaultValue = "name") String sort,
                @RequestParam(name = "page", defaultValue = "0") int page,
                Model model) {
        Sort order = sortOf(sort);
        Page<FacilitySummary> result = facilities.search(currentAccess.scope(), filter,
                PageRequests.of(page, PAGE_SIZE, order));
        model.addAttribute("page", result);
        model.addAttribute("sort", SORTABLE.contains(sort) ? sort : "name");
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("kecamatanOptions", facilities.allKecamatanOptions());
        return "facilities/list";
    }

    /** The list as filtered and sorted, all pages of it, in the file format the partner import reads. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") FacilityFilter filter,
                                  @RequestParam(name = "sort", defaultValue = "name") String sort) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("fasilitas.csv").build().toString())
                .body(export.csv(currentAccess.scope(), filter, sortOf(sort)));
    }

    @GetMapping("/{id}")
    String details(@PathVariable long id, Model model) {
        model.addAttribute("facility", facilities.details(currentAccess.scope(), id));
        model.addAttribute("populationForm", new PopulationForm(null, null));
        return "facilities/details";
    }

    static Sort sortOf(String sort) {
        String property = SORTABLE.contains(sort) ? sort : "name";
        return Sort.by(Sort.Order.asc(property).nullsLast()).and(Sort.by("id"));
    }
}
