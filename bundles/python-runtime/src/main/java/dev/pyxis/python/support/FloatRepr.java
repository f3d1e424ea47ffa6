package dev.pyxis.python.support;

/**
 * Python's text forms of a float: {@code repr}/{@code str} and the digit layouts behind
 * {@code format()} and {@code %} formatting ('e', 'f', 'g' and the shortest round-trip 'r').
 */
public final class FloatRepr {
    /** Flag: alternate form ('#'): always a decimal point, 'g' keeps trailing zeros. */
    public static final int ALT = 1;
    /** Flag: a fixed-point result without a fractional part gets ".0" (str/repr style). */
    public static final int ADD_DOT_0 = 2;
    /** Flag: upper case 'E', "INF", "NAN". */
    public static final int UPPER = 4;

    /** Decimal exponent ("point") above which repr switches to exponent notation. */
    private static final int REPR_EXP_LIMIT = 16;

    private FloatRepr() {
    }

    /** {@code repr(x)} (and {@code str(x)}) exactly as CPython 3.11 writes it. */
    public static String repr(double x) {
        if (x != x) {
            return "nan";
        }
        String body = formatAbs(Math.abs(x), 'r', 0, ADD_DOT_0);
        return isNegative(x) ? "-" + body : body;
    }

    /** True for negative values including -0.0 and NaNs with the sign bit set. */
    public static boolean isNegative(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    /**
     * The text of {@code |x|} without a sign.
     *
     * @param ax        the magnitude (a NaN prints as "nan" whatever its sign)
     * @param mode      'e' (precision digits after the point of a d.ddd mantissa), 'f'
     *                  (precision digits after the point), 'g' (precision significant digits,
     *                  0 meaning 1; exponent form when the exponent is below -4 or not below
     *                  the precision, lowered by one under {@link #ADD_DOT_0}), 'r' (shortest
     *                  round-trip digits; exponent form below 1e-4 and from 1e16)
     * @param precision ignored for 'r'
     * @param flags     {@link #ALT}, {@link #ADD_DOT_0}, {@link #UPPER}
     */
    public static String formatAbs(double ax, char mode, int precision, int flags) {
        boolean upper = (flags & UPPER) != 0;
        if (ax != ax) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(ax)) {
            return upper ? "INF" : "inf";
        }
        boolean alt = (flags & ALT) != 0;
        boolean dot0 = (flags & ADD_DOT_0) != 0;
        StringBuilder b = new StringBuilder(24);
        switch (mode) {
            case 'e' -> {
                FloatDigits d = FloatDigits.significant(ax, precision + 1);
                exponentForm(b, d.digits(), d.digits().length(), d.point(), alt, upper);
            }
            case 'f' -> {
                FloatDigits d = FloatDigits.fixed(ax, precision);
                fixedForm(b, d.digits(), d.digits().length(), d.point(), alt, false);
            }
            case 'g' -> {
                int p = precision == 0 ? 1 : precision;
                FloatDigits d = FloatDigits.significant(ax, p);
                String digits = d.digits();
                int len = alt ? p : stripZeros(digits);
                int limit = dot0 ? p - 1 : p;
                if (d.point() <= -4 || d.point() > limit) {
                    exponentForm(b, digits, len, d.point(), alt, upper);
                } else {
                    fixedForm(b, digits, len, d.point(), alt, dot0);
                }
            }
            case 'r' -> {
                FloatDigits d = FloatDigits.shortest(ax);
                String digits = d.digits();
                if (d.point() <= -4 || d.point() > REPR_EXP_LIMIT) {
                    exponentForm(b, digits, digits.length(), d.point(), alt, upper);
                } else {
                    fixedForm(b, digits, digits.length(), d.point(), alt, dot0);
                }
            }
            default -> throw new IllegalArgumentException("mode " + mode);
        }
        return b.toString();
    }

    /** Length of the digits without trailing zeros (at least 1). */
    private static int stripZeros(String digits) {
        int len = digits.length();
        while (len > 1 && digits.charAt(len - 1) == '0') {
            len--;
        }
        return len;
    }

    private static void exponentForm(StringBuilder b, String digits, int len, int point,
                                     boolean alt, boolean upper) {
        b.append(digits.charAt(0));
        if (len > 1 || alt) {
            b.append('.').append(digits, 1, len);
        }
        int exp = point - 1;
        b.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e < 10) {
            b.append('0');
        }
        b.append(e);
    }

    private static void fixedForm(StringBuilder b, String digits, int len, int point,
                                  boolean alt, boolean dot0) {
        if (point <= 0) {
            b.append('0');
        } else if (point >= len) {
            b.append(digits, 0, len).repeat('0', point - len);
        } else {
            b.append(digits, 0, point);
        }
        boolean hasFraction = point < len;
        if (hasFraction || alt) {
            b.append('.');
        }
        if (hasFraction) {
            if (point < 0) {
                b.repeat('0', -point).append(digits, 0, len);
            } else {
                b.append(digits, point, len);
            }
        } else if (dot0) {
            b.append(alt ? "0" : ".0");
        }
    }
}
