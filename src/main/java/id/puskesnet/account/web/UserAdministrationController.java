package id.puskesnet.account.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.access.Role;
import id.puskesnet.account.AccountRuleException;
import id.puskesnet.account.AccountService;
import id.puskesnet.account.PasswordPolicy;
import id.puskesnet.account.UserSummary;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.FacilityType;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The DKK administrator's account management. Only DKK_ADMIN reaches {@code /admin/**} (SecurityConfig). */
@Controller
@RequestMapping("/admin/users")
class UserAdministrationController {

    static final int PAGE_SIZE = 20;
    private static final String LIST_VIEW = "admin/users/list";
    private static final String FORM_VIEW = "admin/users/form";
    private static final String PASSWORD_VIEW = "admin/users/password";

    private final AccountService accounts;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;

    UserAdministrationController(AccountService accounts, FacilityService facilities, CurrentAccess currentAccess) {
        this.accounts = accounts;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
    }

    @ModelAttribute("minPasswordLength")
    int minPasswordLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "role", required = false) Role role,
                @RequestParam(name = "page", defaultValue = "0") int page,
                Model model) {
        PageRequest pageRequest = PageRequests.of(page, PAGE_SIZE, Sort.by("username"));
        model.addAttribute("page", accounts.search(query, role, pageRequest));
        model.addAttribute("query", query);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", NewUserForm.empty());
        return showForm(model, null, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        checkNewPassword(form.username(), form.password(), form.confirmPassword(), "password", "confirmPassword",
                "user.password.mismatch", result);
        if (result.hasErrors()) {
            return showForm(model, null, result.hasFieldErrors("facilityId") ? null : form.facilityIdValue());
        }
        long id;
        try {
            id = accounts.create(form.toNewUser());
        } catch (AccountRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return showForm(model, null, form.facilityIdValue());
        }
        redirect.addFlashAttribute("success", "user.created");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        UserSummary user = accounts.get(id);
        model.addAttribute("form", EditUserForm.of(user));
        return showForm(model, user, user.facilityId());
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        UserSummary user = accounts.get(id);
        if (result.hasFieldErrors("version")) {
            // Only a tampered or truncated request lacks the hidden version; there is nothing to show beside it.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or invalid version");
        }
        if (result.hasErrors()) {
            return showForm(model, user, form.facilityId());
        }
        try {
            accounts.update(id, form.toChanges(), currentAccess.user().getId());
        } catch (AccountRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return showForm(model, user, form.facilityId());
        }
        redirect.addFlashAttribute("success", "user.updated");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("user", accounts.get(id));
        model.addAttribute("form", PasswordResetForm.empty());
        return PASSWORD_VIEW;
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("form") PasswordResetForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        UserSummary user = accounts.get(id);
        model.addAttribute("user", user);
        checkNewPassword(user.username(), form.newPassword(), form.confirmPassword(), "newPassword",
                "confirmPassword", "password.mismatch", result);
        if (result.hasErrors()) {
            return PASSWORD_VIEW;
        }
        try {
            accounts.resetPassword(id, form.newPassword());
        } catch (AccountRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return PASSWORD_VIEW;
        }
        redirect.addFlashAttribute("success", "user.password.saved");
        return "redirect:/admin/users/" + id + "/edit";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return setEnabled(id, false, redirect);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return setEnabled(id, true, redirect);
    }

    /** The service detects a stale version itself, with Spring's base exception rather than the ORM one. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String staleEdit() {
        return "error/409";
    }

    private String setEnabled(long id, boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled, currentAccess.user().getId());
            redirect.addFlashAttribute("success", enabled ? "user.enable.done" : "user.disable.done");
        } catch (AccountRuleException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/admin/users/" + id + "/edit";
    }

    /** Checks policy and confirmation here too, so the form shows every password error at once. */
    private static void checkNewPassword(String username, String password, String confirmation, String passwordField,
                                         String confirmField, String mismatchKey, BindingResult result) {
        if (!result.hasFieldErrors(passwordField)) {
            try {
                PasswordPolicy.check(username, password, passwordField);
            } catch (AccountRuleException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        if (password != null && confirmation != null && !result.hasFieldErrors(confirmField)
                && !password.equals(confirmation)) {
            result.rejectValue(confirmField, mismatchKey);
        }
    }

    private String showForm(Model model, UserSummary user, Long selectedFacilityId) {
        model.addAttribute("user", user);
        model.addAttribute("formAction", user == null ? "/admin/users/new" : "/admin/users/" + user.id() + "/edit");
        model.addAttribute("roles", Role.values());
        model.addAttribute("facilityGroups", facilityGroups(selectedFacilityId));
        model.addAttribute("self", user != null && user.id() == currentAccess.user().getId());
        model.addAttribute("history", user == null ? List.of() : accounts.history(user.id()));
        return FORM_VIEW;
    }

    /**
     * Active facilities grouped by type for the drop-down, plus the selected one if it has been deactivated
     * since, so that saving an account does not silently drop its facility.
     */
    private Map<FacilityType, List<FacilityOption>> facilityGroups(Long selectedFacilityId) {
        List<FacilityOption> options = new ArrayList<>(facilities.activeOptions());
        if (selectedFacilityId != null && options.stream().noneMatch(o -> o.id() == selectedFacilityId)) {
            facilities.option(selectedFacilityId).ifPresent(options::add);
        }
        return options.stream().collect(Collectors.groupingBy(FacilityOption::type,
                () -> new EnumMap<>(FacilityType.class), Collectors.toList()));
    }
}
