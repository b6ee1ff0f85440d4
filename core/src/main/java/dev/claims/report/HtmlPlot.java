package dev.claims.report;

import dev.claims.compare.QuantityRange;
import dev.claims.model.Claim;
import dev.claims.model.DatePrecision;
import dev.claims.model.DateValue;
import dev.claims.model.Evidence;
import dev.claims.model.ExtractedDocument;
import dev.claims.model.Finding;
import dev.claims.model.FindingKind;
import dev.claims.model.QuantityValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small SVG drawn into a finding: a timeline with one row per piece of evidence showing the date or range the
 * document gives at its precision (a dot for a day, a bar for a month, year or range), or, for quantities, a dot plot
 * of the amounts with approximations ("about 11 billion") drawn as the range they can denote. In a contradiction,
 * rows whose value overlaps no other row's are marked as conflicting. Nothing is drawn when fewer than two pieces of
 * evidence carry a date or a quantity.
 *
 * <pre>{@code
 * Optional<String> svg = HtmlPlot.of(finding, index);  // <svg class="plot timeline" ...>…</svg>
 * }</pre>
 */
final class HtmlPlot {
    static final int WIDTH = 860;
    private static final int LABEL = 380;
    private static final int RIGHT = 20;
    private static final int ROW = 20;
    private static final int TOP = 8;
    private static final int AXIS = 22;

    private HtmlPlot() {
    }

    /** One row: a label and the interval [low, high] in plot units (epoch days, or the amount). */
    record Row(String label, String value, double low, double high, boolean point) {
        /** Half-open intervals for dates (a year ends where the next begins); points always overlap themselves. */
        boolean overlaps(Row o) {
            return low < o.high && o.low < high || low == o.low && high == o.high;
        }
    }

    static Optional<String> of(Finding f, DocumentIndex index) {
        List<Row> dates = new ArrayList<>();
        List<Row> amounts = new ArrayList<>();
        String unit = null;
        boolean oneUnit = true;
        for (Evidence ev : f.evidence()) {
            Optional<Claim> c = claimAt(index, ev);
            if (c.isEmpty()) {
                continue;
            }
            String file = ev.path().substring(ev.path().lastIndexOf('/') + 1);
            String label = file + ":" + ev.line();
            DateValue date = c.get().value() instanceof DateValue dv ? dv : c.get().time();
            if (date != null && date.resolved()) {
                String what = (date == c.get().value() ? "" : ev.value() + " at ") + date.text()
                        + (date.text().equals(date.edtf()) ? "" : " (" + date.edtf() + ")");
                dates.add(new Row(label, what, date.earliest().toEpochDay(),
                        date.latest().toEpochDay() + 1, date.precision() == DatePrecision.DAY));
            }
            if (c.get().value() instanceof QuantityValue q) {
                QuantityRange r = QuantityRange.of(q);
                amounts.add(new Row(label, q.text() + " (" + q.normalized() + ")", r.low(), r.high(),
                        r.low() == r.high() || q.qualifier() == null || q.qualifier().isBlank()));
                oneUnit &= unit == null || unit.equalsIgnoreCase(q.unit());
                unit = q.unit();
            }
        }
        boolean conflict = f.kind() == FindingKind.CONTRADICTION;
        if (dates.size() >= 2) {
            return Optional.of(svg("timeline", "When each document dates it", dates, conflict, true));
        }
        if (amounts.size() >= 2 && oneUnit) {
            return Optional.of(svg("quantities", "The amount each document gives, in " + unit, amounts, conflict,
                    false));
        }
        return Optional.empty();
    }

    /** The claim whose value is this evidence: the same span, else one inside it, else one around it. */
    static Optional<Claim> claimAt(DocumentIndex index, Evidence ev) {
        Optional<ExtractedDocument> d = index.get(ev.document());
        if (d.isEmpty()) {
            return Optional.empty();
        }
        Claim inside = null;
        Claim around = null;
        for (Claim c : d.get().claims()) {
            if (c.span().equals(ev.span())) {
                return Optional.of(c);
            }
            if (inside == null && ev.span().contains(c.span()) && c.span().length() > 0) {
                inside = c;
            }
            if (around == null && c.span().contains(ev.span())) {
                around = c;
            }
        }
        return Optional.ofNullable(inside != null ? inside : around);
    }

    private static String svg(String cls, String title, List<Row> rows, boolean contradiction, boolean dates) {
        double lo = rows.stream().mapToDouble(Row::low).min().orElse(0);
        double hi = rows.stream().filter(r -> Double.isFinite(r.high())).mapToDouble(Row::high).max().orElse(lo);
        hi = Math.max(hi, rows.stream().mapToDouble(Row::low).max().orElse(lo));
        double pad = Math.max((hi - lo) * 0.08, dates ? 20 : Math.max(Math.abs(hi) * 0.05, 1));
        double min = dates || lo - pad > 0 || lo < 0 ? lo - pad : 0;
        double max = hi + pad;
        int height = TOP + rows.size() * ROW + AXIS;
        int plotWidth = WIDTH - LABEL - RIGHT;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"plot ").append(cls).append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" role=\"img\" aria-label=\"").append(e(title)).append("\"><title>")
                .append(e(title)).append("</title>\n");
        int axisY = TOP + rows.size() * ROW + 2;
        for (double[] tick : dates ? dateTicks(min, max) : numberTicks(min, max)) {
            double x = LABEL + (tick[0] - min) / (max - min) * plotWidth;
            s.append("<line class=\"grid\" x1=\"").append(f(x)).append("\" y1=\"").append(TOP).append("\" x2=\"")
                    .append(f(x)).append("\" y2=\"").append(axisY).append("\"/><text class=\"tick\" x=\"").append(f(x))
                    .append("\" y=\"").append(axisY + 14).append("\" text-anchor=\"middle\">")
                    .append(e(dates ? dateLabel(tick) : numberLabel(tick[0]))).append("</text>\n");
        }
        s.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"").append(axisY).append("\" x2=\"")
                .append(LABEL + plotWidth).append("\" y2=\"").append(axisY).append("\"/>\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            boolean conflicting = contradiction && rows.stream().noneMatch(o -> o != r && o.overlaps(r));
            int y = TOP + i * ROW + ROW / 2;
            s.append("<g class=\"row").append(conflicting ? " conflict" : "").append("\"><title>")
                    .append(e(r.label() + ": " + r.value())).append("</title><text class=\"label\" x=\"")
                    .append(LABEL - 8).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
                    .append(e(shorten(r.label() + " " + r.value(), 64))).append("</text>");
            double x1 = LABEL + (r.low() - min) / (max - min) * plotWidth;
            double x2 = Double.isFinite(r.high()) ? LABEL + (r.high() - min) / (max - min) * plotWidth
                    : LABEL + plotWidth;
            String mark = "mark" + (conflicting ? " conflict" : "");
            if (r.point() || x2 - x1 < 6) {
                s.append("<circle class=\"").append(mark).append("\" cx=\"").append(f((x1 + x2) / 2))
                        .append("\" cy=\"").append(y).append("\" r=\"5\"/>");
            } else {
                s.append("<rect class=\"").append(mark).append("\" x=\"").append(f(x1)).append("\" y=\"")
                        .append(y - 5).append("\" width=\"").append(f(x2 - x1)).append("\" height=\"10\" rx=\"3\"/>");
            }
            s.append("</g>\n");
        }
        return s.append("</svg>").toString();
    }

    /** Ticks at years (every 1, 2, 5, 10, … years) or, over less than two years, at months: {epochDay, y, m}. */
    private static List<double[]> dateTicks(double min, double max) {
        LocalDate from = LocalDate.ofEpochDay((long) Math.ceil(min));
        LocalDate to = LocalDate.ofEpochDay((long) Math.floor(max));
        List<double[]> out = new ArrayList<>();
        int years = to.getYear() - from.getYear();
        if (years >= 2) {
            int step = (int) Math.max(1, niceStep(years / 5.0));
            int first = (from.getYear() + step - 1) / step * step;
            if (LocalDate.of(first, 1, 1).isBefore(from)) {
                first += step;
            }
            for (int y = first; y <= to.getYear(); y += step) {
                out.add(new double[] {LocalDate.of(y, 1, 1).toEpochDay(), y, 0});
            }
        } else {
            long months = (to.getYear() * 12L + to.getMonthValue()) - (from.getYear() * 12L + from.getMonthValue());
            int step = months <= 6 ? 1 : months <= 12 ? 2 : 3;
            LocalDate m = from.withDayOfMonth(1).plusMonths(from.getDayOfMonth() == 1 ? 0 : 1);
            while ((m.getMonthValue() - 1) % step != 0) {
                m = m.plusMonths(1);
            }
            for (; !m.isAfter(to); m = m.plusMonths(step)) {
                out.add(new double[] {m.toEpochDay(), m.getYear(), m.getMonthValue()});
            }
        }
        return out;
    }

    private static List<double[]> numberTicks(double min, double max) {
        double step = niceStep((max - min) / 5);
        List<double[]> out = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max; v += step) {
            out.add(new double[] {v});
        }
        return out;
    }

    /** 1, 2 or 5 times a power of ten, at least x. */
    private static double niceStep(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x > 0 ? x : 1)));
        for (int m : new int[] {1, 2, 5}) {
            if (m * p >= x) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String dateLabel(double[] tick) {
        return tick[2] == 0 ? Integer.toString((int) tick[1])
                : String.format(Locale.ROOT, "%04d-%02d", (int) tick[1], (int) tick[2]);
    }

    private static String numberLabel(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9) + " bn";
        }
        if (a >= 1e6) {
            return trim(v / 1e6) + " m";
        }
        if (a >= 1e4) {
            return trim(v / 1e3) + " k";
        }
        return trim(v);
    }

    private static String trim(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.replaceAll("\\.?0+$", "");
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private static String e(String s) {
        return HtmlText.escape(s);
    }
}
