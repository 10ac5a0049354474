package id.puskesnet.forum.web;

import java.time.LocalDate;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.forum.ForumFilter;
import id.puskesnet.forum.ForumService;
import id.puskesnet.forum.ForumType;
import id.puskesnet.program.ProgramCatalog;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The forum list with its filters, within the user's scope. */
@Controller
@RequestMapping("/forums")
class ForumListController {

    static final int PAGE_SIZE = 20;

    private final ForumService forums;
    private final FacilityService facilities;
    private final ProgramCatalog programs;
    private final CurrentAccess currentAccess;

    ForumListController(ForumService forums, FacilityService facilities, ProgramCatalog programs,
                        CurrentAccess currentAccess) {
        this.forums = forums;
        this.facilities = facilities;
        this.programs = programs;
        this.currentAccess = currentAccess;
    }

    @ModelAttribute("filter")
    ForumFilter filter(@RequestParam(name = "puskesmas", required = false) Long puskesmasId,
                       @RequestParam(name = "type", required = false) ForumType type,
                       @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                       LocalDate heldFrom,
                       @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                       LocalDate heldTo,
                       @RequestParam(name = "program", required = false) Long programId) {
        return new ForumFilter(puskesmasId, type, heldFrom, heldTo, programId);
    }

    @GetMapping
    String list(@ModelAttribute("filter") ForumFilter filter,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        AccessScope scope = currentAccess.scope();
        model.addAttribute("page", forums.search(scope, filter,
                PageRequests.of(page, PAGE_SIZE, Sort.by(Sort.Order.desc("heldOn"), Sort.Order.desc("id")))));
        model.addAttribute("types", ForumType.values());
        model.addAttribute("programs", programs.all());
        model.addAttribute("puskesmasFilter", scope.cityWide());
        if (scope.cityWide()) {
            model.addAttribute("puskesmasOptions", facilities.activePuskesmasOptions());
        }
        model.addAttribute("canCreate", forums.canRecord(scope));
        return "forums/list";
    }
}
