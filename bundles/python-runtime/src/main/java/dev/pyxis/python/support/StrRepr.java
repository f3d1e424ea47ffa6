package dev.pyxis.python.support;

/**
 * {@code repr()} and {@code ascii()} of a Python str held as a Java String (one Python
 * character per code point; lone surrogates stand for themselves). Printability follows
 * {@code str.isprintable}: everything except the Unicode "Other" and "Separator" categories,
 * space excepted, as the JDK's Unicode tables classify them.
 */
public final class StrRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StrRepr() {
    }

    /** {@code repr(s)}: quoted, non-printable characters escaped. */
    public static String repr(CharSequence s) {
        return quote(s, false);
    }

    /** {@code ascii(s)}: as repr, with every non-ASCII character escaped too. */
    public static String ascii(CharSequence s) {
        return quote(s, true);
    }

    /** True when Python's {@code str.isprintable} holds for the code point. */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7f) {
            return cp >= 0x20;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String quote(CharSequence s, boolean asciiOnly) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder(n + 2).append(q);
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                b.append('\\').append((char) cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (asciiOnly ? cp >= 0x20 && cp < 0x7f : isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else if (cp < 0x100) {
                hex(b.append("\\x"), cp, 2);
            } else if (cp < 0x10000) {
                hex(b.append("\\u"), cp, 4);
            } else {
                hex(b.append("\\U"), cp, 8);
            }
        }
        return b.append(q).toString();
    }

    private static void hex(StringBuilder b, int v, int digits) {
        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
            b.append(HEX[(v >>> shift) & 0xf]);
        }
    }
}
