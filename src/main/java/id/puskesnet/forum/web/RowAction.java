package id.puskesnet.forum.web;

import java.util.Optional;

import id.puskesnet.forum.web.ForumForm.Section;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * An "add row" or "remove row" button of the forum form, pressed without JavaScript: the whole form is posted,
 * changed by one row and shown again, so nothing typed is lost. (With JavaScript the page does the same in place.)
 *
 * @param removeIndex the row to remove; null for "add"
 */
record RowAction(Section section, Integer removeIndex) {

    static final String FORM = "form";

    static Optional<RowAction> from(HttpServletRequest request) {
        for (Section section : Section.values()) {
            if (request.getParameter(section.addButton) != null) {
                return Optional.of(new RowAction(section, null));
            }
            String remove = request.getParameter(section.removeButton);
            if (remove != null) {
                try {
                    return Optional.of(new RowAction(section, Integer.parseInt(remove.strip())));
                } catch (NumberFormatException e) {
                    return Optional.of(new RowAction(section, -1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The form after the action, with the errors of the posted form carried over to the rows that remain (a removed
     * row's errors go with it; later rows move up by one).
     */
    BindingResult apply(ForumForm posted, BindingResult postedErrors) {
        boolean add = removeIndex == null;
        if (add && posted.rowCount(section) >= section.maxRows) {
            BindingResult result = carried(posted, postedErrors, -1);
            result.rejectValue(section.field, "forum.rows.limitReached", new Object[] {section.maxRows}, null);
            return result;
        }
        ForumForm changed = add ? posted.withRowAdded(section) : posted.withRowRemoved(section, removeIndex);
        return carried(changed, postedErrors, add ? -1 : removeIndex);
    }

    private BindingResult carried(ForumForm target, BindingResult postedErrors, int removed) {
        BindingResult result = new BeanPropertyBindingResult(target, FORM);
        String prefix = section.field + "[";
        for (ObjectError error : postedErrors.getAllErrors()) {
            if (!(error instanceof FieldError f)) {
                result.addError(error);
                continue;
            }
            String field = f.getField();
            if (removed >= 0 && field.startsWith(prefix)) {
                int close = field.indexOf(']');
                int index = Integer.parseInt(field.substring(prefix.length(), close));
                if (index == removed) {
                    continue;
                }
                if (index > removed) {
                    field = prefix + (index - 1) + field.substring(close);
                }
            }
            result.addError(new FieldError(FORM, field, f.getRejectedValue(), f.isBindingFailure(), f.getCodes(),
                    f.getArguments(), f.getDefaultMessage()));
        }
        return result;
    }
}
