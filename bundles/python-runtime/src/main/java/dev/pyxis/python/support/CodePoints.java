package dev.pyxis.python.support;

/**
 * How the support package represents a Python {@code str} as a Java {@link String}, and index
 * conversion between the two.
 *
 * <p>Representation: a code point at or above U+10000 is a surrogate pair; every other code
 * point, including a lone surrogate (U+D800..U+DFFF), is a single {@code char}. A high surrogate
 * immediately followed by a low surrogate is therefore always read as one supplementary code
 * point: the Python string <code>'&#92;ud800&#92;udc00'</code> (two lone surrogates) has no distinct
 * representation, and the object space must not build one this way. Every index or count that
 * crosses the API boundary to Python is in code points; char offsets stay internal.
 *
 * <p>Strings without surrogates (in particular ASCII and Latin-1 ones) need no conversion: their
 * char offsets are their code point indices.
 */
public final class CodePoints {
    private CodePoints() {
    }

    static boolean isHigh(char c) {
        return c >= 0xD800 && c <= 0xDBFF;
    }

    static boolean isLow(char c) {
        return c >= 0xDC00 && c <= 0xDFFF;
    }

    /** Whether a surrogate pair starts at char offset {@code i}. */
    static boolean pairAt(String s, int i) {
        return isHigh(s.charAt(i)) && i + 1 < s.length() && isLow(s.charAt(i + 1));
    }

    /** Whether char offset {@code k} falls between the two halves of a surrogate pair. */
    static boolean splitsPair(String s, int k) {
        return k > 0 && k < s.length() && isLow(s.charAt(k)) && isHigh(s.charAt(k - 1));
    }

    /** {@code len(s)}: the number of code points. */
    public static int length(String s) {
        return count(s, 0, s.length());
    }

    /** The number of code points in the chars {@code s[from, to)}, whose ends are boundaries. */
    public static int count(String s, int from, int to) {
        int pairs = 0;
        for (int i = from; i < to - 1; i++) {
            if (isHigh(s.charAt(i)) && isLow(s.charAt(i + 1))) {
                pairs++;
                i++;
            }
        }
        return to - from - pairs;
    }

    /**
     * The char offset of code point index {@code index} ({@code >= 0}), which may equal the length
     * (the end); -1 when the string has fewer code points than that.
     */
    public static int offset(String s, int index) {
        return offset(s, 0, index);
    }

    /** Like {@link #offset(String, int)}, counting {@code cps} code points from char {@code from}. */
    static int offset(String s, int from, int cps) {
        int n = s.length();
        if (cps > n - from) {
            // Each code point takes at least one char; only pairs can make it longer.
            return -1;
        }
        int i = from;
        for (int k = 0; k < cps; k++) {
            if (i >= n) {
                return -1;
            }
            i += pairAt(s, i) ? 2 : 1;
        }
        return i;
    }

    /** The code point at char offset {@code i}: a pair's value or the single char. */
    static int at(String s, int i) {
        char c = s.charAt(i);
        if (isHigh(c) && i + 1 < s.length()) {
            char d = s.charAt(i + 1);
            if (isLow(d)) {
                return ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
            }
        }
        return c;
    }

    /** The code point ending at char offset {@code i} (exclusive). */
    static int before(String s, int i) {
        char c = s.charAt(i - 1);
        if (isLow(c) && i >= 2) {
            char h = s.charAt(i - 2);
            if (isHigh(h)) {
                return ((h - 0xD800) << 10) + (c - 0xDC00) + 0x10000;
            }
        }
        return c;
    }

    /** The number of chars code point {@code cp} takes. */
    static int width(int cp) {
        return cp >= 0x10000 ? 2 : 1;
    }

    /** Appends {@code cp} in this representation (a lone surrogate stays one char). */
    static void append(StringBuilder sb, int cp) {
        if (cp < 0x10000) {
            sb.append((char) cp);
        } else {
            sb.append((char) (0xD800 + ((cp - 0x10000) >>> 10))).append((char) (0xDC00 + (cp & 0x3FF)));
        }
    }

    /**
     * The chars of the Python slice bounds {@code [start:end]} as {@code str.find} clamps them
     * (negative values count from the end, then both are clamped to {@code [0, len]}), packed as
     * {@code charStart << 32 | charEnd}; -1 when a non-negative start lies past the end (which
     * Python does not clamp). The start may exceed the end.
     */
    static long slice(String s, int start, int end) {
        int n = s.length();
        int cpLen = start < 0 || end < 0 ? length(s) : -1;
        int cs;
        if (start < 0) {
            cs = offset(s, Math.max(0, cpLen + start));
        } else {
            cs = offset(s, start);
            if (cs < 0) {
                return -1;
            }
        }
        int ce;
        if (end >= n) {
            ce = n;
        } else if (end >= 0) {
            ce = offset(s, end);
            if (ce < 0) {
                ce = n;
            }
        } else {
            int cpEnd = cpLen + end;
            ce = cpEnd <= 0 ? 0 : offset(s, cpEnd);
        }
        return ((long) cs << 32) | ce;
    }
}
