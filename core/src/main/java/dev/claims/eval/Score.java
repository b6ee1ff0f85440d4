package dev.claims.eval;

/**
 * Counts for one slice of an evaluation (a kind, a rule, or everything) and the measures derived from them.
 * A measure whose denominator is zero is {@link Double#NaN} (shown as "-"): no findings means precision is undefined,
 * not perfect.
 *
 * <pre>{@code
 * Score s = new Score(8, 2, 4);   // 8 matched, 2 findings matching no row, 4 rows missed
 * s.precision();                  // 0.8
 * s.recall();                     // 0.666...
 * }</pre>
 *
 * @param truePositives  findings matched to a row
 * @param falsePositives findings matching no row
 * @param falseNegatives rows no finding matched
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    public double precision() {
        int d = truePositives + falsePositives;
        return d == 0 ? Double.NaN : (double) truePositives / d;
    }

    public double recall() {
        int d = truePositives + falseNegatives;
        return d == 0 ? Double.NaN : (double) truePositives / d;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Gold rows in this slice. */
    public int rows() {
        return truePositives + falseNegatives;
    }

    /** Findings in this slice. */
    public int findings() {
        return truePositives + falsePositives;
    }
}
