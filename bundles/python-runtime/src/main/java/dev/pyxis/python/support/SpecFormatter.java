package dev.pyxis.python.support;

import java.math.BigInteger;

/**
 * {@code format(value, spec)} for the builtin int, float, complex and str, given a parsed
 * {@link FormatSpec}: presentation types, sign, alternate form, grouping, fill and alignment,
 * with CPython's errors for combinations a type rejects.
 */
public final class SpecFormatter {
    /** Longest result Java can hold; CPython would build it, we report MemoryError. */
    private static final long MAX_WIDTH = Integer.MAX_VALUE - 64;

    private SpecFormatter() {
    }

    /** {@code format(v, spec)} for an int that fits a long. */
    public static String formatInt(FormatSpec spec, long v) {
        int t = spec.type();
        if (isFloatType(t)) {
            return formatFloat(spec, (double) v);
        }
        checkInt(spec);
        if (t == 'c') {
            return intChar(spec, v);
        }
        String digits = IntText.magnitudeDigits(v, base(t));
        return intResult(spec, v < 0, t == 'X' ? digits.toUpperCase() : digits);
    }

    /**
     * {@code format(v, spec)} for any int.
     *
     * @param maxStrDigits the int-to-str digit limit for decimal output, 0 for none
     */
    public static String formatInt(FormatSpec spec, BigInteger v, int maxStrDigits) {
        if (v.bitLength() < 64) {
            return formatInt(spec, v.longValue());
        }
        int t = spec.type();
        if (isFloatType(t)) {
            return formatFloat(spec, IntMath.toDouble(v));
        }
        checkInt(spec);
        if (t == 'c') {
            throw PyFailure.overflowError("Python int too large to convert to C long");
        }
        int base = base(t);
        BigInteger m = v.abs();
        String digits = base == 10 ? IntText.toDecimal(m, maxStrDigits) : m.toString(base);
        return intResult(spec, v.signum() < 0, t == 'X' ? digits.toUpperCase() : digits);
    }

    /** {@code format(x, spec)} for a float. */
    public static String formatFloat(FormatSpec spec, double x) {
        int t = spec.type() == FormatSpec.NUL_TYPE ? 0 : spec.type();
        if (!isFloatType(t) && t != 0 && t != 'n') {
            throw spec.unknownType();
        }
        int precision = precision(spec);
        boolean negative = FloatRepr.isNegative(x) && x == x;
        String body = floatBody(spec, Math.abs(x), t, precision, FloatRepr.ADD_DOT_0);
        if (negative && spec.noNegZero() && isZero(body)) {
            negative = false;
        }
        int intEnd = digitRun(body);
        return number(spec, sign(spec.sign(), negative), "", body.substring(0, intEnd),
                body.substring(intEnd), 3);
    }

    /** {@code format(complex(re, im), spec)}. */
    public static String formatComplex(FormatSpec spec, double re, double im) {
        int t = spec.type() == FormatSpec.NUL_TYPE ? 0 : spec.type();
        if (!isFloatType(t) && t != 0 && t != 'n' || t == '%') {
            throw spec.unknownType();
        }
        if (spec.fillOrDefault() == '0') {
            throw PyFailure.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align() == '=') {
            throw PyFailure.valueError(
                    "'=' alignment flag is not allowed in complex format specifier");
        }
        int precision = precision(spec);
        boolean bare = t == 0;
        boolean skipReal = bare && Double.doubleToRawLongBits(re) == 0;
        String imag = complexPart(spec, im, t, precision, skipReal ? spec.sign() : '+') + "j";
        String text = skipReal ? imag
                : bare ? "(" + complexPart(spec, re, t, precision, spec.sign()) + imag + ")"
                : complexPart(spec, re, t, precision, spec.sign()) + imag;
        return pad(text, spec.width(), spec.fillOrDefault(), spec.align() == 0 ? '>' : spec.align());
    }

    /** {@code format(s, spec)} for a str (the spec parsed with default type 's'). */
    public static String formatStr(FormatSpec spec, String s) {
        if (spec.type() != 's') {
            throw spec.unknownType();
        }
        if (spec.sign() == ' ') {
            throw PyFailure.valueError("Space not allowed in string format specifier");
        }
        if (spec.sign() != 0) {
            throw PyFailure.valueError("Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw PyFailure.valueError(
                    "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw PyFailure.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw PyFailure.valueError("'=' alignment not allowed in string format specifier");
        }
        String text = s;
        if (spec.precision() >= 0 && spec.precision() < s.length()
                && s.codePointCount(0, s.length()) > spec.precision()) {
            text = s.substring(0, s.offsetByCodePoints(0, (int) spec.precision()));
        }
        return pad(text, spec.width(), spec.fillOrDefault(), spec.align() == 0 ? '<' : spec.align());
    }

    /**
     * Pads text (measured in code points) to a width with a fill and an alignment
     * ('&lt;', '&gt;', '^'); shared with {@code %} formatting.
     */
    static String pad(String text, long width, int fill, char align) {
        int len = text.codePointCount(0, text.length());
        if (width <= len) {
            return text;
        }
        if (width > MAX_WIDTH) {
            throw new PyFailure(PyFailure.Kind.MEMORY_ERROR, "");
        }
        int p = (int) (width - len);
        int left = switch (align) {
            case '<' -> 0;
            case '^' -> p / 2;
            default -> p;
        };
        StringBuilder b = new StringBuilder(text.length() + p);
        b.repeat(fill, left).append(text).repeat(fill, p - left);
        return b.toString();
    }

    private static String complexPart(FormatSpec spec, double x, int t, int precision, char signOption) {
        boolean negative = FloatRepr.isNegative(x) && x == x;
        String body = floatBody(spec, Math.abs(x), t, precision, 0);
        if (negative && spec.noNegZero() && isZero(body)) {
            negative = false;
        }
        String sign = sign(signOption, negative);
        if (spec.grouping() == 0) {
            return sign + body;
        }
        int intEnd = digitRun(body);
        return sign + group(body.substring(0, intEnd), spec.grouping(), 3, 0) + body.substring(intEnd);
    }

    /** The text of |x| for a float presentation type, '%' included. */
    private static String floatBody(FormatSpec spec, double ax, int t, int precision, int bareFlags) {
        int flags = spec.alternate() ? FloatRepr.ALT : 0;
        return switch (t) {
            case 0 -> precision < 0
                    ? FloatRepr.formatAbs(ax, 'r', 0, flags | bareFlags)
                    : FloatRepr.formatAbs(ax, 'g', precision, flags | bareFlags);
            case 'n' -> FloatRepr.formatAbs(ax, 'g', precision < 0 ? 6 : precision, flags);
            case '%' -> FloatRepr.formatAbs(ax * 100, 'f', precision < 0 ? 6 : precision, flags) + "%";
            default -> FloatRepr.formatAbs(ax, (char) (t | 0x20), precision < 0 ? 6 : precision,
                    t < 'a' ? flags | FloatRepr.UPPER : flags);
        };
    }

    private static int precision(FormatSpec spec) {
        if (spec.precision() > Integer.MAX_VALUE) {
            throw PyFailure.valueError("precision too big");
        }
        return (int) spec.precision();
    }

    private static void checkInt(FormatSpec spec) {
        int t = spec.type();
        switch (t) {
            case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> {
            }
            default -> throw spec.unknownType();
        }
        if (spec.precision() >= 0) {
            throw PyFailure.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw PyFailure.valueError(
                    "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (t == 'c') {
            if (spec.sign() != 0) {
                throw PyFailure.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate()) {
                throw PyFailure.valueError(
                        "Alternate form (#) not allowed with integer format specifier 'c'");
            }
        }
    }

    private static String intChar(FormatSpec spec, long v) {
        if (v < 0 || v > Character.MAX_CODE_POINT) {
            throw PyFailure.overflowError("%c arg not in range(0x110000)");
        }
        return pad(Character.toString((int) v), spec.width(), spec.fillOrDefault(),
                spec.numberAlign() == '=' ? '>' : spec.numberAlign());
    }

    private static String intResult(FormatSpec spec, boolean negative, String digits) {
        int t = spec.type();
        String prefix = !spec.alternate() ? "" : switch (t) {
            case 'b' -> "0b";
            case 'o' -> "0o";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
        };
        int groupSize = t == 'b' || t == 'o' || t == 'x' || t == 'X' ? 4 : 3;
        return number(spec, sign(spec.sign(), negative), prefix, digits, "", groupSize);
    }

    private static boolean isFloatType(int t) {
        return switch (t) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> true;
            default -> false;
        };
    }

    private static int base(int t) {
        return switch (t) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
    }

    private static String sign(char option, boolean negative) {
        if (negative) {
            return "-";
        }
        return option == '+' ? "+" : option == ' ' ? " " : "";
    }

    /** True when a float body shows a zero value (all mantissa digits zero). */
    private static boolean isZero(String body) {
        for (int i = 0, n = body.length(); i < n; i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E' || c == '%') {
                return true;
            }
            if (c != '0' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static int digitRun(String body) {
        int i = 0;
        while (i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /**
     * Sign, prefix, integer digits (grouped here) and the rest, padded to the width. With '='
     * alignment and a '0' fill, grouping extends into the padding as CPython does.
     */
    private static String number(FormatSpec spec, String sign, String prefix, String intDigits,
                                 String rest, int groupSize) {
        int fill = spec.fillOrDefault();
        char align = spec.numberAlign();
        char sep = spec.grouping();
        long width = spec.width();
        if (sep != 0 && align == '=' && fill == '0' && width > 0 && !intDigits.isEmpty()) {
            long need = width - sign.length() - prefix.length() - rest.length();
            if (need > MAX_WIDTH) {
                throw new PyFailure(PyFailure.Kind.MEMORY_ERROR, "");
            }
            return sign + prefix + group(intDigits, sep, groupSize, (int) need) + rest;
        }
        String grouped = sep != 0 ? group(intDigits, sep, groupSize, 0) : intDigits;
        if (align != '=') {
            return pad(sign + prefix + grouped + rest, width, fill, align);
        }
        String head = sign + prefix;
        String padded = pad(grouped + rest, width - head.length(), fill, '>');
        return head + padded;
    }

    /**
     * Digits with a separator every groupSize digits from the right, extended with zero
     * digits until at least minLength characters and ending on a digit.
     */
    private static String group(String digits, char sep, int groupSize, int minLength) {
        int n = digits.length();
        StringBuilder b = new StringBuilder(Math.max(minLength, n + n / groupSize) + 1);
        int inGroup = 0;
        int i = n;
        while (i > 0 || b.length() < minLength) {
            if (inGroup == groupSize) {
                b.append(sep);
                inGroup = 0;
            }
            b.append(i > 0 ? digits.charAt(--i) : '0');
            inGroup++;
        }
        return b.reverse().toString();
    }
}
