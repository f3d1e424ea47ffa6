package dev.pyxis.python.support;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite, non-negative double: {@code value = 0.d1d2...dn × 10^point}.
 * Three ways to choose them, each correctly rounded on the exact binary value: the shortest
 * digits that read back as the same double (closest to the value among those), a given number
 * of significant digits, or a given number of digits after the decimal point. Ties round half
 * to even, as CPython does.
 *
 * @param digits ASCII decimal digits; never empty; "0" (or zeros) only for a zero value
 * @param point  position of the decimal point relative to the first digit
 */
public record FloatDigits(String digits, int point) {

    /** Doubles below this are subnormal: their relative spacing defeats the fast paths. */
    private static final double MIN_NORMAL = Double.MIN_NORMAL;

    /** The shortest digits that round-trip; ties between shortest candidates go to the closest. */
    public static FloatDigits shortest(double ax) {
        if (ax == 0) {
            return new FloatDigits("0", 1);
        }
        FloatDigits d = parseJava(Double.toString(ax));
        if (d.digits.length() == 2) {
            // Java prefers two digits when one would do; CPython takes the one-digit form.
            FloatDigits one = oneDigit(ax, d);
            if (one != null) {
                return one;
            }
        }
        return d;
    }

    /** The value rounded to {@code n >= 1} significant digits (exactly n digits, zero padded). */
    public static FloatDigits significant(double ax, int n) {
        if (ax == 0) {
            return new FloatDigits("0".repeat(n), 1);
        }
        if (n <= 15 && ax >= MIN_NORMAL) {
            FloatDigits s = shortest(ax);
            if (s.digits.length() <= n) {
                // A normal double lies within 2^-53 relative of its shortest form, far inside
                // half a unit of the 15th digit: the shortest digits padded are the rounding.
                return s.padTo(n);
            }
        }
        BigDecimal r = new BigDecimal(ax).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        return new FloatDigits(u, u.length() - r.scale()).padTo(n);
    }

    /**
     * The value rounded to {@code n >= 0} digits after the point: the digits of
     * {@code round(ax × 10^n)} with {@code point = length - n} (so "0" with {@code point = 1 - n}
     * when it rounds to zero).
     */
    public static FloatDigits fixed(double ax, int n) {
        if (ax != 0 && ax >= MIN_NORMAL) {
            FloatDigits s = shortest(ax);
            int sig = s.point + n;
            if (sig <= 15 && s.point - s.digits.length() >= -n) {
                return s.padTo(sig);
            }
        }
        BigDecimal r = new BigDecimal(ax).setScale(n, RoundingMode.HALF_EVEN);
        BigInteger unscaled = r.unscaledValue();
        String u = unscaled.toString();
        return new FloatDigits(u, u.length() - n);
    }

    private FloatDigits padTo(int n) {
        int len = digits.length();
        return len >= n ? this : new FloatDigits(digits + "0".repeat(n - len), point);
    }

    /** Digits and point of a {@link Double#toString} result, without leading or trailing zeros. */
    private static FloatDigits parseJava(String s) {
        StringBuilder b = new StringBuilder(20);
        int intDigits = -1;
        int exp = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                intDigits = b.length();
            } else if (c == 'E') {
                exp = Integer.parseInt(s, i + 1, n, 10);
                break;
            } else {
                b.append(c);
            }
        }
        if (intDigits < 0) {
            intDigits = b.length();
        }
        int start = 0;
        while (start < b.length() - 1 && b.charAt(start) == '0') {
            start++;
        }
        int end = b.length();
        while (end > start + 1 && b.charAt(end - 1) == '0') {
            end--;
        }
        return new FloatDigits(b.substring(start, end), intDigits + exp - start);
    }

    /** A one-digit form of two-digit shortest digits, when one reads back as the same double. */
    private static FloatDigits oneDigit(double ax, FloatDigits two) {
        int a = two.digits.charAt(0) - '0';
        FloatDigits down = new FloatDigits(String.valueOf((char) ('0' + a)), two.point);
        FloatDigits up = a == 9 ? new FloatDigits("1", two.point + 1)
                : new FloatDigits(String.valueOf((char) ('1' + a)), two.point);
        boolean downOk = down.readsBackAs(ax);
        boolean upOk = up.readsBackAs(ax);
        if (downOk && upOk) {
            BigDecimal x = new BigDecimal(ax);
            BigDecimal dd = x.subtract(down.toBigDecimal()).abs();
            BigDecimal du = up.toBigDecimal().subtract(x).abs();
            return du.compareTo(dd) < 0 ? up : down;
        }
        return downOk ? down : upOk ? up : null;
    }

    private boolean readsBackAs(double ax) {
        return Double.parseDouble(digits + "E" + (point - digits.length())) == ax;
    }

    private BigDecimal toBigDecimal() {
        return new BigDecimal(new BigInteger(digits), digits.length() - point);
    }
}
