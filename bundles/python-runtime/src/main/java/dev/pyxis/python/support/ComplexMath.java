package dev.pyxis.python.support;

/**
 * Python complex semantics on pairs of doubles: repr, multiplication, division (Smith's
 * method), {@code abs} and {@code **}. Results are returned as {re, im} arrays.
 */
public final class ComplexMath {
    /** Integer exponents up to this magnitude are computed by repeated multiplication. */
    private static final double MAX_INT_EXPONENT = 100;

    private ComplexMath() {
    }

    /** {@code repr(complex(re, im))} (and str): "(1+2j)", "1j", "(-0-0j)", "(nan+infj)". */
    public static String repr(double re, double im) {
        String imag = part(im, Double.doubleToRawLongBits(re) == 0 ? "" : "+") + "j";
        if (Double.doubleToRawLongBits(re) == 0) {
            return imag;
        }
        return "(" + part(re, "") + imag + ")";
    }

    private static String part(double x, String plus) {
        String body = FloatRepr.formatAbs(Math.abs(x), 'r', 0, 0);
        return (FloatRepr.isNegative(x) && x == x ? "-" : plus) + body;
    }

    /** {@code a * b}. */
    public static double[] multiply(double ar, double ai, double br, double bi) {
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }

    /** {@code a / b}. @throws PyFailure ZeroDivisionError "complex division by zero" */
    public static double[] divide(double ar, double ai, double br, double bi) {
        double[] q = quotient(ar, ai, br, bi);
        if (q == null) {
            throw PyFailure.zeroDivision("complex division by zero");
        }
        return q;
    }

    /** Smith's division: scale by the larger divisor part to avoid overflow; null for b == 0. */
    private static double[] quotient(double ar, double ai, double br, double bi) {
        double absR = Math.abs(br);
        double absI = Math.abs(bi);
        if (absR >= absI) {
            if (absR == 0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        }
        if (absI >= absR) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        // A NaN part in the divisor: neither comparison holds.
        return new double[] {Double.NaN, Double.NaN};
    }

    /** {@code abs(complex(re, im))}. @throws PyFailure OverflowError "absolute value too large" */
    public static double abs(double re, double im) {
        double r = hypot(re, im);
        if (Double.isInfinite(r) && !Double.isInfinite(re) && !Double.isInfinite(im)) {
            throw PyFailure.overflowError("absolute value too large");
        }
        return r;
    }

    /**
     * {@code a ** b}: small integral real exponents by binary powering (negative ones through
     * a division), others in polar form.
     *
     * @throws PyFailure ZeroDivisionError "0.0 to a negative or complex power", OverflowError
     *                   "complex exponentiation" when a part of the result is infinite
     */
    public static double[] pow(double ar, double ai, double br, double bi) {
        double[] r;
        if (bi == 0 && br == Math.floor(br) && Math.abs(br) <= MAX_INT_EXPONENT) {
            int n = (int) br;
            r = powUnsigned(ar, ai, Math.abs(n));
            if (n < 0) {
                r = quotient(1, 0, r[0], r[1]);
                if (r == null) {
                    throw zeroToNegative();
                }
            }
        } else {
            r = polarPow(ar, ai, br, bi);
        }
        if (Double.isInfinite(r[0]) || Double.isInfinite(r[1])) {
            throw PyFailure.overflowError("complex exponentiation");
        }
        return r;
    }

    private static double[] powUnsigned(double ar, double ai, int n) {
        double rr = 1;
        double ri = 0;
        double pr = ar;
        double pi = ai;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }

    private static double[] polarPow(double ar, double ai, double br, double bi) {
        if (br == 0 && bi == 0) {
            return new double[] {1, 0};
        }
        if (ar == 0 && ai == 0) {
            if (bi != 0 || br < 0) {
                throw zeroToNegative();
            }
            return new double[] {0, 0};
        }
        double vabs = hypot(ar, ai);
        double len = Math.pow(vabs, br);
        double at = Math.atan2(ai, ar);
        double phase = at * br;
        if (bi != 0) {
            len /= Math.exp(at * bi);
            phase += bi * Math.log(vabs);
        }
        if (Double.isInfinite(phase)) {
            // cos and sin of an infinity are a domain error, which CPython reports so.
            throw zeroToNegative();
        }
        return new double[] {len * Math.cos(phase), len * Math.sin(phase)};
    }

    /**
     * sqrt(x² + y²) rounded once: the squares and their sum carried in double-double, then
     * one Newton correction of the square root (scaled to keep the squares in range).
     */
    static double hypot(double a, double b) {
        double x = Math.abs(a);
        double y = Math.abs(b);
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (x < y) {
            double t = x;
            x = y;
            y = t;
        }
        if (y == 0) {
            return x;
        }
        int scale = 0;
        if (x > 0x1p500) {
            scale = 600;
        } else if (x < 0x1p-500) {
            scale = -600;
        }
        x = Math.scalb(x, -scale);
        y = Math.scalb(y, -scale);
        double xx = x * x;
        double xxLow = Math.fma(x, x, -xx);
        double yy = y * y;
        double yyLow = Math.fma(y, y, -yy);
        double s = xx + yy;
        double sLow = (xx - s) + yy + xxLow + yyLow;
        double h = Math.sqrt(s);
        double residual = Math.fma(-h, h, s) + sLow;
        h += residual / (2 * h);
        return Math.scalb(h, scale);
    }

    private static PyFailure zeroToNegative() {
        return PyFailure.zeroDivision("0.0 to a negative or complex power");
    }
}
