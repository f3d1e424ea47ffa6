package dev.pyxis.python.support;

import static dev.pyxis.python.support.UnicodeProperties.CASED;
import static dev.pyxis.python.support.UnicodeProperties.CASE_IGNORABLE;
import static dev.pyxis.python.support.UnicodeProperties.LOWER;
import static dev.pyxis.python.support.UnicodeProperties.MAP_FOLD;
import static dev.pyxis.python.support.UnicodeProperties.MAP_LOWER;
import static dev.pyxis.python.support.UnicodeProperties.MAP_TITLE;
import static dev.pyxis.python.support.UnicodeProperties.MAP_UPPER;
import static dev.pyxis.python.support.UnicodeProperties.SPECIAL_SHIFT;
import static dev.pyxis.python.support.UnicodeProperties.UPPER;

import dev.pyxis.python.support.UnicodeProperties.Ctype;

/**
 * Python 3.11's case conversions of {@code str}: {@code lower, upper, title, capitalize, swapcase,
 * casefold}, with the full (possibly multi-character) mappings of Unicode 14.0.0, such as
 * {@code 'ß'.upper() == 'SS'}, and the final-sigma rule wherever a capital sigma is lowered.
 *
 * <p>Strings are Python strings in the support package's representation (see {@link CodePoints}).
 * A method returns its argument itself when nothing changes, so callers must not rely on
 * identity.
 */
public final class CaseMapping {
    private static final int CAPITAL_SIGMA = 0x3A3, SMALL_SIGMA = 0x3C3, FINAL_SIGMA = 0x3C2;

    private CaseMapping() {
    }

    /** {@code s.lower()}. */
    public static String lower(String s) {
        return mapEach(s, MAP_LOWER);
    }

    /** {@code s.upper()}. */
    public static String upper(String s) {
        return mapEach(s, MAP_UPPER);
    }

    /** {@code s.casefold()}. */
    public static String casefold(String s) {
        return mapEach(s, MAP_FOLD);
    }

    /**
     * {@code s.title()}: a character after a cased character is lowered, any other is title-cased;
     * words are therefore runs of cased characters (so {@code "they're"} becomes
     * {@code "They'Re"}, as in Python).
     */
    public static String title(String s) {
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        boolean previousCased = false;
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            int len = cp >= 0x10000 ? 2 : 1;
            if (previousCased) {
                appendLower(sb, s, i, cp, len);
            } else {
                appendMapping(sb, cp, MAP_TITLE);
            }
            previousCased = (UnicodeProperties.flags(cp) & CASED) != 0;
            i += len;
        }
        return sb.toString();
    }

    /** {@code s.capitalize()}: the first character title-cased, the rest lowered. */
    public static String capitalize(String s) {
        int n = s.length();
        if (n == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        int first = s.codePointAt(0);
        appendMapping(sb, first, MAP_TITLE);
        for (int i = first >= 0x10000 ? 2 : 1; i < n; ) {
            int cp = s.codePointAt(i);
            int len = cp >= 0x10000 ? 2 : 1;
            appendLower(sb, s, i, cp, len);
            i += len;
        }
        return sb.toString();
    }

    /** {@code s.swapcase()}: uppercase characters lowered, lowercase ones uppercased. */
    public static String swapcase(String s) {
        int n = s.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 128) {
                sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int len = cp >= 0x10000 ? 2 : 1;
            int f = UnicodeProperties.flags(cp);
            if ((f & UPPER) != 0) {
                appendLower(sb, s, i, cp, len);
            } else if ((f & LOWER) != 0) {
                appendMapping(sb, cp, MAP_UPPER);
            } else {
                sb.appendCodePoint(cp);
            }
            i += len;
        }
        return sb.toString();
    }

    /** Appends the full mapping ({@code MAP_*}) of {@code cp}, without context rules. */
    static void appendMapping(StringBuilder sb, int cp, int which) {
        if (cp < 128) {
            sb.append((char) asciiMap(cp, which));
            return;
        }
        int rec = Ctype.TABLE.record(cp);
        int value = switch (which) {
            case MAP_LOWER -> Ctype.LOWER[rec];
            case MAP_UPPER -> Ctype.UPPER[rec];
            case MAP_TITLE -> Ctype.TITLE[rec];
            default -> Ctype.FOLD[rec];
        };
        if ((Ctype.FLAGS[rec] & (1 << (SPECIAL_SHIFT + which))) == 0) {
            sb.appendCodePoint(cp + value);
        } else {
            int offset = value >>> 2, end = offset + (value & 3);
            for (int k = offset; k < end; k++) {
                sb.appendCodePoint(Ctype.POOL[k]);
            }
        }
    }

    private static int asciiMap(int c, int which) {
        if (which == MAP_UPPER || which == MAP_TITLE) {
            return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** Lowers {@code cp} found at {@code s[i, i + len)}, applying the final-sigma rule. */
    private static void appendLower(StringBuilder sb, String s, int i, int cp, int len) {
        if (cp == CAPITAL_SIGMA) {
            sb.appendCodePoint(isFinalSigma(s, i, len) ? FINAL_SIGMA : SMALL_SIGMA);
        } else {
            appendMapping(sb, cp, MAP_LOWER);
        }
    }

    /**
     * Unicode's Final_Sigma condition for the sigma at {@code s[i]}: a cased letter before it
     * and none after it, skipping case-ignorable characters in both directions.
     */
    static boolean isFinalSigma(String s, int i, int len) {
        int j = i;
        boolean casedBefore = false;
        while (j > 0) {
            int cp = s.codePointBefore(j);
            j -= cp >= 0x10000 ? 2 : 1;
            int f = UnicodeProperties.flags(cp);
            if ((f & CASE_IGNORABLE) == 0) {
                casedBefore = (f & CASED) != 0;
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        for (j = i + len; j < s.length(); ) {
            int cp = s.codePointAt(j);
            j += cp >= 0x10000 ? 2 : 1;
            int f = UnicodeProperties.flags(cp);
            if ((f & CASE_IGNORABLE) == 0) {
                return (f & CASED) == 0;
            }
        }
        return true;
    }

    /** Maps every code point with one mapping; ASCII runs that need no change are copied. */
    private static String mapEach(String s, int which) {
        int n = s.length();
        int i = 0;
        boolean toUpper = which == MAP_UPPER;
        // Skip the prefix that is ASCII and already in the target case.
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128 || (toUpper ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z')) {
                break;
            }
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n + 8);
        sb.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (c < 128) {
                sb.append((char) asciiMap(c, which));
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int len = cp >= 0x10000 ? 2 : 1;
            if (which == MAP_LOWER) {
                appendLower(sb, s, i, cp, len);
            } else {
                appendMapping(sb, cp, which);
            }
            i += len;
        }
        return sb.toString();
    }
}
