package id.puskesnet.mou.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.mou.MouDocumentFile;
import id.puskesnet.mou.MouRegistry;
import id.puskesnet.mou.MouService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed document of an MoU: upload by those who manage the MoU, download by those who may see it. Files
 * above the upload limit are refused by the container before they get here (the 413 page).
 */
@Controller
@RequestMapping("/mous/{id}/document")
class MouDocumentController {

    private final MouService mous;
    private final MouRegistry registry;
    private final CurrentAccess currentAccess;

    MouDocumentController(MouService mous, MouRegistry registry, CurrentAccess currentAccess) {
        this.mous = mous;
        this.registry = registry;
        this.currentAccess = currentAccess;
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        try {
            registry.attachDocument(currentAccess.scope(), id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("success", "mou.document.saved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded document", e);
        }
        return "redirect:/mous/" + id;
    }

    /**
     * Always an attachment served as PDF with nosniff: the browser saves it instead of rendering whatever a
     * crafted file might contain in the app's origin.
     */
    @GetMapping
    ResponseEntity<byte[]> download(@PathVariable long id) {
        MouDocumentFile document = mous.document(currentAccess.scope(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(document.content());
    }
}
