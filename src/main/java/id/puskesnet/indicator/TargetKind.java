package id.puskesnet.indicator;

import java.util.Locale;

/** A kind of annual target (sasaran), e.g. the estimated people aged 15+ with hypertension. */
public record TargetKind(long id, String code, String name, String nameEn, long programId, String basis,
                         String basisEn, int sortOrder) {

    public String label(Locale locale) {
        return english(locale) ? nameEn : name;
    }

    public String basisLabel(Locale locale) {
        return english(locale) ? basisEn : basis;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
