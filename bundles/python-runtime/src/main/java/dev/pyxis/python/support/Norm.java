package dev.pyxis.python.support;

import java.math.BigInteger;

/**
 * The correctly rounded Euclidean norm behind {@code math.hypot} and {@code math.dist}.
 * Fast path: scale the largest coordinate to [1, 2), sum the squares exactly split into
 * double-double (fma gives each square's rounding error), take the square root and step to
 * the neighbour when the double-double residual says the true root lies past a midpoint.
 * When the residual is within its error bound of a midpoint (rare), or the result would be
 * subnormal, the sum of squares is formed exactly in integers.
 */
final class Norm {
    private Norm() {}

    static double hypot2(double x, double y) {
        return hypot(new double[] {x, y}, 2);
    }

    static double hypot(double[] xs, int n) {
        double max = 0.0;
        boolean nan = false;
        for (int i = 0; i < n; i++) {
            double a = Math.abs(xs[i]);
            if (a > max) {
                max = a;
            } else if (a != a) {
                nan = true;
            }
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0.0 || n == 1) {
            return max;
        }
        int e = Math.getExponent(max);
        if (e < Double.MIN_EXPONENT + 60) {
            return exact(xs, n);
        }
        double scale = Math.scalb(1.0, -e);
        double hi = 0.0;
        double lo = 0.0;
        for (int i = 0; i < n; i++) {
            double a = xs[i] * scale;
            double p = a * a;
            double perr = Math.fma(a, a, -p);
            double s = hi + p;
            double b = s - hi;
            lo += (hi - (s - b)) + (p - b) + perr;
            hi = s;
        }
        double s = hi + lo;
        lo -= s - hi;
        hi = s;
        double r = Math.sqrt(hi);
        double sq = r * r;
        double sqerr = Math.fma(r, r, -sq);
        double d = (hi - sq) + (lo - sqerr);
        // Error of the double-double sum of squares, with a wide margin.
        double bound = n * 0x1p-98 * hi;
        double u = Math.ulp(r);
        double quarter = u * u * 0.25;
        double up = d - r * u;
        if (up > quarter + bound) {
            r += u;
        } else if (up >= quarter - bound) {
            return exact(xs, n);
        } else {
            double ud = r == Math.scalb(1.0, Math.getExponent(r)) ? u * 0.5 : u;
            double down = d + r * ud;
            double quarterDown = ud * ud * 0.25;
            if (down < quarterDown - bound) {
                r -= ud;
            } else if (down <= quarterDown + bound) {
                return exact(xs, n);
            }
        }
        return Math.scalb(r, e);
    }

    /** The correctly rounded norm from the exact integer sum of squares (in units of 2^-2148). */
    static double exact(double[] xs, int n) {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            long bits = Double.doubleToRawLongBits(xs[i]) & Long.MAX_VALUE;
            int biased = (int) (bits >>> 52);
            long mantissa = bits & 0xfffffffffffffL;
            int shift = 0;
            if (biased != 0) {
                mantissa |= 1L << 52;
                shift = biased - 1;
            }
            BigInteger m = BigInteger.valueOf(mantissa).shiftLeft(shift);
            sum = sum.add(m.multiply(m));
        }
        int bits = sum.bitLength();
        BigInteger q;
        boolean sticky;
        int exponent;
        if (bits > 124) {
            int t = (bits - 124) / 2;
            q = sum.shiftRight(2 * t).sqrt();
            sticky = !q.multiply(q).shiftLeft(2 * t).equals(sum);
            exponent = t - 1074;
        } else {
            int s = (124 - bits) / 2 + 1;
            BigInteger scaled = sum.shiftLeft(2 * s);
            q = scaled.sqrt();
            sticky = !q.multiply(q).equals(scaled);
            exponent = -s - 1074;
        }
        return round(q.longValueExact(), sticky, exponent);
    }

    /** (q + f) * 2^exponent rounded half-even, where 0 &lt; f &lt; 1 exactly when sticky. */
    private static double round(long q, boolean sticky, int exponent) {
        int length = 64 - Long.numberOfLeadingZeros(q);
        int lsb = Math.max(exponent + length - 53, -1074);
        int shift = lsb - exponent;
        if (shift <= 0) {
            return Math.scalb((double) q, exponent);
        }
        long mantissa = q >>> shift;
        long rest = q & ((1L << shift) - 1);
        long half = 1L << (shift - 1);
        if (rest > half || rest == half && (sticky || (mantissa & 1) != 0)) {
            mantissa++;
        }
        return Math.scalb((double) mantissa, lsb);
    }
}
