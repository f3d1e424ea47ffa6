package dev.pyxis.python.support;

import java.util.ArrayList;
import java.util.List;

/**
 * The searching, splitting, stripping and padding methods of Python 3.11's {@code str}, on
 * strings in the representation of {@link CodePoints}, with Python's results and error messages.
 *
 * <p>Optional {@code start}/{@code end} arguments are Python slice bounds: pass {@code 0} and
 * {@link Integer#MAX_VALUE} for {@code None}, and clamp bigger Python ints to the int range
 * first. {@code maxsplit}/{@code count} below zero mean "no limit". Every index returned is a code
 * point index. Matches never split a surrogate pair, because a pair is one Python character.
 */
public final class StrAlgorithms {
    /** Passed as {@code end} for an omitted end bound. */
    public static final int NO_END = Integer.MAX_VALUE;

    private StrAlgorithms() {
    }

    // ---------------------------------------------------------------- searching

    /**
     * The char offset of the first occurrence of {@code sub} in the chars {@code s[from, to)}
     * that does not split a surrogate pair, or -1.
     */
    static int indexIn(String s, String sub, int from, int to) {
        if (from > to - sub.length()) {
            return -1;
        }
        int k = s.indexOf(sub, from, to);
        if (k < 0 || !needsPairCheck(sub)) {
            return k;
        }
        while (k >= 0 && !wholeMatch(s, k, sub.length())) {
            k = k + 1 > to - sub.length() ? -1 : s.indexOf(sub, k + 1, to);
        }
        return k;
    }

    /** Like {@link #indexIn} for the last occurrence. */
    static int lastIndexIn(String s, String sub, int from, int to) {
        int m = sub.length();
        if (from > to - m) {
            return -1;
        }
        int k = s.lastIndexOf(sub, to - m);
        while (k >= from) {
            if (!needsPairCheck(sub) || wholeMatch(s, k, m)) {
                return k;
            }
            k = k == 0 ? -1 : s.lastIndexOf(sub, k - 1);
        }
        return -1;
    }

    /** Only a needle that starts with a low or ends with a high surrogate can split a pair. */
    private static boolean needsPairCheck(String sub) {
        int m = sub.length();
        return m > 0 && (CodePoints.isLow(sub.charAt(0)) || CodePoints.isHigh(sub.charAt(m - 1)));
    }

    private static boolean wholeMatch(String s, int k, int m) {
        return !CodePoints.splitsPair(s, k) && !CodePoints.splitsPair(s, k + m);
    }

    /** {@code s.find(sub, start, end)}. */
    public static int find(String s, String sub, int start, int end) {
        long range = CodePoints.slice(s, start, end);
        if (range < 0) {
            return -1;
        }
        int k = indexIn(s, sub, (int) (range >>> 32), (int) range);
        return k < 0 ? -1 : CodePoints.count(s, 0, k);
    }

    /** {@code s.find(sub)}. */
    public static int find(String s, String sub) {
        return find(s, sub, 0, NO_END);
    }

    /** {@code s.rfind(sub, start, end)}. */
    public static int rfind(String s, String sub, int start, int end) {
        long range = CodePoints.slice(s, start, end);
        if (range < 0) {
            return -1;
        }
        int k = lastIndexIn(s, sub, (int) (range >>> 32), (int) range);
        return k < 0 ? -1 : CodePoints.count(s, 0, k);
    }

    /** {@code s.index(sub, start, end)}: raises ValueError "substring not found". */
    public static int index(String s, String sub, int start, int end) {
        int k = find(s, sub, start, end);
        if (k < 0) {
            throw PyFailure.valueError("substring not found");
        }
        return k;
    }

    /** {@code s.rindex(sub, start, end)}: raises ValueError "substring not found". */
    public static int rindex(String s, String sub, int start, int end) {
        int k = rfind(s, sub, start, end);
        if (k < 0) {
            throw PyFailure.valueError("substring not found");
        }
        return k;
    }

    /** {@code sub in s}. */
    public static boolean contains(String s, String sub) {
        return indexIn(s, sub, 0, s.length()) >= 0;
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences. */
    public static int count(String s, String sub, int start, int end) {
        long range = CodePoints.slice(s, start, end);
        if (range < 0) {
            return 0;
        }
        int from = (int) (range >>> 32), to = (int) range;
        if (from > to) {
            return 0;
        }
        if (sub.isEmpty()) {
            return CodePoints.count(s, from, to) + 1;
        }
        int n = 0;
        for (int k = indexIn(s, sub, from, to); k >= 0; k = indexIn(s, sub, k + sub.length(), to)) {
            n++;
        }
        return n;
    }

    /** {@code s.startswith(prefix, start, end)} for one prefix. */
    public static boolean startsWith(String s, String prefix, int start, int end) {
        long range = CodePoints.slice(s, start, end);
        if (range < 0) {
            return false;
        }
        int from = (int) (range >>> 32), to = (int) range, m = prefix.length();
        return to - from >= m && s.startsWith(prefix, from) && !CodePoints.splitsPair(s, from + m);
    }

    /** {@code s.endswith(suffix, start, end)} for one suffix. */
    public static boolean endsWith(String s, String suffix, int start, int end) {
        long range = CodePoints.slice(s, start, end);
        if (range < 0) {
            return false;
        }
        int from = (int) (range >>> 32), to = (int) range, m = suffix.length();
        return to - from >= m && s.startsWith(suffix, to - m) && !CodePoints.splitsPair(s, to - m);
    }

    // ---------------------------------------------------------------- replacing

    /** {@code s.replace(old, replacement, count)}; an empty {@code old} inserts between characters. */
    public static String replace(String s, String old, String replacement, int count) {
        int limit = count < 0 ? Integer.MAX_VALUE : count;
        if (limit == 0) {
            return s;
        }
        int n = s.length();
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder(n + replacement.length() * Math.min(limit, n + 1));
            int i = 0, done = 0;
            while (done < limit) {
                sb.append(replacement);
                done++;
                if (i >= n) {
                    break;
                }
                int w = CodePoints.pairAt(s, i) ? 2 : 1;
                sb.append(s, i, i + w);
                i += w;
            }
            return sb.append(s, i, n).toString();
        }
        int k = indexIn(s, old, 0, n);
        if (k < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        int i = 0, done = 0;
        while (k >= 0 && done < limit) {
            sb.append(s, i, k).append(replacement);
            i = k + old.length();
            done++;
            k = indexIn(s, old, i, n);
        }
        return sb.append(s, i, n).toString();
    }

    // ---------------------------------------------------------------- splitting

    /** Python's {@code str.isspace} for one char; no surrogate is whitespace. */
    static boolean isSpace(char c) {
        return (UnicodeProperties.flags(c) & UnicodeProperties.SPACE) != 0;
    }

    /** {@code s.split(sep, maxsplit)}; {@code sep == null} splits on runs of whitespace. */
    public static List<String> split(String s, String sep, int maxsplit) {
        int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        List<String> out = new ArrayList<>();
        int n = s.length();
        if (sep == null) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                if (out.size() == limit) {
                    out.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        checkSeparator(sep);
        int i = 0;
        for (int k = indexIn(s, sep, 0, n); k >= 0 && out.size() < limit; k = indexIn(s, sep, i, n)) {
            out.add(s.substring(i, k));
            i = k + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    /** {@code s.rsplit(sep, maxsplit)}: splits from the right; the list is in string order. */
    public static List<String> rsplit(String s, String sep, int maxsplit) {
        int limit = maxsplit < 0 ? Integer.MAX_VALUE : maxsplit;
        ArrayList<String> out = new ArrayList<>();
        int n = s.length();
        if (sep == null) {
            int j = n;
            while (true) {
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                if (out.size() == limit) {
                    out.add(s.substring(0, j));
                    break;
                }
                int i = j;
                while (i > 0 && !isSpace(s.charAt(i - 1))) {
                    i--;
                }
                out.add(s.substring(i, j));
                j = i;
            }
        } else {
            checkSeparator(sep);
            int j = n;
            for (int k = lastIndexIn(s, sep, 0, n); k >= 0 && out.size() < limit; k = lastIndexIn(s, sep, 0, j)) {
                out.add(s.substring(k + sep.length(), j));
                j = k;
            }
            out.add(s.substring(0, j));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static void checkSeparator(String sep) {
        if (sep.isEmpty()) {
            throw PyFailure.valueError("empty separator");
        }
    }

    /** {@code s.partition(sep)} as three strings. */
    public static String[] partition(String s, String sep) {
        checkSeparator(sep);
        int k = indexIn(s, sep, 0, s.length());
        if (k < 0) {
            return new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, k), sep, s.substring(k + sep.length())};
    }

    /** {@code s.rpartition(sep)} as three strings. */
    public static String[] rpartition(String s, String sep) {
        checkSeparator(sep);
        int k = lastIndexIn(s, sep, 0, s.length());
        if (k < 0) {
            return new String[] {"", "", s};
        }
        return new String[] {s.substring(0, k), sep, s.substring(k + sep.length())};
    }

    /** Whether {@code c} ends a line for {@code splitlines} (CR and CR LF are handled apart). */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** {@code s.splitlines(keepends)}. */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? 2 : 1;
            }
            out.add(s.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }

    // ---------------------------------------------------------------- stripping

    /** {@code s.strip(chars)}; {@code chars == null} strips whitespace. */
    public static String strip(String s, String chars) {
        return strip(s, chars, true, true);
    }

    /** {@code s.lstrip(chars)}. */
    public static String lstrip(String s, String chars) {
        return strip(s, chars, true, false);
    }

    /** {@code s.rstrip(chars)}. */
    public static String rstrip(String s, String chars) {
        return strip(s, chars, false, true);
    }

    private static String strip(String s, String chars, boolean left, boolean right) {
        int i = 0, j = s.length();
        if (chars == null) {
            if (left) {
                while (i < j && isSpace(s.charAt(i))) {
                    i++;
                }
            }
            if (right) {
                while (j > i && isSpace(s.charAt(j - 1))) {
                    j--;
                }
            }
        } else {
            if (left) {
                while (i < j) {
                    int cp = CodePoints.at(s, i);
                    if (!containsCodePoint(chars, cp)) {
                        break;
                    }
                    i += CodePoints.width(cp);
                }
            }
            if (right) {
                while (j > i) {
                    int cp = CodePoints.before(s, j);
                    if (!containsCodePoint(chars, cp)) {
                        break;
                    }
                    j -= CodePoints.width(cp);
                }
            }
        }
        return s.substring(i, j);
    }

    /** Whether the Python string {@code chars} contains code point {@code cp}. */
    private static boolean containsCodePoint(String chars, int cp) {
        int n = chars.length();
        for (int i = 0; i < n; ) {
            int c = CodePoints.at(chars, i);
            if (c == cp) {
                return true;
            }
            i += CodePoints.width(c);
        }
        return false;
    }

    // ---------------------------------------------------------------- padding

    /** {@code s.expandtabs(tabsize)}: columns restart after CR and LF. */
    public static String expandtabs(String s, int tabsize) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long column = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = (int) (tabsize - column % tabsize);
                    if ((long) sb.length() + spaces > Integer.MAX_VALUE - 8) {
                        throw PyFailure.overflowError("new string is too long");
                    }
                    sb.repeat(' ', spaces);
                    column += spaces;
                }
            } else {
                sb.append(c);
                if (c == '\n' || c == '\r') {
                    column = 0;
                } else if (!CodePoints.isLow(c) || !CodePoints.splitsPair(s, i)) {
                    // The low half of a pair belongs to the code point already counted.
                    column++;
                }
            }
        }
        return sb.toString();
    }

    /** {@code s.ljust(width, fill)}: {@code fill} is one code point. */
    public static String ljust(String s, int width, int fill) {
        return pad(s, width, fill, 0);
    }

    /** {@code s.rjust(width, fill)}. */
    public static String rjust(String s, int width, int fill) {
        int len = CodePoints.length(s);
        return len >= width ? s : pad(s, width, fill, width - len);
    }

    /** {@code s.center(width, fill)}: an odd margin puts the extra fill left when width is odd. */
    public static String center(String s, int width, int fill) {
        int len = CodePoints.length(s);
        if (len >= width) {
            return s;
        }
        int margin = width - len;
        return pad(s, width, fill, margin / 2 + (margin & width & 1));
    }

    /** Pads {@code s} to {@code width} code points with {@code left} fills before it. */
    private static String pad(String s, int width, int fill, int left) {
        int len = CodePoints.length(s);
        if (len >= width) {
            return s;
        }
        int right = width - len - left;
        StringBuilder sb = new StringBuilder(s.length() + (width - len) * CodePoints.width(fill));
        appendRepeated(sb, fill, left);
        sb.append(s);
        appendRepeated(sb, fill, right);
        return sb.toString();
    }

    private static void appendRepeated(StringBuilder sb, int cp, int times) {
        if (cp < 0x10000) {
            sb.repeat((char) cp, times);
        } else {
            for (int k = 0; k < times; k++) {
                CodePoints.append(sb, cp);
            }
        }
    }

    /** {@code s.zfill(width)}: zeros after a leading sign. */
    public static String zfill(String s, int width) {
        int len = CodePoints.length(s);
        if (len >= width) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + width - len);
        int from = 0;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            from = 1;
        }
        sb.repeat('0', width - len);
        return sb.append(s, from, s.length()).toString();
    }
}
