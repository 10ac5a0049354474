package id.puskesnet.indicator.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import id.puskesnet.indicator.Figure;
import id.puskesnet.indicator.IndicatorResult;
import id.puskesnet.indicator.IndicatorUnit;
import id.puskesnet.indicator.TrendPoint;

/**
 * The geometry of a server-rendered SVG line chart of an indicator over the months of a year: the final
 * figures (solid), the provisional ones (dashed) and the target (dotted). The x axis always spans January to
 * December, so a chart of June shows half a year. Black-and-white printable: the lines differ by dash, not
 * only by colour.
 */
public record TrendChart(String finalPoints, String provisionalPoints, String targetPoints, List<Tick> yTicks,
                  List<Label> xLabels, List<Dot> dots, List<Row> rows) {

    static final int WIDTH = 600;
    static final int HEIGHT = 230;
    static final int LEFT = 48;
    static final int RIGHT = 12;
    static final int TOP = 12;
    static final int BOTTOM = 30;

    /** A horizontal grid line with its label. */
    public record Tick(double y, String label) {
    }

    /** A month's label under the x axis. */
    public record Label(double x, String text) {
    }

    /** A final figure's marker, with the text a pointer shows. */
    public record Dot(double x, double y, String title) {
    }

    /** A month of the chart's table of numbers, written as people read them. */
    public record Row(String month, String numerator, String denominator, String value, String provisional,
                      String expected) {
    }

    static TrendChart of(IndicatorResult result, FigureText text, Locale locale) {
        List<TrendPoint> trend = result.trend();
        double max = 0;
        for (TrendPoint p : trend) {
            max = Math.max(max, number(p.figure().value()));
            max = Math.max(max, number(p.figure().provisionalValue()));
            max = Math.max(max, number(p.figure().expected()));
        }
        double top = niceCeiling(max <= 0 ? 1 : max * 1.05);
        StringJoiner finalLine = new StringJoiner(" ");
        StringJoiner provisionalLine = new StringJoiner(" ");
        StringJoiner targetLine = new StringJoiner(" ");
        List<Dot> dots = new ArrayList<>();
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        for (TrendPoint p : trend) {
            double x = x(p.month().getMonthValue());
            targetLine.add(point(x, y(number(p.figure().expected()), top)));
            if (p.figure().value() != null) {
                double y = y(number(p.figure().value()), top);
                finalLine.add(point(x, y));
                dots.add(new Dot(round(x), round(y), monthName.format(p.month()) + ": "
                        + text.value(p.figure().value(), result.definition().unit())));
            }
            if (p.figure().provisionalValue() != null) {
                provisionalLine.add(point(x, y(number(p.figure().provisionalValue()), top)));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            ticks.add(new Tick(round(y(value, top)), text.value(BigDecimal.valueOf(value), result.definition().unit())
                    .replaceAll("[,.]0([%‰]?)$", "$1")));
        }
        List<Label> labels = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            labels.add(new Label(round(x(m)), java.time.Month.of(m).getDisplayName(TextStyle.SHORT, locale)));
        }
        DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        IndicatorUnit unit = result.definition().unit();
        List<Row> rows = new ArrayList<>();
        for (TrendPoint p : trend) {
            Figure f = p.figure();
            rows.add(new Row(shortMonth.format(p.month()), text.count(f.numerator()),
                    unit.ratio() ? text.count(f.denominator()) : "—", text.value(f.value(), unit),
                    text.value(f.provisionalValue(), unit), text.value(f.expected(), unit)));
        }
        return new TrendChart(finalLine.toString(), provisionalLine.toString(), targetLine.toString(), ticks, labels,
                dots, rows);
    }

    public double plotLeft() {
        return LEFT;
    }

    public double plotRight() {
        return WIDTH - RIGHT;
    }

    public double labelY() {
        return HEIGHT - 10;
    }

    static double x(int month) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (month - 0.5) / 12.0;
    }

    static double y(double value, double top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the value: round numbers on the axis. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static double number(BigDecimal value) {
        return value == null ? 0 : value.doubleValue();
    }

    private static String point(double x, double y) {
        return round(x) + "," + round(y);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
