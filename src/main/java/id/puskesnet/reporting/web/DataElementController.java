package id.puskesnet.reporting.web;

import java.util.Arrays;
import java.util.List;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.facility.FacilityType;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.reporting.DataElementAdministration;
import id.puskesnet.reporting.DataElementCatalog;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data element catalogue, managed by the DKK administrator (the URL rule keeps everyone else out). */
@Controller
@RequestMapping("/admin/data-elements")
class DataElementController {

    private final DataElementCatalog catalog;
    private final DataElementAdministration administration;
    private final ProgramCatalog programs;
    private final CurrentAccess currentAccess;

    DataElementController(DataElementCatalog catalog, DataElementAdministration administration, ProgramCatalog programs,
                          CurrentAccess currentAccess) {
        this.catalog = catalog;
        this.administration = administration;
        this.programs = programs;
        this.currentAccess = currentAccess;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("programs", programs.all());
        model.addAttribute("facilityTypes", Arrays.stream(FacilityType.values()).map(Enum::name).toList());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("elements", catalog.all());
        model.addAttribute("rules", catalog.rules());
        model.addAttribute("byId", catalog.byId());
        return "admin/data-elements/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", DataElementForm.empty());
        return "admin/data-elements/form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") DataElementForm form, BindingResult errors, RedirectAttributes redirect) {
        requireReporters(form, errors);
        if (errors.hasErrors()) {
            return "admin/data-elements/form";
        }
        try {
            administration.create(currentAccess.scope(), form.toData());
        } catch (BusinessRuleException e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "admin/data-elements/form";
        }
        redirect.addFlashAttribute("success", "dataElement.created");
        return "redirect:/admin/data-elements";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("form", DataElementForm.of(administration.find(id), administration.version(id)));
        model.addAttribute("elementId", id);
        model.addAttribute("history", administration.history(id));
        return "admin/data-elements/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DataElementForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("elementId", id);
        model.addAttribute("history", administration.history(id));
        requireReporters(form, errors);
        if (errors.hasErrors()) {
            return "admin/data-elements/form";
        }
        try {
            administration.update(currentAccess.scope(), id, form.toData(), form.versionOrZero());
        } catch (BusinessRuleException e) {
            errors.rejectValue(e.field(), e.messageKey());
            return "admin/data-elements/form";
        }
        redirect.addFlashAttribute("success", "dataElement.saved");
        return "redirect:/admin/data-elements";
    }

    private static void requireReporters(DataElementForm form, BindingResult errors) {
        List<String> types = form.reporterTypes() == null ? List.of() : form.reporterTypes();
        List<String> known = Arrays.stream(FacilityType.values()).map(Enum::name).toList();
        if (!errors.hasFieldErrors("maxValue") && form.maxValue() != null && !form.maxValueInRange()) {
            errors.rejectValue("maxValue", "dataElement.maxValue.range");
        }
        if (types.isEmpty()) {
            errors.rejectValue("reporterTypes", "dataElement.reporters.required");
        } else if (!known.containsAll(types)) {
            errors.rejectValue("reporterTypes", "typeMismatch");
        }
    }
}
