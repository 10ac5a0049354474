package id.puskesnet.forum.web;

import java.time.Clock;
import java.time.LocalDate;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.forum.FollowUpDetails;
import id.puskesnet.forum.FollowUpRegistry;
import id.puskesnet.forum.FollowUpService;
import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.forum.ForumRuleException;
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

/** The follow-up's page: its progress notes, the form for progress and status changes, and its evidence. */
@Controller
@RequestMapping("/follow-ups/{id}")
class FollowUpController {

    private static final String DETAILS = "follow-ups/details";
    private static final String PROGRESS_FORM = "progressForm";
    private static final String EVIDENCE_FORM = "evidenceForm";

    private final FollowUpService followUps;
    private final FollowUpRegistry registry;
    private final CurrentAccess currentAccess;
    private final Clock clock;

    FollowUpController(FollowUpService followUps, FollowUpRegistry registry, CurrentAccess currentAccess,
                       Clock clock) {
        this.followUps = followUps;
        this.registry = registry;
        this.currentAccess = currentAccess;
        this.clock = clock;
    }

    @GetMapping
    String details(@PathVariable long id, Model model) {
        return detailsPage(model, followUps.details(currentAccess.scope(), id));
    }

    @PostMapping("/progress")
    String progress(@PathVariable long id, @Valid @ModelAttribute(PROGRESS_FORM) ProgressForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        FollowUpDetails details = managed(id);
        if (result.hasErrors()) {
            return detailsPage(model, details);
        }
        try {
            registry.recordProgress(currentAccess.scope(), id, form.version(), form.toData());
        } catch (ForumRuleException e) {
            for (ForumRuleException.Violation v : e.violations()) {
                if (v.field() == null) {
                    result.reject(v.messageKey());
                } else {
                    result.rejectValue(v.field(), v.messageKey());
                }
            }
            return detailsPage(model, details);
        }
        redirect.addFlashAttribute("success", "followUp.progress.saved");
        return "redirect:/follow-ups/" + id;
    }

    @PostMapping("/evidence")
    String evidence(@PathVariable long id, @Valid @ModelAttribute(EVIDENCE_FORM) EvidenceForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        FollowUpDetails details = managed(id);
        if (result.hasErrors()) {
            return detailsPage(model, details);
        }
        registry.setEvidence(currentAccess.scope(), id, form.version(), form.evidence());
        redirect.addFlashAttribute("success", "followUp.evidence.saved");
        return "redirect:/follow-ups/" + id;
    }

    /** The page; a form that was just posted stays in the model as bound, with its errors. */
    private String detailsPage(Model model, FollowUpDetails details) {
        model.addAttribute("followUp", details);
        if (!model.containsAttribute(PROGRESS_FORM)) {
            model.addAttribute(PROGRESS_FORM, new ProgressForm(LocalDate.now(clock), details.followUp().status(),
                    null, details.followUp().version()));
        }
        if (!model.containsAttribute(EVIDENCE_FORM)) {
            model.addAttribute(EVIDENCE_FORM, new EvidenceForm(details.evidence(), details.followUp().version()));
        }
        model.addAttribute("statuses", FollowUpStatus.values());
        return DETAILS;
    }

    private FollowUpDetails managed(long id) {
        FollowUpDetails details = followUps.details(currentAccess.scope(), id);
        if (!details.canManage()) {
            throw new AccessDeniedException("May not change follow-up " + id);
        }
        return details;
    }
}
