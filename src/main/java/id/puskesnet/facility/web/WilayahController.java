package id.puskesnet.facility.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.KecamatanDetails;
import id.puskesnet.facility.KelurahanDetails;
import id.puskesnet.facility.KotaOption;
import id.puskesnet.facility.WilayahRegistry;
import id.puskesnet.facility.WilayahService;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The wilayah reference pages. Who may read and who may change is decided by {@link WilayahService} and
 * {@link WilayahRegistry}; every form page asks before it shows or binds anything.
 */
@Controller
@RequestMapping("/wilayah")
class WilayahController {

    private static final String OVERVIEW = "wilayah/overview";
    private static final String KECAMATAN_FORM = "wilayah/kecamatan-form";
    private static final String KELURAHAN_FORM = "wilayah/kelurahan-form";

    private final WilayahService wilayah;
    private final WilayahRegistry registry;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;

    WilayahController(WilayahService wilayah, WilayahRegistry registry, FacilityService facilities,
                      CurrentAccess currentAccess) {
        this.wilayah = wilayah;
        this.registry = registry;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
    }

    @GetMapping
    String overview(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("overview", wilayah.overview(currentAccess.scope(), query));
        return OVERVIEW;
    }

    /** Every kelurahan the search shows, with its kecamatan and the puskesmas serving it. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(name = "q", required = false) String query) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("wilayah.csv").build().toString())
                .body(wilayah.exportCsv(currentAccess.scope(), query));
    }

    // --- kecamatan ---

    @GetMapping("/kecamatan/new")
    String newKecamatan(Model model) {
        wilayah.requireEditor(currentAccess.scope());
        List<KotaOption> kota = wilayah.kotaOptions();
        model.addAttribute("form", KecamatanForm.empty(kota.size() == 1 ? kota.get(0).id() : null));
        return kecamatanForm(model, null);
    }

    @PostMapping("/kecamatan/new")
    String createKecamatan(@Valid @ModelAttribute("form") KecamatanForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        AccessScope scope = currentAccess.scope();
        wilayah.requireEditor(scope);
        if (result.hasErrors()) {
            return kecamatanForm(model, null);
        }
        try {
            registry.createKecamatan(scope, form.toData());
        } catch (BusinessRuleException e) {
            reject(result, e);
            return kecamatanForm(model, null);
        }
        redirect.addFlashAttribute("success", "wilayah.kecamatan.created");
        return "redirect:/wilayah";
    }

    @GetMapping("/kecamatan/{id}/edit")
    String editKecamatan(@PathVariable long id, Model model) {
        KecamatanDetails kecamatan = wilayah.kecamatan(currentAccess.scope(), id);
        model.addAttribute("form", KecamatanForm.of(kecamatan));
        return kecamatanForm(model, kecamatan);
    }

    @PostMapping("/kecamatan/{id}/edit")
    String updateKecamatan(@PathVariable long id, @Valid @ModelAttribute("form") KecamatanForm form,
                           BindingResult result, Model model, RedirectAttributes redirect) {
        AccessScope scope = currentAccess.scope();
        KecamatanDetails kecamatan = wilayah.kecamatan(scope, id);
        if (result.hasErrors()) {
            return kecamatanForm(model, kecamatan);
        }
        try {
            registry.updateKecamatan(scope, id, form.toData(), versionOf(form.version()));
        } catch (BusinessRuleException e) {
            reject(result, e);
            return kecamatanForm(model, kecamatan);
        }
        redirect.addFlashAttribute("success", "wilayah.saved");
        return "redirect:/wilayah";
    }

    @PostMapping("/kecamatan/{id}/deactivate")
    String deactivateKecamatan(@PathVariable long id, RedirectAttributes redirect) {
        return setActive(redirect, "redirect:/wilayah/kecamatan/" + id + "/edit", "wilayah.deactivated",
                () -> registry.setKecamatanActive(currentAccess.scope(), id, false));
    }

    @PostMapping("/kecamatan/{id}/activate")
    String activateKecamatan(@PathVariable long id, RedirectAttributes redirect) {
        return setActive(redirect, "redirect:/wilayah/kecamatan/" + id + "/edit", "wilayah.activated",
                () -> registry.setKecamatanActive(currentAccess.scope(), id, true));
    }

    // --- kelurahan ---

    @GetMapping("/kelurahan/new")
    String newKelurahan(@RequestParam(name = "kecamatan", required = false) Long kecamatanId, Model model) {
        wilayah.requireEditor(currentAccess.scope());
        model.addAttribute("form", KelurahanForm.empty(kecamatanId));
        return kelurahanForm(model, null);
    }

    @PostMapping("/kelurahan/new")
    String createKelurahan(@Valid @ModelAttribute("form") KelurahanForm form, BindingResult result, Model model,
                           RedirectAttributes redirect) {
        AccessScope scope = currentAccess.scope();
        wilayah.requireEditor(scope);
        if (result.hasErrors()) {
            return kelurahanForm(model, null);
        }
        try {
            registry.createKelurahan(scope, form.toData());
        } catch (BusinessRuleException e) {
            reject(result, e);
            return kelurahanForm(model, null);
        }
        redirect.addFlashAttribute("success", "wilayah.kelurahan.created");
        return "redirect:/wilayah";
    }

    @GetMapping("/kelurahan/{id}/edit")
    String editKelurahan(@PathVariable long id, Model model) {
        KelurahanDetails kelurahan = wilayah.kelurahan(currentAccess.scope(), id);
        model.addAttribute("form", KelurahanForm.of(kelurahan));
        return kelurahanForm(model, kelurahan);
    }

    @PostMapping("/kelurahan/{id}/edit")
    String updateKelurahan(@PathVariable long id, @Valid @ModelAttribute("form") KelurahanForm form,
                           BindingResult result, Model model, RedirectAttributes redirect) {
        AccessScope scope = currentAccess.scope();
        KelurahanDetails kelurahan = wilayah.kelurahan(scope, id);
        if (result.hasErrors()) {
            return kelurahanForm(model, kelurahan);
        }
        try {
            registry.updateKelurahan(scope, id, form.toData(), versionOf(form.version()));
        } catch (BusinessRuleException e) {
            reject(result, e);
            return kelurahanForm(model, kelurahan);
        }
        redirect.addFlashAttribute("success", "wilayah.saved");
        return "redirect:/wilayah";
    }

    @PostMapping("/kelurahan/{id}/deactivate")
    String deactivateKelurahan(@PathVariable long id, RedirectAttributes redirect) {
        return setActive(redirect, "redirect:/wilayah/kelurahan/" + id + "/edit", "wilayah.deactivated",
                () -> registry.setKelurahanActive(currentAccess.scope(), id, false));
    }

    @PostMapping("/kelurahan/{id}/activate")
    String activateKelurahan(@PathVariable long id, RedirectAttributes redirect) {
        return setActive(redirect, "redirect:/wilayah/kelurahan/" + id + "/edit", "wilayah.activated",
                () -> registry.setKelurahanActive(currentAccess.scope(), id, true));
    }

    private String kecamatanForm(Model model, KecamatanDetails kecamatan) {
        model.addAttribute("kecamatan", kecamatan);
        model.addAttribute("kotaOptions", wilayah.kotaOptions());
        return KECAMATAN_FORM;
    }

    private String kelurahanForm(Model model, KelurahanDetails kelurahan) {
        model.addAttribute("kelurahan", kelurahan);
        model.addAttribute("kecamatanOptions", facilities.kecamatanOptions(kelurahan == null ? null : kelurahan.kecamatanId()));
        return KELURAHAN_FORM;
    }

    /** A refused (de)activation has no form to show its reason beside: it comes back as a message. */
    private static String setActive(RedirectAttributes redirect, String target, String successKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("success", successKey);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return target;
    }

    private static void reject(BindingResult result, BusinessRuleException e) {
        if (e.field() == null) {
            result.reject(e.messageKey());
        } else {
            result.rejectValue(e.field(), e.messageKey());
        }
    }

    /** A form without its version cannot prove it saw the latest record: treat it as stale. */
    private static int versionOf(Integer version) {
        return version == null ? -1 : version;
    }
}
