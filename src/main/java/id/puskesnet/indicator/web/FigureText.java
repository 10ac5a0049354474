package id.puskesnet.indicator.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import id.puskesnet.indicator.IndicatorUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes figures as people read them in the user's language: {@code 86,4%} in Indonesian, {@code 86.4%} in
 * English, counts with thousands separators, and a dash for no figure. Used by templates
 * ({@code ${@figureText.value(figure.value, indicator.unit)}}).
 */
@Component("figureText")
public class FigureText {

    public String value(BigDecimal value, IndicatorUnit unit) {
        if (value == null) {
            return "—";
        }
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(unit == IndicatorUnit.COUNT ? 0 : 1);
        format.setMaximumFractionDigits(unit == IndicatorUnit.COUNT ? 0 : 1);
        String number = format.format(value);
        return switch (unit) {
            case PERCENT -> number + "%";
            case PER_1000 -> number + "‰";
            case COUNT -> number;
        };
    }

    public String count(Long count) {
        return count == null ? "—" : NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(count);
    }
}
