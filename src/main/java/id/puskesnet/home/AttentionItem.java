package id.puskesnet.home;

import java.util.List;

/**
 * One thing a user should look at, shown on the home page and on the DKK's attention list.
 *
 * @param level      how urgent it is
 * @param section    message key of the group it is listed under, e.g. {@code attention.section.reports}
 * @param messageKey message key of the text, with {@code {0}}, {@code {1}}, ... for the arguments
 * @param arguments  the message's arguments (numbers, names, dates)
 * @param link       where the user deals with it (an app path such as {@code /reports?status=RETURNED})
 */
public record AttentionItem(AttentionLevel level, String section, String messageKey, List<Object> arguments,
                            String link) {

    public AttentionItem {
        arguments = List.copyOf(arguments);
    }
}
