package id.puskesnet.home.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.home.AttentionList;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page every user lands on after signing in: what needs their attention, and where to go next. */
@Controller
class HomeController {

    private final CurrentAccess currentAccess;
    private final AttentionList attention;
    private final MessageSource messages;

    HomeController(CurrentAccess currentAccess, AttentionList attention, MessageSource messages) {
        this.currentAccess = currentAccess;
        this.attention = attention;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        List<ShownItem> items = attention.itemsFor(currentAccess.scope()).stream()
                .map(item -> new ShownItem(item.level(), messages.getMessage(item.section(), null, locale),
                        messages.getMessage(item.messageKey(), shown(item.arguments(), locale), locale), item.link()))
                .toList();
        model.addAttribute("attentionItems", items);
        return "home";
    }

    /** Dates and months as people write them (2 Desember 2026, November 2026); other arguments as they are. */
    static Object[] shown(List<Object> arguments, Locale locale) {
        return arguments.stream().map(argument -> {
            if (argument instanceof LocalDate date) {
                return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
            }
            if (argument instanceof YearMonth month) {
                return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(month);
            }
            return argument;
        }).toArray();
    }

    /** An attention item with its texts in the user's language. */
    record ShownItem(AttentionLevel level, String section, String text, String link) {

        public String cssClass() {
            return switch (level) {
                case DANGER -> "danger";
                case WARNING -> "warning";
                case INFO -> "info";
            };
        }
    }
}
