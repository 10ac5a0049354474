package id.puskesnet.account.web;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.account.AccountRuleException;
import id.puskesnet.account.AccountService;
import id.puskesnet.account.PasswordPolicy;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Any signed-in user changes their own password. */
@Controller
@RequestMapping("/account/password")
class PasswordChangeController {

    private static final String VIEW = "account/password";

    private final AccountService accounts;
    private final CurrentAccess currentAccess;

    PasswordChangeController(AccountService accounts, CurrentAccess currentAccess) {
        this.accounts = accounts;
        this.currentAccess = currentAccess;
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", PasswordChangeForm.empty());
        return VIEW;
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
                && !form.newPassword().equals(form.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            accounts.changeOwnPassword(currentAccess.user().getId(), form.currentPassword(), form.newPassword());
        } catch (AccountRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return VIEW;
        }
        redirect.addFlashAttribute("success", "password.changed");
        return "redirect:/account/password";
    }
}
