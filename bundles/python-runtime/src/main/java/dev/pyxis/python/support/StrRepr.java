package dev.pyxis.python.support;

/**
 * Python 3.11's {@code repr()} of {@code str} and {@code bytes}, and {@code ascii()} of
 * {@code str}. Strings are in the representation of {@link CodePoints}.
 */
public final class StrRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /**
     * {@code repr(s)}: single quotes unless the string contains a single quote and no double quote;
     * backslash, the chosen quote, tab, newline and carriage return escaped; every other character
     * that is not printable ({@link UnicodeProperties#isPrintable}) as {@code \xNN}, <code>&#92;uNNNN</code>
     * or {@code \UNNNNNNNN}.
     */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)}: like {@link #repr} with every non-ASCII character escaped. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        int n = s.length();
        StringBuilder sb = new StringBuilder(n + 2);
        sb.append(q);
        for (int i = 0; i < n; ) {
            int cp = CodePoints.at(s, i);
            i += CodePoints.width(cp);
            if (cp >= 0x20 && cp < 0x7F) {
                if (cp == q || cp == '\\') {
                    sb.append('\\');
                }
                sb.append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x80 || asciiOnly || !UnicodeProperties.isPrintable(cp)) {
                appendBackslashEscape(sb, cp);
            } else {
                CodePoints.append(sb, cp);
            }
        }
        return sb.append(q).toString();
    }

    /** Appends {@code \xNN} (below U+0100), <code>&#92;uNNNN</code> or {@code \UNNNNNNNN}, lower-case hex. */
    static void appendBackslashEscape(StringBuilder sb, int cp) {
        if (cp < 0x100) {
            sb.append("\\x");
            hex(sb, cp, 2);
        } else if (cp < 0x10000) {
            sb.append("\\u");
            hex(sb, cp, 4);
        } else {
            sb.append("\\U");
            hex(sb, cp, 8);
        }
    }

    private static void hex(StringBuilder sb, int v, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(v >>> shift) & 15]);
        }
    }

    /** {@code repr(b)} of a bytes object: {@code b'...'} with the same quote rule as str. */
    public static String bytesRepr(byte[] b) {
        boolean single = false, dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(b.length + 3);
        sb.append('b').append(q);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                sb.append("\\x");
                hex(sb, c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
