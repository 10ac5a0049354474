package id.puskesnet.institution.web;

import java.util.ArrayList;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionDetails;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.institution.InstitutionService;
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
 * Create, edit, deactivate and reactivate. Who may do what is decided by {@link InstitutionRegistry} through the
 * user's scope; the pages only hide what the user may not do.
 */
@Controller
@RequestMapping("/institutions")
class InstitutionEditController {

    private static final String FORM = "institutions/form";

    private final InstitutionService institutions;
    private final InstitutionRegistry registry;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;

    InstitutionEditController(InstitutionService institutions, InstitutionRegistry registry,
                              FacilityService facilities, CurrentAccess currentAccess) {
        this.institutions = institutions;
        this.registry = registry;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
    }

    @GetMapping("/new")
    String newInstitution(Model model) {
        requireCreating();
        model.addAttribute("form", InstitutionForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") InstitutionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        AccessScope scope = requireCreating();
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = registry.create(scope, form.toData());
            redirect.addFlashAttribute("success", "institution.created");
            return "redirect:/institutions/" + id;
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        InstitutionDetails institution = managed(id);
        model.addAttribute("form", InstitutionForm.of(institution));
        return form(model, institution);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") InstitutionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        InstitutionDetails institution = managed(id);
        if (result.hasErrors()) {
            return form(model, institution);
        }
        try {
            registry.update(currentAccess.scope(), id, form.toData(), form.version());
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return form(model, institution);
        }
        redirect.addFlashAttribute("success", "institution.saved");
        return "redirect:/institutions/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        registry.setActive(currentAccess.scope(), id, false);
        redirect.addFlashAttribute("success", "institution.deactivated");
        return "redirect:/institutions/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        registry.setActive(currentAccess.scope(), id, true);
        redirect.addFlashAttribute("success", "institution.activated");
        return "redirect:/institutions/" + id;
    }

    private String form(Model model, InstitutionDetails institution) {
        AccessScope scope = currentAccess.scope();
        model.addAttribute("institution", institution);
        model.addAttribute("sectors", InstitutionSector.values());
        model.addAttribute("kecamatanOptions", facilities.kecamatanOptions());
        model.addAttribute("chooseOwner", scope.isAdministrator());
        if (scope.isAdministrator()) {
            List<FacilityOption> options = new ArrayList<>(facilities.activePuskesmasOptions());
            Long owner = institution == null ? null : institution.ownerPuskesmasId();
            // An owner deactivated since stays choosable, or saving would silently move the institution.
            if (owner != null && options.stream().noneMatch(o -> o.id() == owner)) {
                facilities.option(owner).ifPresent(options::add);
            }
            model.addAttribute("puskesmasOptions", options);
        } else {
            model.addAttribute("ownerName", scope.puskesmasId() == null ? null
                    : facilities.option(scope.puskesmasId()).map(FacilityOption::name).orElse(null));
        }
        return FORM;
    }

    private AccessScope requireCreating() {
        AccessScope scope = currentAccess.scope();
        if (!scope.canCreateInstitution()) {
            throw new AccessDeniedException("May not add institutions");
        }
        return scope;
    }

    private InstitutionDetails managed(long id) {
        InstitutionDetails institution = institutions.details(currentAccess.scope(), id);
        if (!institution.canManage()) {
            throw new AccessDeniedException("May not edit institution " + id);
        }
        return institution;
    }
}
