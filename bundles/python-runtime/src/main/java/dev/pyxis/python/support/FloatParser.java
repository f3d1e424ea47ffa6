package dev.pyxis.python.support;

/**
 * {@code float(s)} for a str: surrounding whitespace, a sign, "inf"/"infinity"/"nan" in any
 * case, decimal literals with underscores between digits and any Unicode decimal digits,
 * correctly rounded.
 */
public final class FloatParser {
    private static final double NEGATIVE_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    private FloatParser() {
    }

    /** {@code float(s)}. @throws PyFailure ValueError "could not convert string to float: ..." */
    public static double parse(String s) {
        int end = NumberChars.trimSpaceEnd(s, 0, s.length());
        int pos = NumberChars.skipSpace(s, 0, end);
        StringBuilder text = new StringBuilder(end - pos + 1);
        int stop = scanSigned(s, pos, end, text);
        if (stop != end) {
            throw PyFailure.valueError("could not convert string to float: " + StrRepr.repr(s));
        }
        return valueOf(text);
    }

    /**
     * Scans the longest float literal with an optional sign at pos, writing a form that
     * {@link #valueOf} reads. Returns the index after it, or -1 when there is none.
     */
    static int scanSigned(String s, int pos, int end, StringBuilder out) {
        int i = pos;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            out.append(s.charAt(i++));
        }
        return scanUnsigned(s, i, end, out);
    }

    /** As {@link #scanSigned} without a sign. */
    static int scanUnsigned(String s, int pos, int end, StringBuilder out) {
        int special = specialLength(s, pos, end);
        if (special > 0) {
            out.append((s.charAt(pos) | 0x20) == 'i' ? "Infinity" : "NaN");
            return pos + special;
        }
        int mark = out.length();
        int i = scanDigits(s, pos, end, out);
        boolean intDigits = i > pos;
        boolean fracDigits = false;
        if (i < end && s.charAt(i) == '.') {
            out.append('.');
            int j = scanDigits(s, i + 1, end, out);
            fracDigits = j > i + 1;
            i = j;
        }
        if (!intDigits && !fracDigits) {
            out.setLength(mark);
            return -1;
        }
        if (i < end && (s.charAt(i) | 0x20) == 'e') {
            int expMark = out.length();
            out.append('e');
            int j = i + 1;
            if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                out.append(s.charAt(j++));
            }
            int k = scanDigits(s, j, end, out);
            if (k > j) {
                i = k;
            } else {
                out.setLength(expMark);
            }
        }
        return i;
    }

    /** The double of text written by a scan: Java's reader rounds correctly. */
    static double valueOf(CharSequence text) {
        int n = text.length();
        char last = text.charAt(n - 1);
        if (last == 'N') {
            return text.charAt(0) == '-' ? NEGATIVE_NAN : Double.NaN;
        }
        if (last == 'y') {
            return text.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(text.toString());
    }

    /**
     * Length of "infinity", "inf" or "nan" (any case) at pos, longest first; 0 for none.
     * Used by {@code float.fromhex} too.
     */
    static int specialLength(String s, int pos, int end) {
        if (matches(s, pos, end, "infinity")) {
            return 8;
        }
        if (matches(s, pos, end, "inf") || matches(s, pos, end, "nan")) {
            return 3;
        }
        return 0;
    }

    private static boolean matches(String s, int pos, int end, String word) {
        return end - pos >= word.length() && s.regionMatches(true, pos, word, 0, word.length());
    }

    /**
     * Digits with single underscores between them, as ASCII into out; an underscore not
     * between two digits ends the run before it. Returns the index after the run.
     */
    private static int scanDigits(String s, int pos, int end, StringBuilder out) {
        int i = pos;
        while (i < end) {
            int cp = s.codePointAt(i);
            int d = NumberChars.decimalValue(cp);
            if (d >= 0) {
                out.append((char) ('0' + d));
                i += Character.charCount(cp);
            } else if (cp == '_' && i > pos && i + 1 < end
                    && NumberChars.decimalValue(s.codePointAt(i + 1)) >= 0) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
