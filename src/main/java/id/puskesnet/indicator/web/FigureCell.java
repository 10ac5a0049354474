package id.puskesnet.indicator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.puskesnet.indicator.Figure;
import id.puskesnet.indicator.IndicatorDefinition;
import org.springframework.context.MessageSource;

/**
 * One figure of a table row (ranking, kecamatan table) with its texts already written: a table of hundreds of
 * figures renders from plain values instead of a fragment and its expressions per figure. Shown as the
 * {@code figureBadge} fragment shows a figure.
 *
 * @param code        the indicator's code ({@code data-indicator})
 * @param css         the badge's colour class
 * @param status      the achievement in words (title and screen-reader text)
 * @param text        the value as people read it
 * @param provisional "sementara" with the provisional value, or null when it does not differ
 */
record FigureCell(String code, String css, String status, String text, String provisional) {

    /** A row's cells in the order of the indicators. */
    static List<FigureCell> of(List<IndicatorDefinition> indicators, Map<Long, Figure> figures, FigureText figureText,
                               MessageSource messages, Locale locale) {
        List<FigureCell> cells = new ArrayList<>(indicators.size());
        for (IndicatorDefinition d : indicators) {
            Figure f = figures.get(d.id());
            String provisional = f.provisionalDiffers() ? messages.getMessage("dashboard.provisionalShort",
                    new Object[] {figureText.value(f.provisionalValue(), d.unit())}, locale) : null;
            cells.add(new FigureCell(d.code(), "text-bg-" + f.achievement().cssClass(),
                    messages.getMessage("Achievement." + f.achievement(), null, locale),
                    figureText.value(f.value(), d.unit()), provisional));
        }
        return cells;
    }

    /** A table row with its cells. */
    record Row<T>(T row, List<FigureCell> cells) {
    }
}
