package dev.pyxis.python.support;

import java.math.BigInteger;

/**
 * The conversions of printf-style {@code str % args} formatting. The object space walks the
 * format string and the arguments: it calls {@link #parse} after each '%', fetches the
 * argument (and any '*' width or precision), converts it as the conversion requires
 * ({@code __index__}/{@code __int__}, {@code __float__}, {@code repr}/{@code str}/{@code ascii})
 * and calls one of the format methods here with the Java value.
 */
public final class PercentFormat {
    /** Flag '-': left-justify. */
    public static final int LEFT = 1;
    /** Flag '+': always a sign. */
    public static final int PLUS = 2;
    /** Flag ' ': a space for non-negative numbers. */
    public static final int BLANK = 4;
    /** Flag '#': alternate form. */
    public static final int ALT = 8;
    /** Flag '0': zero padding for numbers. */
    public static final int ZERO = 16;
    /** Width or precision given as '*': taken from the arguments. */
    public static final long STAR = -2;

    private PercentFormat() {
    }

    /**
     * One parsed conversion specifier.
     *
     * @param key        the mapping key of "%(key)s", or null
     * @param flags      bit set of {@link #LEFT}, {@link #PLUS}, {@link #BLANK}, {@link #ALT},
     *                   {@link #ZERO}
     * @param width      -1 for none, {@link #STAR}, else the width
     * @param precision  -1 for none, {@link #STAR}, else the precision
     * @param conversion the conversion code point (not validated: see {@link #unsupported})
     * @param end        index after the conversion character
     */
    public record Spec(String key, int flags, long width, long precision, int conversion, int end) {
    }

    /**
     * Parses the specifier that starts after a '%' at index start.
     *
     * @throws PyFailure ValueError "incomplete format", "incomplete format key", "width too
     *                   big", "precision too big"
     */
    public static Spec parse(String fmt, int start) {
        int n = fmt.length();
        int i = start;
        String key = null;
        if (i < n && fmt.charAt(i) == '(') {
            int depth = 1;
            int keyStart = ++i;
            while (i < n && depth > 0) {
                char c = fmt.charAt(i++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            if (depth > 0) {
                throw PyFailure.valueError("incomplete format key");
            }
            key = fmt.substring(keyStart, i - 1);
        }
        int flags = 0;
        for (; i < n; i++) {
            int f = switch (fmt.charAt(i)) {
                case '-' -> LEFT;
                case '+' -> PLUS;
                case ' ' -> BLANK;
                case '#' -> ALT;
                case '0' -> ZERO;
                default -> 0;
            };
            if (f == 0) {
                break;
            }
            flags |= f;
        }
        long width = -1;
        if (i < n && fmt.charAt(i) == '*') {
            width = STAR;
            i++;
        } else if (i < n && isDigit(fmt.charAt(i))) {
            width = 0;
            while (i < n && isDigit(fmt.charAt(i))) {
                int d = fmt.charAt(i++) - '0';
                if (width > (Long.MAX_VALUE - d) / 10) {
                    throw PyFailure.valueError("width too big");
                }
                width = width * 10 + d;
            }
        }
        long precision = -1;
        if (i < n && fmt.charAt(i) == '.') {
            i++;
            precision = 0;
            if (i < n && fmt.charAt(i) == '*') {
                precision = STAR;
                i++;
            } else {
                while (i < n && isDigit(fmt.charAt(i))) {
                    precision = precision * 10 + (fmt.charAt(i++) - '0');
                    if (precision > Integer.MAX_VALUE) {
                        throw PyFailure.valueError("precision too big");
                    }
                }
            }
        }
        while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
            i++;
        }
        if (i >= n) {
            throw PyFailure.valueError("incomplete format");
        }
        int c = fmt.codePointAt(i);
        return new Spec(key, flags, width, precision, c, i + Character.charCount(c));
    }

    /** The ValueError for a conversion character Python does not know, at its index. */
    public static PyFailure unsupported(int c, int index) {
        char shown = c >= 0x20 && c < 0x7f ? (char) c : '?';
        return PyFailure.valueError("unsupported format character '" + shown + "' (0x"
                + Integer.toHexString(c) + ") at index " + index);
    }

    /** The TypeError of %x/%o/%X (and %c) given a non-integer: "%x format: an integer is required, not float". */
    public static PyFailure integerRequired(int conversion, String typeName) {
        return PyFailure.typeError("%" + (char) conversion + " format: an integer is required, not "
                + typeName);
    }

    /** The TypeError of %d/%i/%u given a non-number: "%d format: a real number is required, not str". */
    public static PyFailure realNumberRequired(int conversion, String typeName) {
        return PyFailure.typeError("%" + (char) conversion + " format: a real number is required, not "
                + typeName);
    }

    /** The TypeError of %c given something other than an int or a one-character str. */
    public static PyFailure charRequired() {
        return PyFailure.typeError("%c requires int or char");
    }

    /**
     * An integer conversion: d, i, u (decimal), o, x, X.
     *
     * @param precision minimum number of digits, -1 for none
     */
    public static String formatInt(int flags, long width, long precision, int conversion, long v) {
        int base = base(conversion);
        String digits = IntText.magnitudeDigits(v, base);
        return intText(flags, width, precision, conversion, v < 0,
                conversion == 'X' ? digits.toUpperCase() : digits);
    }

    /** As {@link #formatInt(int, long, long, int, long)} for any int; maxStrDigits limits decimal output (0: none). */
    public static String formatInt(int flags, long width, long precision, int conversion,
                                   BigInteger v, int maxStrDigits) {
        if (v.bitLength() < 64) {
            return formatInt(flags, width, precision, conversion, v.longValue());
        }
        int base = base(conversion);
        BigInteger m = v.abs();
        String digits = base == 10 ? IntText.toDecimal(m, maxStrDigits) : m.toString(base);
        return intText(flags, width, precision, conversion, v.signum() < 0,
                conversion == 'X' ? digits.toUpperCase() : digits);
    }

    /** A float conversion: e, E, f, F, g, G (precision -1 means 6). */
    public static String formatFloat(int flags, long width, long precision, int conversion, double x) {
        int fl = (flags & ALT) != 0 ? FloatRepr.ALT : 0;
        if (conversion < 'a') {
            fl |= FloatRepr.UPPER;
        }
        int p = precision < 0 ? 6 : (int) precision;
        String body = FloatRepr.formatAbs(Math.abs(x), (char) (conversion | 0x20), p, fl);
        boolean negative = FloatRepr.isNegative(x) && x == x;
        return numberText(flags, width, sign(flags, negative), "", body);
    }

    /**
     * %c of an int code point.
     *
     * @throws PyFailure OverflowError "%c arg not in range(0x110000)"
     */
    public static String formatChar(int flags, long width, BigInteger codePoint) {
        if (codePoint.signum() < 0 || codePoint.bitLength() > 21
                || codePoint.intValue() > Character.MAX_CODE_POINT) {
            throw PyFailure.overflowError("%c arg not in range(0x110000)");
        }
        return formatText(flags, width, -1, Character.toString(codePoint.intValue()));
    }

    /**
     * %s, %r, %a (and %c of a one-character str): the text already converted, cut to the
     * precision and padded with spaces to the width.
     */
    public static String formatText(int flags, long width, long precision, String text) {
        String t = text;
        if (precision >= 0 && precision < t.length()
                && t.codePointCount(0, t.length()) > precision) {
            t = t.substring(0, t.offsetByCodePoints(0, (int) precision));
        }
        return SpecFormatter.pad(t, width, ' ', (flags & LEFT) != 0 ? '<' : '>');
    }

    private static String intText(int flags, long width, long precision, int conversion,
                                  boolean negative, String digits) {
        String prefix = (flags & ALT) == 0 ? "" : switch (conversion) {
            case 'o' -> "0o";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
        };
        String body = precision > digits.length()
                ? "0".repeat((int) (precision - digits.length())) + digits : digits;
        return numberText(flags, width, sign(flags, negative), prefix, body);
    }

    private static String numberText(int flags, long width, String sign, String prefix, String body) {
        int len = sign.length() + prefix.length() + body.length();
        if ((flags & LEFT) != 0 || (flags & ZERO) == 0 || width <= len) {
            return SpecFormatter.pad(sign + prefix + body, width, ' ',
                    (flags & LEFT) != 0 ? '<' : '>');
        }
        String head = sign + prefix;
        return head + SpecFormatter.pad(body, width - head.length(), '0', '>');
    }

    private static String sign(int flags, boolean negative) {
        if (negative) {
            return "-";
        }
        return (flags & PLUS) != 0 ? "+" : (flags & BLANK) != 0 ? " " : "";
    }

    private static int base(int conversion) {
        return switch (conversion) {
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
