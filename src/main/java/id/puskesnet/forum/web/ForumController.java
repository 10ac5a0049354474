package id.puskesnet.forum.web;

import java.time.LocalDate;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.forum.FollowUpRegistry;
import id.puskesnet.forum.ForumFilter;
import id.puskesnet.forum.ForumRuleException;
import id.puskesnet.forum.ForumService;
import id.puskesnet.forum.ForumType;
import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.program.ProgramCatalog;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forum list, the forum's page (its printable minutes), and the reviews a forum makes of earlier follow-ups,
 * each within the user's scope.
 */
@Controller
@RequestMapping("/forums")
class ForumController {

    static final int PAGE_SIZE = 20;

    private final ForumService forums;
    private final FollowUpRegistry followUpRegistry;
    private final FacilityService facilities;
    private final ProgramCatalog programs;
    private final CurrentAccess currentAccess;

    ForumController(ForumService forums, FollowUpRegistry followUpRegistry, FacilityService facilities,
                    ProgramCatalog programs, CurrentAccess currentAccess) {
        this.forums = forums;
        this.followUpRegistry = followUpRegistry;
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

    @GetMapping("/{id}")
    String details(@PathVariable long id, Model model) {
        model.addAttribute("forum", forums.details(currentAccess.scope(), id));
        model.addAttribute("statuses", FollowUpStatus.values());
        return "forums/details";
    }

    /** Records the review of one earlier follow-up at this forum; problems come back as a message on the page. */
    @PostMapping("/{id}/reviews")
    String review(@PathVariable long id, @Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
                  RedirectAttributes redirect) {
        AccessScope scope = currentAccess.scope();
        if (!forums.details(scope, id).canManage()) {
            throw new AccessDeniedException("May not review at forum " + id);
        }
        String back = "redirect:/forums/" + id + "#review";
        if (result.hasErrors()) {
            redirect.addFlashAttribute("failure", "forum.review.invalid");
            return back;
        }
        try {
            followUpRegistry.review(scope, id, form.followUpId(), form.version(), form.status(), form.note());
        } catch (ForumRuleException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return back;
        }
        redirect.addFlashAttribute("success", "forum.review.saved");
        return back;
    }
}
