package id.puskesnet.mou.web;

import java.time.Clock;
import java.time.LocalDate;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.mou.MouDetails;
import id.puskesnet.mou.MouRegistry;
import id.puskesnet.mou.MouService;
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

/** The collaboration log of an MoU: add, edit and delete entries, for those who manage the MoU. */
@Controller
@RequestMapping("/mous/{id}/log")
class MouLogController {

    private static final String FORM = "mous/log-entry-form";

    private final MouService mous;
    private final MouRegistry registry;
    private final CurrentAccess currentAccess;
    private final Clock clock;

    MouLogController(MouService mous, MouRegistry registry, CurrentAccess currentAccess, Clock clock) {
        this.mous = mous;
        this.registry = registry;
        this.currentAccess = currentAccess;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newEntry(@PathVariable long id, Model model) {
        model.addAttribute("mou", managed(id));
        model.addAttribute("form", LogEntryForm.empty(LocalDate.now(clock)));
        model.addAttribute("entryId", null);
        return FORM;
    }

    @PostMapping("/new")
    String add(@PathVariable long id, @Valid @ModelAttribute("form") LogEntryForm form, BindingResult result,
               Model model, RedirectAttributes redirect) {
        model.addAttribute("mou", managed(id));
        model.addAttribute("entryId", null);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            registry.addLogEntry(currentAccess.scope(), id, form.toData());
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("success", "mou.log.added.done");
        return "redirect:/mous/" + id + "#log";
    }

    @GetMapping("/{entryId}/edit")
    String edit(@PathVariable long id, @PathVariable long entryId, Model model) {
        model.addAttribute("mou", managed(id));
        model.addAttribute("form", LogEntryForm.of(mous.logEntry(currentAccess.scope(), id, entryId)));
        model.addAttribute("entryId", entryId);
        return FORM;
    }

    @PostMapping("/{entryId}/edit")
    String update(@PathVariable long id, @PathVariable long entryId, @Valid @ModelAttribute("form") LogEntryForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("mou", managed(id));
        model.addAttribute("entryId", entryId);
        // An entry of another MoU is a 404 even when the form is invalid.
        mous.logEntry(currentAccess.scope(), id, entryId);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            registry.updateLogEntry(currentAccess.scope(), id, entryId, form.toData(), form.version());
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("success", "mou.log.changed.done");
        return "redirect:/mous/" + id + "#log";
    }

    @PostMapping("/{entryId}/delete")
    String delete(@PathVariable long id, @PathVariable long entryId, RedirectAttributes redirect) {
        registry.deleteLogEntry(currentAccess.scope(), id, entryId);
        redirect.addFlashAttribute("success", "mou.log.deleted.done");
        return "redirect:/mous/" + id + "#log";
    }

    private MouDetails managed(long id) {
        MouDetails mou = mous.details(currentAccess.scope(), id);
        if (!mou.canManage()) {
            throw new AccessDeniedException("May not change the log of MoU " + id);
        }
        return mou;
    }
}
