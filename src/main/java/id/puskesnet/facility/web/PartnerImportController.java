package id.puskesnet.facility.web;

import java.io.IOException;
import java.util.Optional;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.common.web.OversizedUploadFilter;
import id.puskesnet.facility.PartnerImport;
import id.puskesnet.facility.PartnerImportCheck;
import id.puskesnet.facility.PartnerImportOutdatedException;
import id.puskesnet.facility.PartnerImportResult;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The DKK administrator's partner import: upload a CSV file, see what it would do (the upload is kept in the
 * session under a token, so the preview survives the redirect and reloads), then import it all or cancel.
 */
@Controller
@RequestMapping("/facilities/import")
class PartnerImportController {

    /** Far more than a city's partners take (about 5,000 rows); the multipart limit is set higher so this is the one users meet. */
    static final long MAX_BYTES = 1024 * 1024;
    private static final String UPLOAD = "facilities/import-upload";
    private static final String PREVIEW = "facilities/import-preview";
    private static final int FILE_NAME_MAX = 100;

    private final PartnerImport partnerImport;
    private final CurrentAccess currentAccess;

    PartnerImportController(PartnerImport partnerImport, CurrentAccess currentAccess) {
        this.partnerImport = partnerImport;
        this.currentAccess = currentAccess;
    }

    @GetMapping
    String uploadForm(@RequestParam(name = OversizedUploadFilter.PARAMETER, defaultValue = "false") boolean tooLarge,
                      Model model) {
        administrator();
        return uploadPage(model, tooLarge ? "facility.import.file.tooLarge" : null, new Object[0]);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
                  Model model) throws IOException {
        AccessScope scope = administrator();
        if (file == null || (file.isEmpty() && isBlank(file.getOriginalFilename()))) {
            return uploadPage(model, "facility.import.file.missing", new Object[0]);
        }
        if (file.getSize() > MAX_BYTES) {
            return uploadPage(model, "facility.import.file.tooLarge", new Object[0]);
        }
        byte[] content = file.getBytes();
        PartnerImportCheck check = partnerImport.check(scope, content);
        if (check.fileProblem() != null) {
            return uploadPage(model, check.fileProblem(), check.fileProblemArguments().toArray());
        }
        String token = PendingImports.add(session, new PendingImport(fileName(file), content, check));
        return "redirect:/facilities/import/" + token;
    }

    @GetMapping("/{token}")
    String preview(@PathVariable String token, HttpSession session, Model model, RedirectAttributes redirect) {
        AccessScope scope = administrator();
        Optional<PendingImport> pending = PendingImports.get(session, token);
        if (pending.isEmpty()) {
            return expired(redirect);
        }
        PartnerImportCheck check = partnerImport.check(scope, pending.get().content());
        PendingImports.replace(session, token, pending.get().showing(check));
        model.addAttribute("token", token);
        model.addAttribute("fileName", pending.get().fileName());
        model.addAttribute("check", check);
        return PREVIEW;
    }

    @PostMapping("/{token}/confirm")
    String confirm(@PathVariable String token, HttpSession session, RedirectAttributes redirect) {
        AccessScope scope = administrator();
        Optional<PendingImport> pending = PendingImports.get(session, token);
        if (pending.isEmpty()) {
            return expired(redirect);
        }
        PartnerImportResult result;
        try {
            result = partnerImport.apply(scope, pending.get().content(), pending.get().shown());
        } catch (PartnerImportOutdatedException | BusinessRuleException e) {
            redirect.addFlashAttribute("failure", "facility.import.outdated");
            return "redirect:/facilities/import/" + token;
        }
        PendingImports.remove(session, token);
        redirect.addFlashAttribute("importResult", result);
        return "redirect:/facilities";
    }

    @PostMapping("/{token}/cancel")
    String cancel(@PathVariable String token, HttpSession session, RedirectAttributes redirect) {
        administrator();
        PendingImports.remove(session, token);
        redirect.addFlashAttribute("success", "facility.import.cancelled");
        return "redirect:/facilities";
    }

    private String uploadPage(Model model, String problem, Object[] arguments) {
        model.addAttribute("problem", problem);
        model.addAttribute("problemArguments", arguments);
        model.addAttribute("requiredColumns", partnerImport.requiredColumns());
        model.addAttribute("optionalColumns", partnerImport.optionalColumns());
        model.addAttribute("ignoredColumns", partnerImport.ignoredColumns());
        model.addAttribute("headerLine", partnerImport.headerLine());
        return UPLOAD;
    }

    private static String expired(RedirectAttributes redirect) {
        redirect.addFlashAttribute("failure", "facility.import.expired");
        return "redirect:/facilities/import";
    }

    private static String fileName(MultipartFile file) {
        String name = isBlank(file.getOriginalFilename()) ? "" : file.getOriginalFilename().strip();
        return name.length() <= FILE_NAME_MAX ? name : name.substring(0, FILE_NAME_MAX) + "…";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private AccessScope administrator() {
        AccessScope scope = currentAccess.scope();
        if (!scope.isAdministrator()) {
            throw new AccessDeniedException("Only the DKK administrator imports partners");
        }
        return scope;
    }
}
