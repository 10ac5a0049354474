package id.puskesnet.indicator.web;

import java.util.HashMap;
import java.util.Map;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.indicator.IndicatorCatalog;
import id.puskesnet.indicator.IndicatorDefinition;
import id.puskesnet.indicator.TargetKind;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
import id.puskesnet.reporting.DataElementCatalog;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The indicator catalogue for the DKK administrator: every definition, and editing its target and texts. */
@Controller
@RequestMapping("/admin/indicators")
class IndicatorAdminController {

    private final IndicatorCatalog catalog;
    private final ProgramCatalog programs;
    private final DataElementCatalog elements;
    private final CurrentAccess currentAccess;

    IndicatorAdminController(IndicatorCatalog catalog, ProgramCatalog programs, DataElementCatalog elements,
                             CurrentAccess currentAccess) {
        this.catalog = catalog;
        this.programs = programs;
        this.elements = elements;
        this.currentAccess = currentAccess;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("indicators", catalog.all());
        reference(model);
        return "indicators/list";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        IndicatorDefinition indicator = find(id);
        model.addAttribute("form", IndicatorForm.of(indicator));
        return form(model, indicator);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        IndicatorDefinition indicator = find(id);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, indicator);
        }
        catalog.update(currentAccess.scope(), id, form.changes(), form.version());
        redirect.addFlashAttribute("success", "indicator.saved");
        return "redirect:/admin/indicators/" + id + "/edit";
    }

    private String form(Model model, IndicatorDefinition indicator) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("history", catalog.history(indicator.id()));
        reference(model);
        return "indicators/form";
    }

    private void reference(Model model) {
        Map<Long, ProgramOption> programById = new HashMap<>();
        programs.all().forEach(p -> programById.put(p.id(), p));
        Map<Long, String> elementCodes = new HashMap<>();
        elements.all().forEach(e -> elementCodes.put(e.id(), e.code()));
        Map<Long, TargetKind> kinds = new HashMap<>();
        catalog.targetKinds().forEach(k -> kinds.put(k.id(), k));
        model.addAttribute("programById", programById);
        model.addAttribute("elementCodes", elementCodes);
        model.addAttribute("targetKinds", kinds);
    }

    private IndicatorDefinition find(long id) {
        return catalog.find(id).orElseThrow(() -> new NotFoundException("indicator " + id));
    }
}
