package dev.pyxis.python.support;

import java.util.Arrays;

/**
 * The exact sum of a sequence of floats, rounded once: {@code math.fsum}. Keeps the running
 * sum as a list of non-overlapping partial sums (Shewchuk, "Adaptive Precision Floating-Point
 * Arithmetic and Fast Robust Geometric Predicates", 1997), so the result is the correctly
 * rounded (half-even) value of the true sum. Infinities and NaNs are summed apart.
 *
 * <p>Feed items with {@link #add}; read the result with {@link #sum}. An instance may be
 * reused after {@link #reset}.
 */
public final class FloatSum {
    private double[] partials = new double[16];
    private int count;
    /** Sum of the non-finite items (NaN if a NaN was seen or +inf met -inf). */
    private double special;
    /** Sum of the infinite items only: NaN exactly when +inf met -inf. */
    private double infinities;

    /** Forgets everything added so far. */
    public void reset() {
        count = 0;
        special = 0.0;
        infinities = 0.0;
    }

    /**
     * Adds one item.
     *
     * @throws PyFailure OverflowError "intermediate overflow in fsum" when the finite items'
     *     partial sums overflow (raised at once, as CPython does)
     */
    public void add(double x) {
        double item = x;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            double y = partials[i];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) {
                partials[kept++] = lo;
            }
            x = hi;
        }
        if (!Double.isFinite(x)) {
            if (Double.isFinite(item)) {
                throw PyFailure.overflowError("intermediate overflow in fsum");
            }
            // A non-finite item: summed apart, and it wipes the (now meaningless) partials.
            if (Double.isInfinite(item)) {
                infinities += item;
            }
            special = Double.isNaN(item) ? quiet(item) : special + item;
            count = 0;
            return;
        }
        if (x != 0.0) {
            if (kept == partials.length) {
                partials = Arrays.copyOf(partials, kept * 2);
            }
            partials[kept++] = x;
        }
        count = kept;
    }

    /** The latest NaN wins, quieted as the hardware addition would. */
    private static double quiet(double nan) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(nan) | 0x0008000000000000L);
    }

    /**
     * The correctly rounded sum of the items added so far.
     *
     * @throws PyFailure ValueError "-inf + inf in fsum" when infinities of both signs were
     *     added
     */
    public double sum() {
        if (special != 0.0) {
            if (Double.isNaN(infinities)) {
                throw PyFailure.valueError("-inf + inf in fsum");
            }
            return special;
        }
        if (count == 0) {
            return 0.0;
        }
        int n = count - 1;
        double hi = partials[n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        // The partials below lo decide a tie left by hi + lo: if they push the same way as
        // lo, round away from hi when that is exactly representable.
        if (n > 0 && (lo < 0.0 && partials[n - 1] < 0.0 || lo > 0.0 && partials[n - 1] > 0.0)) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }
}
