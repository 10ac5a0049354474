package id.puskesnet.common.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants in the city's time zone for templates: {@code ${@times.format(instant, 'dd-MM-yyyy HH:mm')}}.
 * (Thymeleaf's own temporal helpers would use the server's zone.)
 */
@Component("times")
public class Times {

    private final ZoneId zone;

    Times(ZoneId displayZone) {
        this.zone = displayZone;
    }

    /** The instant in the given pattern and the user's language; an empty text for no instant. */
    public String format(Instant instant, String pattern) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale()).format(instant.atZone(zone));
    }
}
