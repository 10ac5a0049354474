package id.puskesnet.forum.web;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.forum.FollowUpRegistry;
import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.forum.ForumRuleException;
import id.puskesnet.forum.ForumService;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forum's page (its printable minutes) and the reviews it makes of earlier follow-ups. */
@Controller
@RequestMapping("/forums/{id}")
class ForumController {

    private final ForumService forums;
    private final FollowUpRegistry followUpRegistry;
    private final CurrentAccess currentAccess;

    ForumController(ForumService forums, FollowUpRegistry followUpRegistry, CurrentAccess currentAccess) {
        this.forums = forums;
        this.followUpRegistry = followUpRegistry;
        this.currentAccess = currentAccess;
    }

    @GetMapping
    String details(@PathVariable long id, Model model) {
        model.addAttribute("forum", forums.details(currentAccess.scope(), id));
        model.addAttribute("statuses", FollowUpStatus.values());
        return "forums/details";
    }

    /** Records the review of one earlier follow-up at this forum; problems come back as a message on the page. */
    @PostMapping("/reviews")
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
