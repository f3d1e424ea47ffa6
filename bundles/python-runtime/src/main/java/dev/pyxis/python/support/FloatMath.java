package dev.pyxis.python.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python float semantics on doubles: floor division and modulo with the divisor's sign,
 * {@code round}, conversion to int, {@code as_integer_ratio}, {@code hex}/{@code fromhex}
 * and {@code is_integer}.
 */
public final class FloatMath {
    /** Beyond this many decimals every double is already exact. */
    private static final long NDIGITS_MAX = 323;
    /** Below this, rounding 10^-ndigits reaches past the largest double: the result is zero. */
    private static final long NDIGITS_MIN = -308;
    private static final double TWO_52 = 0x1p52;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FloatMath() {
    }

    /** {@code a / b}. */
    public static double trueDivide(double a, double b) {
        if (b == 0) {
            throw PyFailure.zeroDivision("float division by zero");
        }
        return a / b;
    }

    /** {@code a % b}: the result has the sign of b (zero takes b's sign too). */
    public static double mod(double a, double b) {
        if (b == 0) {
            throw PyFailure.zeroDivision("float modulo");
        }
        double m = a % b;
        if (m != 0) {
            return (b < 0) != (m < 0) ? m + b : m;
        }
        return Math.copySign(0.0, b);
    }

    /** {@code a // b}. */
    public static double floorDiv(double a, double b) {
        if (b == 0) {
            throw PyFailure.zeroDivision("float floor division by zero");
        }
        return quotient(a, b);
    }

    /** {@code divmod(a, b)} as {quotient, remainder}. */
    public static double[] divmod(double a, double b) {
        if (b == 0) {
            throw PyFailure.zeroDivision("float divmod()");
        }
        return new double[] {quotient(a, b), mod(a, b)};
    }

    /**
     * The floor quotient, computed from the exact remainder so that {@code q*b + r} stays
     * consistent with {@link #mod}: (a - fmod(a, b)) / b is near an integer, one less when
     * the remainder changes sign, then snapped to the nearest integer.
     */
    private static double quotient(double a, double b) {
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0 && (b < 0) != (m < 0)) {
            div -= 1.0;
        }
        if (div == 0) {
            return Math.copySign(0.0, a / b);
        }
        double floor = Math.floor(div);
        return div - floor > 0.5 ? floor + 1.0 : floor;
    }

    /** {@code round(x, ndigits)}: x rounded half to even at 10^-ndigits, exactly, then to double. */
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        if (ndigits >= 0 && Math.abs(x) >= TWO_52) {
            return x;
        }
        BigDecimal r = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double d = Double.parseDouble(r.toString());
        if (Double.isInfinite(d)) {
            throw PyFailure.overflowError("rounded value too large to represent");
        }
        return d == 0 ? Math.copySign(0.0, x) : d;
    }

    /** {@code round(x)}: the nearest integer, ties to even, as an int. */
    public static BigInteger round(double x) {
        return toBigInteger(Math.rint(x));
    }

    /** {@code int(x)}: truncation toward zero. */
    public static BigInteger toBigInteger(double x) {
        if (Double.isNaN(x)) {
            throw PyFailure.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PyFailure.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 0x1p63) {
            return BigInteger.valueOf((long) x);
        }
        return new BigDecimal(x).toBigInteger();
    }

    /** {@code x.is_integer()}. */
    public static boolean isInteger(double x) {
        return !Double.isInfinite(x) && Math.floor(x) == x;
    }

    /** {@code x.as_integer_ratio()} as {numerator, denominator} in lowest terms. */
    public static BigInteger[] asIntegerRatio(double x) {
        if (Double.isNaN(x)) {
            throw PyFailure.valueError("cannot convert NaN to integer ratio");
        }
        if (Double.isInfinite(x)) {
            throw PyFailure.overflowError("cannot convert Infinity to integer ratio");
        }
        if (x == 0) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long mantissa = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mantissa |= 1L << 52;
            exp = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(mantissa);
        mantissa >>= tz;
        exp += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -mantissa : mantissa);
        if (exp >= 0) {
            return new BigInteger[] {num.shiftLeft(exp), BigInteger.ONE};
        }
        return new BigInteger[] {num, BigInteger.ONE.shiftLeft(-exp)};
    }

    /** {@code x.hex()}: "0x1.8000000000000p+0", "-0x0.0000000000001p-1022", "inf", "nan". */
    public static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(x);
        StringBuilder b = new StringBuilder(24);
        if (bits < 0) {
            b.append('-');
        }
        if (x == 0) {
            return b.append("0x0.0p+0").toString();
        }
        int biased = (int) (bits >>> 52) & 0x7ff;
        long mantissa = bits & ((1L << 52) - 1);
        int exp = biased == 0 ? -1022 : biased - 1023;
        b.append(biased == 0 ? "0x0." : "0x1.");
        for (int shift = 48; shift >= 0; shift -= 4) {
            b.append(HEX[(int) (mantissa >>> shift) & 0xf]);
        }
        return b.append('p').append(exp >= 0 ? "+" : "").append(exp).toString();
    }

    /** {@code float.fromhex(s)}, correctly rounded. */
    public static double fromHex(String s) {
        int n = s.length();
        int pos = 0;
        while (pos < n && isAsciiSpace(s.charAt(pos))) {
            pos++;
        }
        while (n > pos && isAsciiSpace(s.charAt(n - 1))) {
            n--;
        }
        boolean negative = false;
        if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            negative = s.charAt(pos++) == '-';
        }
        int special = FloatParser.specialLength(s, pos, n);
        if (special > 0 && pos + special == n) {
            double v = (s.charAt(pos) | 0x20) == 'i' ? Double.POSITIVE_INFINITY : Double.NaN;
            return Math.copySign(v, negative ? -1.0 : 1.0);
        }
        if (pos + 1 < n && s.charAt(pos) == '0' && (s.charAt(pos + 1) | 0x20) == 'x') {
            pos += 2;
        }
        long q = 0;
        int kept = 0;
        boolean sticky = false;
        long exp2 = 0;
        boolean anyDigit = false;
        boolean seenPoint = false;
        for (; pos < n; pos++) {
            char c = s.charAt(pos);
            if (c == '.' && !seenPoint) {
                seenPoint = true;
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0 || c > 'f') {
                break;
            }
            anyDigit = true;
            if (seenPoint) {
                exp2 -= 4;
            }
            if (kept < 15) {
                if (q != 0 || d != 0) {
                    q = q << 4 | d;
                    kept++;
                }
            } else {
                sticky |= d != 0;
                exp2 += 4;
            }
        }
        if (!anyDigit) {
            throw invalidHex();
        }
        if (pos < n && (s.charAt(pos) | 0x20) == 'p') {
            pos++;
            boolean expNegative = false;
            if (pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                expNegative = s.charAt(pos++) == '-';
            }
            int start = pos;
            long e = 0;
            while (pos < n && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                // Saturate: any exponent this large already over- or underflows.
                e = Math.min(e * 10 + (s.charAt(pos++) - '0'), 1L << 40);
            }
            if (pos == start) {
                throw invalidHex();
            }
            exp2 += expNegative ? -e : e;
        }
        if (pos != n) {
            throw invalidHex();
        }
        double r = q == 0 ? 0.0 : IntMath.scaledToDouble(q, sticky, exp2);
        if (Double.isInfinite(r)) {
            throw PyFailure.overflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -r : r;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static PyFailure invalidHex() {
        return PyFailure.valueError("invalid hexadecimal floating-point string");
    }
}
