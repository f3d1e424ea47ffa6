package dev.pyxis.python.support;

import java.util.Arrays;

/**
 * Character classes that Python's number parsers use, fixed at Unicode 14.0 (the database of
 * CPython 3.11) rather than the JDK's newer tables: whitespace and decimal digits
 * ({@code str.isdecimal}).
 */
final class NumberChars {
    /** The code point of digit zero of every Unicode 14.0 decimal digit run (each run is 0-9). */
    private static final int[] DIGIT_ZEROS = {
        0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6,
        0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0,
        0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0,
        0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
        0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50,
        0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
        0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
    };

    private NumberChars() {
    }

    /**
     * Whitespace that the number parsers skip: ASCII space, \t \n \v \f \r, and the
     * non-ASCII characters of {@code str.isspace} (the ASCII separators 0x1c-0x1f do not count).
     */
    static boolean isSpace(int cp) {
        if (cp <= 0x20) {
            return cp == 0x20 || cp >= 0x9 && cp <= 0xd;
        }
        return cp == 0x85 || cp == 0xa0 || cp == 0x1680 || cp >= 0x2000 && cp <= 0x200a
                || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f || cp == 0x3000;
    }

    /** The decimal value of a Unicode decimal digit, or -1. */
    static int decimalValue(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        int i = Arrays.binarySearch(DIGIT_ZEROS, cp);
        if (i >= 0) {
            return 0;
        }
        int below = -i - 2;
        return below >= 0 && cp - DIGIT_ZEROS[below] < 10 ? cp - DIGIT_ZEROS[below] : -1;
    }

    /** Index of the first non-space code point at or after from. */
    static int skipSpace(String s, int from, int to) {
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** End index after dropping trailing space code points before to. */
    static int trimSpaceEnd(String s, int from, int to) {
        int i = to;
        while (i > from) {
            int cp = s.codePointBefore(i);
            if (!isSpace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }
}
