package id.puskesnet.indicator.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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
        String number = format(LocaleContextHolder.getLocale(), unit == IndicatorUnit.COUNT ? 0 : 1).format(value);
        return switch (unit) {
            case PERCENT -> number + "%";
            case PER_1000 -> number + "‰";
            case COUNT -> number;
        };
    }

    public String count(Long count) {
        return count == null ? "—" : format(LocaleContextHolder.getLocale(), 0).format(count);
    }

    /**
     * This thread's number format for the locale with that many decimals: a page writes hundreds of figures, and
     * making a format costs more than using one (formats are not thread-safe, hence one per thread).
     */
    private static NumberFormat format(Locale locale, int decimals) {
        return FORMATS.get().computeIfAbsent(locale.toLanguageTag() + "/" + decimals, key -> {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            return format;
        });
    }

    private static final ThreadLocal<Map<String, NumberFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);
}
