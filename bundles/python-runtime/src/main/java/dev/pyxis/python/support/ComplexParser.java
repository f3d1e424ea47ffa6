package dev.pyxis.python.support;

/**
 * {@code complex(s)} for a str: optional parentheses, whitespace outside the number (and
 * inside the parentheses), "real", "imag j", "real ± imag j", a bare "j" meaning 1j, with float
 * literals as {@link FloatParser} reads them.
 */
public final class ComplexParser {
    private ComplexParser() {
    }

    /**
     * {@code complex(s)} as {real, imag}.
     *
     * @throws PyFailure ValueError "could not convert string to complex: 's'" for a misplaced
     *                   underscore, else "complex() arg is a malformed string"
     */
    public static double[] parse(String s) {
        checkUnderscores(s);
        int end = NumberChars.trimSpaceEnd(s, 0, s.length());
        int pos = NumberChars.skipSpace(s, 0, end);
        if (pos < end && s.charAt(pos) == '(' && s.charAt(end - 1) == ')') {
            end = NumberChars.trimSpaceEnd(s, pos + 1, end - 1);
            pos = NumberChars.skipSpace(s, pos + 1, end);
        }
        StringBuilder text = new StringBuilder(end - pos + 1);
        int i = FloatParser.scanSigned(s, pos, end, text);
        double re = 0;
        double im;
        if (i < 0) {
            // No number: only "j", "+j" or "-j" remain possible.
            i = pos;
            boolean negative = i < end && s.charAt(i) == '-';
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            im = negative ? -1.0 : 1.0;
            i = expectJ(s, i, end);
        } else if (i < end && (s.charAt(i) | 0x20) == 'j') {
            im = FloatParser.valueOf(text);
            i++;
        } else if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            re = FloatParser.valueOf(text);
            text.setLength(0);
            int j = FloatParser.scanSigned(s, i, end, text);
            if (j < 0) {
                im = s.charAt(i) == '-' ? -1.0 : 1.0;
                i = expectJ(s, i + 1, end);
            } else {
                im = FloatParser.valueOf(text);
                i = expectJ(s, j, end);
            }
        } else {
            re = FloatParser.valueOf(text);
            im = 0;
        }
        if (i != end) {
            throw malformed();
        }
        return new double[] {re, im};
    }

    /** Every underscore must sit between two digits, wherever it is. */
    private static void checkUnderscores(String s) {
        for (int i = s.indexOf('_'); i >= 0; i = s.indexOf('_', i + 1)) {
            if (i == 0 || i + 1 == s.length()
                    || NumberChars.decimalValue(s.codePointBefore(i)) < 0
                    || NumberChars.decimalValue(s.codePointAt(i + 1)) < 0) {
                throw PyFailure.valueError("could not convert string to complex: " + StrRepr.repr(s));
            }
        }
    }

    private static int expectJ(String s, int i, int end) {
        if (i < end && (s.charAt(i) | 0x20) == 'j') {
            return i + 1;
        }
        throw malformed();
    }

    private static PyFailure malformed() {
        return PyFailure.valueError("complex() arg is a malformed string");
    }
}
