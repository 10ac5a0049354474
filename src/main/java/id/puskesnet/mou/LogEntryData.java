package id.puskesnet.mou;

import java.time.LocalDate;

/**
 * One entry of an MoU's collaboration log: what the partnership produced on a day, optionally counted
 * ("konseling BNN di puskesmas", 12, "orang").
 */
public record LogEntryData(LocalDate happenedOn, String description, Integer quantity, String unit) {
}
