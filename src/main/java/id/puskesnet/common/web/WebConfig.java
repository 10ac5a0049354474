package id.puskesnet.common.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language (Bahasa Indonesia by default, English on request via {@code ?lang=en}) and the clock. */
@Configuration
public class WebConfig implements WebMvcConfigurer {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("puskesnet-lang");
        resolver.setDefaultLocale(INDONESIAN);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The app's clock, in the display zone so that "today" is the local date in Balikpapan. */
    @Bean
    public Clock clock(ZoneId displayZone) {
        return Clock.system(displayZone);
    }

    /** The zone dates and times are shown in (Balikpapan is on WITA, UTC+8). */
    @Bean
    public ZoneId displayZone(@Value("${puskesnet.time-zone:Asia/Makassar}") String zone) {
        return ZoneId.of(zone);
    }

    /**
     * Trims every bound string and turns blank input into null, except passwords: a space in a password
     * is part of it, and login (which binds nothing) takes it as typed.
     */
    @ControllerAdvice
    static class TrimmingBinderAdvice {

        static final String[] PASSWORD_FIELDS = {"password", "confirmPassword", "currentPassword", "newPassword"};

        @InitBinder
        void trimStrings(WebDataBinder binder) {
            binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
            for (String field : PASSWORD_FIELDS) {
                binder.registerCustomEditor(String.class, field, new UntrimmedTextEditor());
            }
        }
    }

    /** Keeps text exactly as typed; empty becomes null so "required" still applies. */
    static class UntrimmedTextEditor extends java.beans.PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isEmpty() ? null : text);
        }
    }
}
