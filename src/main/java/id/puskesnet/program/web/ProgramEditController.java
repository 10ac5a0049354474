package id.puskesnet.program.web;

import java.util.ArrayList;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramDetails;
import id.puskesnet.program.ProgramKind;
import id.puskesnet.program.ProgramRegistry;
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
 * Create, edit, deactivate and reactivate programs. Who may do what is decided by {@link ProgramRegistry}
 * through the user's scope; the pages only hide what the user may not do.
 */
@Controller
@RequestMapping("/programs")
class ProgramEditController {

    private static final String FORM = "programs/form";

    private final ProgramCatalog catalog;
    private final ProgramRegistry registry;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;

    ProgramEditController(ProgramCatalog catalog, ProgramRegistry registry, FacilityService facilities,
                          CurrentAccess currentAccess) {
        this.catalog = catalog;
        this.registry = registry;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
    }

    @GetMapping("/new")
    String newProgram(Model model) {
        requireCreating();
        model.addAttribute("form", ProgramForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") ProgramForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        AccessScope scope = requireCreating();
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = registry.create(scope, form.toData());
            redirect.addFlashAttribute("success", "program.created");
            return "redirect:/programs/" + id;
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ProgramDetails program = managed(id);
        model.addAttribute("form", ProgramForm.of(program));
        return form(model, program);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProgramForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        ProgramDetails program = managed(id);
        if (result.hasErrors()) {
            return form(model, program);
        }
        try {
            registry.update(currentAccess.scope(), id, form.toData(), form.version());
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return form(model, program);
        }
        redirect.addFlashAttribute("success", "program.saved");
        return "redirect:/programs/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        registry.setActive(currentAccess.scope(), id, false);
        redirect.addFlashAttribute("success", "program.deactivated");
        return "redirect:/programs/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        registry.setActive(currentAccess.scope(), id, true);
        redirect.addFlashAttribute("success", "program.activated");
        return "redirect:/programs/" + id;
    }

    private String form(Model model, ProgramDetails program) {
        AccessScope scope = currentAccess.scope();
        model.addAttribute("program", program);
        model.addAttribute("administrator", scope.isAdministrator());
        if (scope.isAdministrator()) {
            model.addAttribute("kinds", ProgramKind.values());
            List<FacilityOption> options = new ArrayList<>(facilities.activePuskesmasOptions());
            Long owner = program == null ? null : program.ownerPuskesmasId();
            // An owner deactivated since stays choosable, or saving would silently move the program.
            if (owner != null && options.stream().noneMatch(o -> o.id() == owner)) {
                facilities.option(owner).ifPresent(options::add);
            }
            model.addAttribute("puskesmasOptions", options);
        } else {
            model.addAttribute("ownerName", facilities.option(scope.puskesmasId()).map(FacilityOption::name)
                    .orElse(null));
        }
        return FORM;
    }

    private AccessScope requireCreating() {
        AccessScope scope = currentAccess.scope();
        if (!scope.canCreateProgram()) {
            throw new AccessDeniedException("May not add programs");
        }
        return scope;
    }

    private ProgramDetails managed(long id) {
        ProgramDetails program = catalog.details(currentAccess.scope(), id);
        if (!program.canManage()) {
            throw new AccessDeniedException("May not edit program " + id);
        }
        return program;
    }
}
