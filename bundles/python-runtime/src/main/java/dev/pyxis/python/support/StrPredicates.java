package dev.pyxis.python.support;

import static dev.pyxis.python.support.UnicodeProperties.ALPHA;
import static dev.pyxis.python.support.UnicodeProperties.DECIMAL;
import static dev.pyxis.python.support.UnicodeProperties.DIGIT;
import static dev.pyxis.python.support.UnicodeProperties.ID_CONTINUE;
import static dev.pyxis.python.support.UnicodeProperties.ID_START;
import static dev.pyxis.python.support.UnicodeProperties.LOWER;
import static dev.pyxis.python.support.UnicodeProperties.NUMERIC;
import static dev.pyxis.python.support.UnicodeProperties.PRINTABLE;
import static dev.pyxis.python.support.UnicodeProperties.SPACE;
import static dev.pyxis.python.support.UnicodeProperties.TITLE;
import static dev.pyxis.python.support.UnicodeProperties.UPPER;

/**
 * The {@code str.isX()} predicates of Python 3.11 over whole strings (in the representation of
 * {@link CodePoints}). The "all characters" predicates are false for the empty string, except
 * {@code isprintable} and {@code isascii}, which are true.
 */
public final class StrPredicates {
    private StrPredicates() {
    }

    /** Whether the string is non-empty and every code point has one of the {@code flags}. */
    private static boolean all(String s, int flags) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; ) {
            int cp = CodePoints.at(s, i);
            if ((UnicodeProperties.flags(cp) & flags) == 0) {
                return false;
            }
            i += CodePoints.width(cp);
        }
        return true;
    }

    /** {@code s.isalpha()}. */
    public static boolean isAlpha(String s) {
        return all(s, ALPHA);
    }

    /** {@code s.isdecimal()}. */
    public static boolean isDecimal(String s) {
        return all(s, DECIMAL);
    }

    /** {@code s.isdigit()}. */
    public static boolean isDigit(String s) {
        return all(s, DIGIT);
    }

    /** {@code s.isnumeric()}. */
    public static boolean isNumeric(String s) {
        return all(s, NUMERIC);
    }

    /** {@code s.isalnum()}. */
    public static boolean isAlnum(String s) {
        return all(s, ALPHA | DECIMAL | DIGIT | NUMERIC);
    }

    /** {@code s.isspace()}. */
    public static boolean isSpace(String s) {
        return all(s, SPACE);
    }

    /** {@code s.isprintable()} (true for the empty string). */
    public static boolean isPrintable(String s) {
        return s.isEmpty() || all(s, PRINTABLE);
    }

    /** {@code s.isascii()}. */
    public static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.islower()}: no uppercase or titlecase character, and at least one lowercase one. */
    public static boolean isLower(String s) {
        return onlyCase(s, LOWER, UPPER | TITLE);
    }

    /** {@code s.isupper()}: no lowercase or titlecase character, and at least one uppercase one. */
    public static boolean isUpper(String s) {
        return onlyCase(s, UPPER, LOWER | TITLE);
    }

    private static boolean onlyCase(String s, int wanted, int forbidden) {
        boolean seen = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = CodePoints.at(s, i);
            int f = UnicodeProperties.flags(cp);
            if ((f & forbidden) != 0) {
                return false;
            }
            seen |= (f & wanted) != 0;
            i += CodePoints.width(cp);
        }
        return seen;
    }

    /**
     * {@code s.istitle()}: uppercase and titlecase characters only after uncased ones, lowercase
     * ones only after cased ones, and at least one cased character.
     */
    public static boolean isTitle(String s) {
        boolean previousCased = false, seen = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = CodePoints.at(s, i);
            int f = UnicodeProperties.flags(cp);
            if ((f & (UPPER | TITLE)) != 0) {
                if (previousCased) {
                    return false;
                }
                previousCased = seen = true;
            } else if ((f & LOWER) != 0) {
                if (!previousCased) {
                    return false;
                }
                previousCased = seen = true;
            } else {
                previousCased = false;
            }
            i += CodePoints.width(cp);
        }
        return seen;
    }

    /** {@code s.isidentifier()} (no keyword check; no normalization). */
    public static boolean isIdentifier(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        int first = CodePoints.at(s, 0);
        if ((UnicodeProperties.flags(first) & ID_START) == 0) {
            return false;
        }
        for (int i = CodePoints.width(first); i < n; ) {
            int cp = CodePoints.at(s, i);
            if ((UnicodeProperties.flags(cp) & ID_CONTINUE) == 0) {
                return false;
            }
            i += CodePoints.width(cp);
        }
        return true;
    }
}
