package id.puskesnet.forum.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.forum.ForumDetails;
import id.puskesnet.forum.ForumRegistry;
import id.puskesnet.forum.ForumRuleException;
import id.puskesnet.forum.ForumService;
import id.puskesnet.forum.ForumType;
import id.puskesnet.institution.InstitutionSector;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records and edits forums. One form holds the forum and all its rows; "add row" and "remove row" work with and
 * without JavaScript. Who may do what is decided by {@link ForumRegistry} through the user's scope.
 */
@Controller
@RequestMapping("/forums")
class ForumEditController {

    private static final String FORM_VIEW = "forums/form";
    /** A row field with an index from 0 to 255 (the data binder grows lists no further). */
    private static final Pattern ROW_FIELD = Pattern.compile(
            "(attendees|agendaItems|followUps)\\[(\\d|[1-9]\\d|1\\d\\d|2[0-4]\\d|25[0-5])]\\.[A-Za-z]+");

    private final ForumService forums;
    private final ForumRegistry registry;
    private final CurrentAccess currentAccess;
    private final SpringValidatorAdapter validator;
    private final Clock clock;

    ForumEditController(ForumService forums, ForumRegistry registry, CurrentAccess currentAccess, Validator validator,
                        Clock clock) {
        this.forums = forums;
        this.registry = registry;
        this.currentAccess = currentAccess;
        this.validator = new SpringValidatorAdapter(validator);
        this.clock = clock;
    }

    /**
     * Refuses row fields the binder cannot handle before it tries: rows are named {@code attendees[0].personName}
     * and so on, with indexes below the binder's limit. Anything else (a negative, huge or non-numeric index) only
     * comes from a tampered form and is a bad request rather than a server error.
     */
    @ModelAttribute
    void refuseMalformedRows(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (name.indexOf('[') >= 0 && !ROW_FIELD.matcher(name).matches()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Malformed row field " + name);
            }
        }
    }

    @GetMapping("/new")
    String newForum(Model model) {
        requireRecording();
        ForumForm form = ForumForm.empty(LocalDate.now(clock));
        return render(model, form, new BeanPropertyBindingResult(form, RowAction.FORM), null);
    }

    @PostMapping("/new")
    String create(@ModelAttribute(RowAction.FORM) ForumForm posted, BindingResult binding, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        AccessScope scope = requireRecording();
        return submit(posted, binding, request, model, null,
                form -> {
                    long id = registry.create(scope, form.toData());
                    redirect.addFlashAttribute("success", "forum.created");
                    return id;
                });
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        ForumDetails forum = managed(id);
        ForumForm form = ForumForm.of(forum);
        return render(model, form, new BeanPropertyBindingResult(form, RowAction.FORM), forum);
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute(RowAction.FORM) ForumForm posted, BindingResult binding,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        ForumDetails forum = managed(id);
        return submit(posted, binding, request, model, forum,
                form -> {
                    registry.update(currentAccess.scope(), id, form.toData(), form.version());
                    redirect.addFlashAttribute("success", "forum.saved");
                    return id;
                });
    }

    /** Saving the forum once the form is valid: returns the forum's id. */
    private interface Save {
        long save(ForumForm form);
    }

    private String submit(ForumForm posted, BindingResult binding, HttpServletRequest request, Model model,
                          ForumDetails forum, Save save) {
        ForumForm form = posted.withoutGaps();
        BindingResult result = new BeanPropertyBindingResult(form, RowAction.FORM);
        result.addAllErrors(binding);
        Optional<RowAction> action = RowAction.from(request);
        if (action.isPresent()) {
            BindingResult changed = action.get().apply(form, result);
            return render(model, (ForumForm) changed.getTarget(), changed, forum);
        }
        if (!result.hasErrors()) {
            form = form.withoutBlankRows();
            result = new BeanPropertyBindingResult(form, RowAction.FORM);
        }
        validator.validate(form, result);
        form.rejectUnknownParties(result);
        if (result.hasErrors()) {
            return render(model, form, result, forum);
        }
        try {
            return "redirect:/forums/" + save.save(form);
        } catch (ForumRuleException e) {
            for (ForumRuleException.Violation violation : e.violations()) {
                if (violation.field() == null) {
                    result.reject(violation.messageKey());
                } else {
                    result.rejectValue(violation.field(), violation.messageKey());
                }
            }
            return render(model, form, result, forum);
        }
    }

    private String render(Model model, ForumForm form, BindingResult result, ForumDetails forum) {
        ForumForm shown = form.withAtLeastOneRowEach();
        BindingResult shownResult = result;
        if (shown != form) {
            shownResult = new BeanPropertyBindingResult(shown, RowAction.FORM);
            shownResult.addAllErrors(result);
        }
        model.addAttribute(RowAction.FORM, shown);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + RowAction.FORM, shownResult);
        model.addAttribute("forum", forum);
        model.addAttribute("options", forums.formOptions(currentAccess.scope(), forum == null ? null : forum.id()));
        model.addAttribute("types", ForumType.values());
        model.addAttribute("sectors", InstitutionSector.values());
        model.addAttribute("maxAttendees", ForumRegistry.MAX_ATTENDEES);
        model.addAttribute("maxAgendaItems", ForumRegistry.MAX_AGENDA_ITEMS);
        model.addAttribute("maxFollowUps", ForumRegistry.MAX_FOLLOW_UPS);
        return FORM_VIEW;
    }

    private AccessScope requireRecording() {
        AccessScope scope = currentAccess.scope();
        if (!forums.canRecord(scope)) {
            throw new AccessDeniedException("Only puskesmas users record forums");
        }
        return scope;
    }

    private ForumDetails managed(long id) {
        ForumDetails forum = forums.details(currentAccess.scope(), id);
        if (!forum.canManage()) {
            throw new AccessDeniedException("May not edit forum " + id);
        }
        return forum;
    }
}
