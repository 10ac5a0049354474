package id.puskesnet.facility.web;

import java.util.Set;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.facility.FacilityFilter;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.FacilitySummary;
import id.puskesnet.facility.FacilityType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The facility list and profile pages, each within the user's scope. */
@Controller
@RequestMapping("/facilities")
class FacilityController {

    static final int PAGE_SIZE = 20;
    /** Beyond this the row offset overflows an int and the query fails; such pages are empty anyway. */
    private static final int LAST_ADDRESSABLE_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;
    private static final Set<String> SORTABLE = Set.of("name", "code", "type");

    private final FacilityService facilities;
    private final CurrentAccess currentAccess;

    FacilityController(FacilityService facilities, CurrentAccess currentAccess) {
        this.facilities = facilities;
        this.currentAccess = currentAccess;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "type", required = false) FacilityType type,
                @RequestParam(name = "kecamatan", required = false) Long kecamatanId,
                @RequestParam(name = "active", required = false) Boolean active,
                @RequestParam(name = "sort", defaultValue = "name") String sort,
                @RequestParam(name = "page", defaultValue = "0") int page,
                Model model) {
        String sortBy = SORTABLE.contains(sort) ? sort : "name";
        int pageNumber = Math.min(Math.max(page, 0), LAST_ADDRESSABLE_PAGE);
        PageRequest pageRequest = PageRequest.of(pageNumber, PAGE_SIZE, Sort.by(sortBy).and(Sort.by("id")));
        FacilityFilter filter = new FacilityFilter(query, type, kecamatanId, active);
        Page<FacilitySummary> result = facilities.search(currentAccess.scope(), filter, pageRequest);
        model.addAttribute("page", result);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sortBy);
        model.addAttribute("types", FacilityType.values());
        model.addAttribute("kecamatanOptions", facilities.kecamatanOptions());
        return "facilities/list";
    }

    @GetMapping("/{id}")
    String details(@PathVariable long id, Model model) {
        model.addAttribute("facility", facilities.details(currentAccess.scope(), id));
        return "facilities/details";
    }
}
