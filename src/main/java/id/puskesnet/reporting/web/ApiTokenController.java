package id.puskesnet.reporting.web;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.reporting.ApiTokens;
import id.puskesnet.reporting.ReportingOptions;
import id.puskesnet.reporting.ReportingUnit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator issues and revokes the API tokens of partner systems. */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final ReportingOptions options;
    private final CurrentAccess currentAccess;

    ApiTokenController(ApiTokens tokens, ReportingOptions options, CurrentAccess currentAccess) {
        this.tokens = tokens;
        this.options = options;
        this.currentAccess = currentAccess;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm(null, null, null));
        }
        model.addAttribute("tokens", tokens.list(currentAccess.scope()));
        // Beyond a select's worth of facilities the form takes a facility code.
        model.addAttribute("facilities", options.facilityChoices(currentAccess.scope())
                .map(units -> units.stream().filter(f -> f.active()).toList()).orElse(null));
        return "admin/api-tokens/list";
    }

    @PostMapping
    String issue(@Valid @ModelAttribute("form") TokenForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        Long facilityId = form.chosenFacilityId();
        if (form.facilityCode() != null && !form.facilityCode().isBlank()) {
            facilityId = options.visibleByCode(currentAccess.scope(), form.facilityCode().strip())
                    .map(ReportingUnit::id).orElse(null);
            if (facilityId == null) {
                errors.rejectValue("facilityCode", "apiToken.facility.unknown");
            }
        } else if (facilityId == null) {
            errors.rejectValue("facilityId", form.facilityId() == null || form.facilityId().isBlank()
                    ? "NotNull" : "apiToken.facility.unknown");
        }
        if (!errors.hasErrors()) {
            try {
                ApiTokens.IssuedToken issued = tokens.issue(currentAccess.scope(), facilityId, form.label());
                redirect.addFlashAttribute("issued", issued);
                redirect.addFlashAttribute("success", "apiToken.issued");
                return "redirect:/admin/api-tokens";
            } catch (BusinessRuleException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return list(model);
    }

    @GetMapping("/{id}/revoke")
    String confirmRevoke(@PathVariable long id, Model model) {
        model.addAttribute("token", tokens.find(currentAccess.scope(), id));
        return "admin/api-tokens/revoke";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(currentAccess.scope(), id);
        redirect.addFlashAttribute("success", "apiToken.revoked");
        return "redirect:/admin/api-tokens";
    }

    /** Which facility the token is for, and a label to recognise it by (e.g. the EMR's name). */
    record TokenForm(String facilityId, @Size(max = 30) String facilityCode, @NotBlank @Size(max = 100) String label) {

        /** The facility chosen from the list; null when none or not a facility id (a text, so a bad value never breaks binding). */
        Long chosenFacilityId() {
            try {
                return facilityId == null || facilityId.isBlank() ? null : Long.valueOf(facilityId.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
