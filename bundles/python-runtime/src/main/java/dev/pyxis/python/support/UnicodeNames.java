package dev.pyxis.python.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Character names as Python 3.11's {@code unicodedata.name} and {@code unicodedata.lookup} see
 * them: Unicode 14.0.0 names, Hangul syllable and CJK unified ideograph names built by the
 * algorithms of the Unicode standard (section 3.12 and 4.8), name aliases and named sequences
 * for lookup. The table (generated into {@code unicode-names.bin.gz}) loads on first use.
 *
 * <p>Lookup matches CPython's observable rules: stored names, aliases and sequences compare
 * without regard to ASCII case; Hangul and CJK unified names are matched case-sensitively, and
 * the CJK code may have four or five upper-case hex digits.
 */
public final class UnicodeNames {
    /** Longer names are rejected with KeyError "name too long". */
    public static final int MAX_NAME_LENGTH = 256;

    private static final int HANGUL_FIRST = 0xAC00, HANGUL_LAST = 0xD7A3;
    private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
    private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

    private UnicodeNames() {
    }

    private static final class Table {
        static final String RESOURCE = "unicode-names.bin.gz";
        static final int[] CODES;
        /** Name {@code i} is {@code BLOB[OFFSETS[i], OFFSETS[i + 1])}, upper-case ASCII. */
        static final int[] OFFSETS;
        static final byte[] BLOB;
        /** Table positions in the byte order of their names, for binary search. */
        static final int[] BY_NAME;
        /** Ranges named prefix + hex code: start, end, index into RANGE_PREFIXES. */
        static final int[] RANGES;
        static final String[] RANGE_PREFIXES;
        static final String[][] JAMO = new String[3][];
        /** Aliases and named sequences by name. */
        static final Map<String, int[]> EXTRA = new HashMap<>();

        static {
            byte[] data;
            try (var in = new GZIPInputStream(CodePointTable.class.getResourceAsStream(RESOURCE), 1 << 16)) {
                data = in.readAllBytes();
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("cannot read resource " + RESOURCE, e);
            }
            ByteBuffer buf = ByteBuffer.wrap(data);
            int count = buf.getInt();
            CODES = new int[count];
            buf.asIntBuffer().get(CODES);
            buf.position(buf.position() + 4 * count);
            OFFSETS = new int[count + 1];
            buf.asIntBuffer().get(OFFSETS);
            buf.position(buf.position() + 4 * (count + 1));
            BY_NAME = new int[count];
            buf.asIntBuffer().get(BY_NAME);
            buf.position(buf.position() + 4 * count);
            BLOB = Arrays.copyOfRange(data, buf.position(), buf.position() + OFFSETS[count]);
            String text = new String(data, buf.position() + OFFSETS[count],
                    data.length - buf.position() - OFFSETS[count], StandardCharsets.US_ASCII);
            List<String> prefixes = new ArrayList<>();
            int[] ranges = new int[0];
            for (String line : text.split("\n")) {
                char kind = line.charAt(0);
                int sp = line.indexOf(' ', 2);
                String field = line.substring(2, sp), rest = line.substring(sp + 1);
                switch (kind) {
                    case 'R' -> {
                        int sp2 = rest.indexOf(' ');
                        ranges = Arrays.copyOf(ranges, ranges.length + 3);
                        ranges[ranges.length - 3] = Integer.parseInt(field, 16);
                        ranges[ranges.length - 2] = Integer.parseInt(rest.substring(0, sp2), 16);
                        ranges[ranges.length - 1] = prefixes.size();
                        prefixes.add(rest.substring(sp2 + 1));
                    }
                    case 'J' -> JAMO["LVT".indexOf(field.charAt(0))] = rest.split(",", -1);
                    case 'A' -> EXTRA.putIfAbsent(rest, new int[] {Integer.parseInt(field, 16)});
                    case 'S' -> {
                        String[] hex = field.split(",");
                        int[] seq = new int[hex.length];
                        for (int k = 0; k < hex.length; k++) {
                            seq[k] = Integer.parseInt(hex[k], 16);
                        }
                        EXTRA.putIfAbsent(rest, seq);
                    }
                    default -> throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
                }
            }
            RANGES = ranges;
            RANGE_PREFIXES = prefixes.toArray(String[]::new);
        }

        private Table() {
        }

        static String name(int i) {
            return new String(BLOB, OFFSETS[i], OFFSETS[i + 1] - OFFSETS[i], StandardCharsets.US_ASCII);
        }

        /** The table position of the upper-case ASCII name {@code key}, or -1. */
        static int find(byte[] key) {
            int lo = 0, hi = BY_NAME.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int i = BY_NAME[mid];
                int c = Arrays.compareUnsigned(BLOB, OFFSETS[i], OFFSETS[i + 1], key, 0, key.length);
                if (c == 0) {
                    return i;
                }
                if (c < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return -1;
        }
    }

    /** {@code unicodedata.name(chr(cp))}, or null when the code point has no name. */
    public static String name(int cp) {
        if (cp >= HANGUL_FIRST && cp <= HANGUL_LAST) {
            int s = cp - HANGUL_FIRST;
            return HANGUL_PREFIX + Table.JAMO[0][s / (21 * 28)] + Table.JAMO[1][s / 28 % 21] + Table.JAMO[2][s % 28];
        }
        int i = Arrays.binarySearch(Table.CODES, cp);
        if (i >= 0) {
            return Table.name(i);
        }
        int[] r = Table.RANGES;
        for (int k = 0; k < r.length; k += 3) {
            if (cp >= r[k] && cp <= r[k + 1]) {
                return Table.RANGE_PREFIXES[r[k + 2]] + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /**
     * {@code unicodedata.lookup(name)}: the character or named sequence (as a Python string), or
     * null when the name is unknown (Python raises KeyError "undefined character name '...'";
     * names longer than {@link #MAX_NAME_LENGTH} raise KeyError "name too long" instead).
     */
    public static String lookup(String name) {
        int cp = lookupCodePoint(name);
        if (cp >= 0) {
            StringBuilder sb = new StringBuilder(2);
            CodePoints.append(sb, cp);
            return sb.toString();
        }
        int[] seq = Table.EXTRA.get(upper(name));
        if (seq == null || name.length() > MAX_NAME_LENGTH) {
            return null;
        }
        StringBuilder sb = new StringBuilder(seq.length);
        for (int c : seq) {
            CodePoints.append(sb, c);
        }
        return sb.toString();
    }

    /**
     * The code point a name or alias denotes, for {@code \N{...}} escapes (no named sequences);
     * -1 when unknown.
     */
    public static int lookupCodePoint(String name) {
        if (name.length() > MAX_NAME_LENGTH) {
            return -1;
        }
        if (name.startsWith(HANGUL_PREFIX)) {
            int cp = hangul(name);
            if (cp >= 0) {
                return cp;
            }
        }
        if (name.startsWith(CJK_PREFIX)) {
            int cp = cjk(name.substring(CJK_PREFIX.length()));
            if (cp >= 0) {
                return cp;
            }
        }
        String key = upper(name);
        if (isAscii(key)) {
            int found = Table.find(key.getBytes(StandardCharsets.US_ASCII));
            if (found >= 0) {
                return Table.CODES[found];
            }
        }
        int[] r = Table.RANGES;
        for (int k = 0; k < r.length; k += 3) {
            String prefix = Table.RANGE_PREFIXES[r[k + 2]];
            if (!prefix.equals(CJK_PREFIX) && key.startsWith(prefix)) {
                String hex = key.substring(prefix.length());
                int cp = parseHex(hex);
                if (cp >= r[k] && cp <= r[k + 1] && hex.equals(Integer.toHexString(cp).toUpperCase(Locale.ROOT))) {
                    return cp;
                }
            }
        }
        int[] alias = Table.EXTRA.get(key);
        return alias != null && alias.length == 1 ? alias[0] : -1;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** ASCII upper case; any other character makes the name unmatchable, so it is kept. */
    private static String upper(String name) {
        StringBuilder sb = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (sb == null) {
                    sb = new StringBuilder(name);
                }
                sb.setCharAt(i, (char) (c - 32));
            }
        }
        return sb == null ? name : sb.toString();
    }

    /** Upper-case hex of up to six digits, or -1. */
    private static int parseHex(String hex) {
        if (hex.isEmpty() || hex.length() > 6) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }

    private static int cjk(String hex) {
        if (hex.length() != 4 && hex.length() != 5) {
            return -1;
        }
        int cp = parseHex(hex);
        if (cp < 0) {
            return -1;
        }
        int[] r = Table.RANGES;
        for (int k = 0; k < r.length; k += 3) {
            if (cp >= r[k] && cp <= r[k + 1] && Table.RANGE_PREFIXES[r[k + 2]].equals(CJK_PREFIX)) {
                return cp;
            }
        }
        return -1;
    }

    /** Parses leading, vowel and trailing jamo names, each the longest that matches. */
    private static int hangul(String name) {
        int at = HANGUL_PREFIX.length();
        int[] parts = new int[3];
        for (int p = 0; p < 3; p++) {
            String[] jamo = Table.JAMO[p];
            int best = -1;
            for (int j = 0; j < jamo.length; j++) {
                if (name.startsWith(jamo[j], at) && (best < 0 || jamo[j].length() > jamo[best].length())) {
                    best = j;
                }
            }
            if (best < 0) {
                return -1;
            }
            parts[p] = best;
            at += jamo[best].length();
        }
        if (at != name.length()) {
            return -1;
        }
        return HANGUL_FIRST + (parts[0] * 21 + parts[1]) * 28 + parts[2];
    }
}
