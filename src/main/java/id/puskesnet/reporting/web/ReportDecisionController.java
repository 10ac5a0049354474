package id.puskesnet.reporting.web;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.reporting.ReportView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Verifying (puskesmas), accepting (DKK) and returning a report with a reason. */
@Controller
@RequestMapping("/reports/{id}")
class ReportDecisionController {

    private final ReportService reports;
    private final CurrentAccess currentAccess;

    ReportDecisionController(ReportService reports, CurrentAccess currentAccess) {
        this.reports = reports;
        this.currentAccess = currentAccess;
    }

    @PostMapping("/verify")
    String verify(@PathVariable long id, @RequestParam(name = "version", required = false) String version,
                  RedirectAttributes redirect) {
        boolean done = reports.verify(currentAccess.scope(), id, ReportEntryController.parseVersion(version));
        redirect.addFlashAttribute("success", done ? "report.verified" : "report.alreadyDecided");
        return "redirect:/reports/" + id;
    }

    @PostMapping("/accept")
    String accept(@PathVariable long id, @RequestParam(name = "version", required = false) String version,
                  RedirectAttributes redirect) {
        boolean done = reports.accept(currentAccess.scope(), id, ReportEntryController.parseVersion(version));
        redirect.addFlashAttribute("success", done ? "report.accepted" : "report.alreadyDecided");
        return "redirect:/reports/" + id;
    }

    @GetMapping("/return")
    String returnForm(@PathVariable long id, Model model) {
        ReportView report = reports.view(currentAccess.scope(), id);
        if (!report.may().returnIt()) {
            throw new AccessDeniedException("May not return report " + id);
        }
        model.addAttribute("report", report);
        model.addAttribute("form", new ReturnForm(""));
        return "reports/return";
    }

    @PostMapping("/return")
    String returnReport(@PathVariable long id, @RequestParam(name = "version", required = false) String version,
                        @RequestParam(name = "reason", required = false) String reason, Model model,
                        RedirectAttributes redirect, HttpServletResponse response) {
        AccessScope scope = currentAccess.scope();
        try {
            reports.returnReport(scope, id, ReportEntryController.parseVersion(version), reason);
        } catch (BusinessRuleException e) {
            model.addAttribute("report", reports.view(scope, id));
            model.addAttribute("form", new ReturnForm(reason));
            model.addAttribute("reasonError", e.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "reports/return";
        }
        redirect.addFlashAttribute("success", "report.returned");
        return "redirect:/reports/" + id;
    }

    /** The return form: why the report goes back. */
    record ReturnForm(String reason) {
    }
}
