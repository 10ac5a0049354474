package id.puskesnet.mou.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.mou.MouDetails;
import id.puskesnet.mou.MouParty;
import id.puskesnet.mou.MouRegistry;
import id.puskesnet.mou.MouService;
import id.puskesnet.program.ProgramOption;
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

/**
 * Record, edit, renew and terminate MoUs. Who may do what is decided by {@link MouRegistry} through the user's
 * scope; the pages only hide what the user may not do.
 */
@Controller
@RequestMapping("/mous")
class MouEditController {

    private static final String FORM = "mous/form";
    private static final String TERMINATE = "mous/terminate";

    private final MouService mous;
    private final MouRegistry registry;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;
    private final Clock clock;

    MouEditController(MouService mous, MouRegistry registry, FacilityService facilities, CurrentAccess currentAccess,
                      Clock clock) {
        this.mous = mous;
        this.registry = registry;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newMou(Model model) {
        AccessScope scope = requireCreating();
        model.addAttribute("form", MouForm.empty(scope.puskesmasId()));
        return form(model, Mode.NEW, null, List.of());
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") MouForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        AccessScope scope = requireCreating();
        if (result.hasErrors()) {
            return form(model, Mode.NEW, null, List.of());
        }
        try {
            long id = registry.create(scope, form.toData());
            redirect.addFlashAttribute("success", "mou.created");
            return "redirect:/mous/" + id;
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return form(model, Mode.NEW, null, List.of());
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        MouDetails mou = managed(id);
        model.addAttribute("form", MouForm.of(mou));
        return form(model, Mode.EDIT, mou, partyIds(mou));
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MouForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        MouDetails mou = managed(id);
        if (result.hasErrors()) {
            return form(model, Mode.EDIT, mou, partyIds(mou));
        }
        try {
            registry.update(currentAccess.scope(), id, form.toData(), form.version());
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return form(model, Mode.EDIT, mou, partyIds(mou));
        }
        redirect.addFlashAttribute("success", "mou.saved");
        return "redirect:/mous/" + id;
    }

    /** A copy of the MoU to start the renewal from, linked to it once saved. */
    @GetMapping("/{id}/renew")
    String renewal(@PathVariable long id, Model model, RedirectAttributes redirect) {
        MouDetails mou = managed(id);
        if (!mou.renewable()) {
            redirect.addFlashAttribute("failure", "mou.renew.notOffered");
            return "redirect:/mous/" + id;
        }
        model.addAttribute("form", MouForm.of(mous.renewalTemplate(currentAccess.scope(), id)));
        return form(model, Mode.RENEW, mou, List.of());
    }

    @PostMapping("/{id}/renew")
    String renew(@PathVariable long id, @Valid @ModelAttribute("form") MouForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        MouDetails mou = managed(id);
        if (result.hasErrors()) {
            return form(model, Mode.RENEW, mou, List.of());
        }
        try {
            long renewal = registry.renew(currentAccess.scope(), id, form.toData());
            redirect.addFlashAttribute("success", "mou.renewed");
            return "redirect:/mous/" + renewal;
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return form(model, Mode.RENEW, mou, List.of());
        }
    }

    /** The confirmation step before an MoU is ended: from when, and why. */
    @GetMapping("/{id}/terminate")
    String termination(@PathVariable long id, Model model, RedirectAttributes redirect) {
        MouDetails mou = managed(id);
        if (!mou.terminable()) {
            redirect.addFlashAttribute("failure", "mou.terminate.already");
            return "redirect:/mous/" + id;
        }
        model.addAttribute("mou", mou);
        model.addAttribute("form", new TerminateForm(LocalDate.now(clock), null, mou.version()));
        return TERMINATE;
    }

    @PostMapping("/{id}/terminate")
    String terminate(@PathVariable long id, @Valid @ModelAttribute("form") TerminateForm form, BindingResult result,
                     Model model, RedirectAttributes redirect) {
        MouDetails mou = managed(id);
        model.addAttribute("mou", mou);
        if (result.hasErrors()) {
            return TERMINATE;
        }
        try {
            registry.terminate(currentAccess.scope(), id, form.terminatedOn(), form.reason(), form.version());
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return TERMINATE;
        }
        redirect.addFlashAttribute("success", "mou.terminated");
        return "redirect:/mous/" + id;
    }

    /** Which form the page shows: a new MoU, an edit, or a renewal of an existing one. */
    enum Mode {
        NEW, EDIT, RENEW
    }

    private String form(Model model, Mode mode, MouDetails mou, Collection<Long> currentParties) {
        AccessScope scope = currentAccess.scope();
        model.addAttribute("mode", mode.name());
        model.addAttribute("mou", mou);
        boolean chooseOwner = scope.isAdministrator() && mode != Mode.RENEW;
        model.addAttribute("chooseOwner", chooseOwner);
        if (chooseOwner) {
            List<FacilityOption> options = new ArrayList<>(facilities.activePuskesmasOptions());
            Long owner = mou == null ? null : mou.ownerPuskesmasId();
            // An owner deactivated since stays choosable, or saving would silently move the MoU.
            if (owner != null && options.stream().noneMatch(o -> o.id() == owner)) {
                facilities.option(owner).ifPresent(options::add);
            }
            model.addAttribute("puskesmasOptions", options);
        } else {
            Long owner = mou != null ? mou.ownerPuskesmasId() : scope.puskesmasId();
            model.addAttribute("ownerName", owner == null ? null
                    : facilities.option(owner).map(FacilityOption::name).orElse(null));
        }
        model.addAttribute("institutionOptions", mous.institutionChoices(scope, currentParties));
        model.addAttribute("programOptions", mous.programChoices(scope,
                mou == null || mode == Mode.RENEW ? List.of() : mou.programs().stream().map(ProgramOption::id).toList()));
        return FORM;
    }

    private static Set<Long> partyIds(MouDetails mou) {
        return Set.copyOf(mou.institutions().stream().map(MouParty::id).toList());
    }

    private AccessScope requireCreating() {
        AccessScope scope = currentAccess.scope();
        if (!scope.canCreateMou()) {
            throw new AccessDeniedException("May not record MoUs");
        }
        return scope;
    }

    private MouDetails managed(long id) {
        MouDetails mou = mous.details(currentAccess.scope(), id);
        if (!mou.canManage()) {
            throw new AccessDeniedException("May not change MoU " + id);
        }
        return mou;
    }
}
