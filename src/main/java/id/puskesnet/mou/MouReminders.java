package id.puskesnet.mou;

import java.util.List;

/**
 * The most urgent MoU reminders and how many need attention in all; {@code total} stops one past the count cap
 * it was read with.
 */
public record MouReminders(List<MouReminder> shown, long total) {
}
