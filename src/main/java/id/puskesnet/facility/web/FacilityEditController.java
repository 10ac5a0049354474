package id.puskesnet.facility.web;

import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.facility.FacilityDetails;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.FacilityType;
import id.puskesnet.facility.IlpStatus;
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
 * Create and edit pages of the registry. Who may do what is decided by {@link FacilityRegistry} through
 * the user's scope; the pages only hide what the user may not do.
 */
@Controller
@RequestMapping("/facilities")
class FacilityEditController {

    private static final String PARTNER_FORM = "facilities/partner-form";
    private static final String PUSKESMAS_FORM = "facilities/puskesmas-form";
    private static final String CONTACT_FORM = "facilities/contact-form";
    private static final String MOVE_FORM = "facilities/move-form";

    private final FacilityService facilities;
    private final FacilityRegistry registry;
    private final CurrentAccess currentAccess;

    FacilityEditController(FacilityService facilities, FacilityRegistry registry, CurrentAccess currentAccess) {
        this.facilities = facilities;
        this.registry = registry;
        this.currentAccess = currentAccess;
    }

    // --- partners ---

    @GetMapping("/partners/new")
    String newPartner(Model model) {
        AccessScope scope = currentAccess.scope();
        if (!scope.isAdministrator() && scope.puskesmasId() == null) {
            throw new AccessDeniedException("May not add partners");
        }
        model.addAttribute("form", PartnerForm.empty(scope.puskesmasId()));
        return partnerForm(model, null);
    }

    @PostMapping("/partners/new")
    String createPartner(@Valid @ModelAttribute("form") PartnerForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        AccessScope scope = currentAccess.scope();
        if (!scope.isAdministrator() && scope.puskesmasId() == null) {
            throw new AccessDeniedException("May not add partners");
        }
        if (result.hasErrors()) {
            return partnerForm(model, null);
        }
        try {
            long id = registry.createPartner(scope, form.toData());
            redirect.addFlashAttribute("success", "facility.created");
            return "redirect:/facilities/" + id;
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return partnerForm(model, null);
        }
    }

    @GetMapping("/partners/{id}/edit")
    String editPartner(@PathVariable long id, Model model) {
        FacilityDetails facility = managedPartner(id);
        model.addAttribute("form", PartnerForm.of(facility));
        return partnerForm(model, facility);
    }

    @PostMapping("/partners/{id}/edit")
    String updatePartner(@PathVariable long id, @Valid @ModelAttribute("form") PartnerForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        FacilityDetails facility = managedPartner(id);
        if (result.hasErrors()) {
            return partnerForm(model, facility);
        }
        try {
            registry.updatePartner(currentAccess.scope(), id, form.toData(), versionOf(form.version()));
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return partnerForm(model, facility);
        }
        redirect.addFlashAttribute("success", "facility.saved");
        return "redirect:/facilities/" + id;
    }

    @GetMapping("/partners/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        FacilityDetails facility = movablePartner(id);
        model.addAttribute("form", new MoveForm(null, null, null));
        return moveForm(model, facility);
    }

    @PostMapping("/partners/{id}/move")
    String move(@PathVariable long id, @Valid @ModelAttribute("form") MoveForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        FacilityDetails facility = movablePartner(id);
        if (result.hasErrors()) {
            return moveForm(model, facility);
        }
        try {
            registry.movePartner(currentAccess.scope(), id, form.newPuskesmasId(), form.effectiveDate(), form.note());
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return moveForm(model, facility);
        }
        redirect.addFlashAttribute("success", "facility.moved");
        return "redirect:/facilities/" + id;
    }

    // --- puskesmas ---

    @GetMapping("/puskesmas/new")
    String newPuskesmas(Model model) {
        requireAdministrator();
        model.addAttribute("form", PuskesmasForm.empty());
        return puskesmasForm(model, null);
    }

    @PostMapping("/puskesmas/new")
    String createPuskesmas(@Valid @ModelAttribute("form") PuskesmasForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        requireAdministrator();
        if (result.hasErrors()) {
            return puskesmasForm(model, null);
        }
        try {
            long id = registry.createPuskesmas(currentAccess.scope(), form.toData());
            redirect.addFlashAttribute("success", "facility.created");
            return "redirect:/facilities/" + id;
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return puskesmasForm(model, null);
        }
    }

    @GetMapping("/puskesmas/{id}/edit")
    String editPuskesmas(@PathVariable long id, Model model) {
        FacilityDetails facility = administeredPuskesmas(id);
        model.addAttribute("form", PuskesmasForm.of(facility));
        return puskesmasForm(model, facility);
    }

    @PostMapping("/puskesmas/{id}/edit")
    String updatePuskesmas(@PathVariable long id, @Valid @ModelAttribute("form") PuskesmasForm form,
                           BindingResult result, Model model, RedirectAttributes redirect) {
        FacilityDetails facility = administeredPuskesmas(id);
        if (result.hasErrors()) {
            return puskesmasForm(model, facility);
        }
        try {
            registry.updatePuskesmas(currentAccess.scope(), id, form.toData(), versionOf(form.version()));
        } catch (BusinessRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return puskesmasForm(model, facility);
        }
        redirect.addFlashAttribute("success", "facility.saved");
        return "redirect:/facilities/" + id;
    }

    @PostMapping("/puskesmas/{id}/population")
    String population(@PathVariable long id, @Valid @ModelAttribute("populationForm") PopulationForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        FacilityDetails facility = administeredPuskesmas(id);
        if (result.hasErrors()) {
            model.addAttribute("facility", facility);
            return "facilities/details";
        }
        registry.setPopulation(currentAccess.scope(), id, form.year(), form.population());
        redirect.addFlashAttribute("success", "facility.population.saved");
        return "redirect:/facilities/" + id;
    }

    // --- any facility ---

    @GetMapping("/{id}/contact")
    String contactForm(@PathVariable long id, Model model) {
        FacilityDetails facility = contactEditable(id);
        model.addAttribute("form", ContactForm.of(facility));
        model.addAttribute("facility", facility);
        return CONTACT_FORM;
    }

    @PostMapping("/{id}/contact")
    String updateContact(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        FacilityDetails facility = contactEditable(id);
        if (result.hasErrors()) {
            model.addAttribute("facility", facility);
            return CONTACT_FORM;
        }
        registry.updateContact(currentAccess.scope(), id, form.toData(), versionOf(form.version()));
        redirect.addFlashAttribute("success", "facility.contact.saved");
        return "redirect:/facilities/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        registry.setActive(currentAccess.scope(), id, false);
        redirect.addFlashAttribute("success", "facility.deactivated");
        return "redirect:/facilities/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        registry.setActive(currentAccess.scope(), id, true);
        redirect.addFlashAttribute("success", "facility.activated");
        return "redirect:/facilities/" + id;
    }

    private String partnerForm(Model model, FacilityDetails facility) {
        model.addAttribute("facility", facility);
        model.addAttribute("partnerTypes", java.util.Arrays.stream(FacilityType.values())
                .filter(FacilityType::isPartner).toList());
        model.addAttribute("kelurahanOptions", facilities.kelurahanOptions(
                facility == null || facility.kelurahanId() == null ? List.of() : List.of(facility.kelurahanId())));
        model.addAttribute("chooseNetwork", facility == null && currentAccess.scope().isAdministrator());
        if (facility == null && currentAccess.scope().isAdministrator()) {
            model.addAttribute("puskesmasOptions", facilities.activePuskesmasOptions());
        }
        return PARTNER_FORM;
    }

    private String puskesmasForm(Model model, FacilityDetails facility) {
        model.addAttribute("facility", facility);
        model.addAttribute("kecamatanOptions", facilities.kecamatanOptions(facility == null ? null : facility.kecamatanId()));
        model.addAttribute("kelurahanOptions", facilities.kelurahanOptions(
                facility == null ? List.of() : facility.kelurahanServedIds()));
        model.addAttribute("ilpStatuses", IlpStatus.values());
        return PUSKESMAS_FORM;
    }

    private String moveForm(Model model, FacilityDetails facility) {
        model.addAttribute("facility", facility);
        model.addAttribute("puskesmasOptions", facilities.activePuskesmasOptions().stream()
                .filter(p -> p.id() != facility.networkPuskesmasId()).toList());
        return MOVE_FORM;
    }

    private FacilityDetails managedPartner(long id) {
        FacilityDetails facility = facilities.details(currentAccess.scope(), id);
        if (facility.isPuskesmas() || !facility.canManage()) {
            throw new AccessDeniedException("May not edit facility " + id);
        }
        return facility;
    }

    private FacilityDetails movablePartner(long id) {
        FacilityDetails facility = managedPartner(id);
        requireAdministrator();
        return facility;
    }

    private FacilityDetails administeredPuskesmas(long id) {
        requireAdministrator();
        FacilityDetails facility = facilities.details(currentAccess.scope(), id);
        if (!facility.isPuskesmas()) {
            throw new id.puskesnet.facility.FacilityNotFoundException(id);
        }
        return facility;
    }

    private FacilityDetails contactEditable(long id) {
        FacilityDetails facility = facilities.details(currentAccess.scope(), id);
        if (!facility.canUpdateContact()) {
            throw new AccessDeniedException("May not update contact of facility " + id);
        }
        return facility;
    }

    /** A form without its version cannot prove it saw the latest record: treat it as stale. */
    private static int versionOf(Integer version) {
        return version == null ? -1 : version;
    }

    private void requireAdministrator() {
        if (!currentAccess.scope().isAdministrator()) {
            throw new AccessDeniedException("Only the DKK administrator may do this");
        }
    }
}
