package id.puskesnet.mou;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.home.AttentionSource;
import org.springframework.stereotype.Component;

/**
 * MoU reminders on the home page: a puskesmas sees its own agreements, the DKK every agreement of the city.
 * Ending within 90 days is worth knowing, within 30 soon, within 7 (or expired and not renewed) urgent.
 */
@Component
class MouAttention implements AttentionSource {

    static final String SECTION = "attention.section.mous";
    static final int WARNING_DAYS = 30;
    static final int DANGER_DAYS = 7;
    /** More reminders than this become one line that leads to the list of all of them. */
    static final int MAX_ITEMS = 8;
    /** Past this many the last line says "more than": counting tens of thousands on every page costs too much. */
    static final int COUNT_LIMIT = 1_000;
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final MouOverview overview;

    MouAttention(MouOverview overview) {
        this.overview = overview;
    }

    @Override
    public List<AttentionItem> attentionFor(AccessScope scope) {
        // The most urgent few and how many there are: a country has tens of thousands of MoUs due.
        MouReminders reminders = overview.expiringFor(scope, MAX_ITEMS, COUNT_LIMIT);
        List<AttentionItem> items = new ArrayList<>();
        for (MouReminder r : reminders.shown()) {
            items.add(item(r, scope.cityWide()));
        }
        if (reminders.total() > COUNT_LIMIT) {
            items.add(new AttentionItem(AttentionLevel.INFO, SECTION, "mou.attention.moreMany", List.of(COUNT_LIMIT),
                    "/mous?attention=true"));
        } else if (reminders.total() > MAX_ITEMS) {
            items.add(new AttentionItem(AttentionLevel.INFO, SECTION, "mou.attention.more",
                    List.of((int) (reminders.total() - MAX_ITEMS)), "/mous?attention=true"));
        }
        return items;
    }

    private static AttentionItem item(MouReminder r, boolean cityWide) {
        AttentionLevel level = r.daysLeft() <= DANGER_DAYS ? AttentionLevel.DANGER
                : r.daysLeft() <= WARNING_DAYS ? AttentionLevel.WARNING : AttentionLevel.INFO;
        String key = "mou.attention." + (r.expired() ? "expired" : "expiring") + (cityWide ? ".city" : "");
        String side = r.ownerName() == null ? MouRegistry.DKK_OWNER : r.ownerName();
        long days = Math.abs(r.daysLeft());
        List<Object> arguments = cityWide
                ? List.of(r.number(), r.title(), r.endsOn().format(SHOWN_DATE), days, side)
                : List.of(r.number(), r.title(), r.endsOn().format(SHOWN_DATE), days);
        return new AttentionItem(level, SECTION, key, arguments, "/mous/" + r.mouId());
    }
}
