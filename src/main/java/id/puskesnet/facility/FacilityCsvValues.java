package id.puskesnet.facility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How values are written in the facility CSV file and read back: the same Bahasa Indonesia words as the pages,
 * dates as 2026-12-31. Reading ignores case, accepts the constant names (KLINIK_PRATAMA) and dates as Excel writes
 * them in Indonesia (31-12-2026, 31/12/2026).
 */
final class FacilityCsvValues {

    static final String ACTIVE = "Aktif";
    static final String INACTIVE = "Nonaktif";

    private static final Map<FacilityType, String> TYPE_LABELS = Map.of(
            FacilityType.PUSKESMAS, "Puskesmas",
            FacilityType.KLINIK_PRATAMA, "Klinik pratama",
            FacilityType.TPMD, "TPMD");
    private static final Map<IlpStatus, String> ILP_LABELS = Map.of(
            IlpStatus.BELUM, "Belum",
            IlpStatus.UJI_COBA, "Uji coba",
            IlpStatus.TERLAKSANA, "Terlaksana");
    private static final Map<String, FacilityType> TYPES_READ = Map.of(
            "puskesmas", FacilityType.PUSKESMAS,
            "klinik pratama", FacilityType.KLINIK_PRATAMA,
            "tpmd", FacilityType.TPMD);
    private static final Map<String, Boolean> STATUS_READ = Map.of(
            "aktif", true, "nonaktif", false, "non aktif", false, "tidak aktif", false);
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d/M/uuuu"));

    private FacilityCsvValues() {
    }

    static String type(FacilityType type) {
        return TYPE_LABELS.get(type);
    }

    static String ilp(IlpStatus status) {
        return status == null ? null : ILP_LABELS.get(status);
    }

    static String status(boolean active) {
        return active ? ACTIVE : INACTIVE;
    }

    static String yesNo(boolean value) {
        return value ? "Ya" : "Tidak";
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** "Klinik pratama", "KLINIK_PRATAMA" and "klinik-pratama" are all the klinik pratama. */
    static Optional<FacilityType> readType(String text) {
        return Optional.ofNullable(TYPES_READ.get(words(text)));
    }

    static Optional<Boolean> readStatus(String text) {
        return Optional.ofNullable(STATUS_READ.get(words(text)));
    }

    /** The date, or empty when the text is no date or an impossible one (2025-13-40, 30-02-2026). */
    static Optional<LocalDate> readDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format.withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static String words(String text) {
        return text.strip().replaceAll("[\\s_-]+", " ").toLowerCase(Locale.ROOT);
    }
}
