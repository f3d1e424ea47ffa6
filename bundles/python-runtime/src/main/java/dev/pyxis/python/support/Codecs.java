package dev.pyxis.python.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Python 3.11's text codecs {@code utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16(-le/-be),
 * utf-32(-le/-be), unicode-escape, raw-unicode-escape} between Python strings (in the representation of {@link CodePoints}) and bytes,
 * with the error handlers {@code strict, ignore, replace, backslashreplace, xmlcharrefreplace,
 * namereplace, surrogateescape, surrogatepass}.
 *
 * <p>Failures are Python's: {@link PyUnicodeFailure} for {@code UnicodeEncodeError} and
 * {@code UnicodeDecodeError} (with CPython's ranges, reasons and messages), a LookupError
 * {@code unknown encoding: x} or {@code unknown error handler name 'x'} (the handler is looked up
 * only when an error occurs, as in CPython), and a TypeError for a handler that cannot decode.
 * Other encodings CPython ships are not implemented here and are reported as unknown, except
 * that the bytes-to-bytes and str-to-str codecs (base64, rot13...) are refused as CPython's
 * str.encode and bytes.decode refuse them: they are not text encodings.
 *
 * <p>Decoding with {@code surrogatepass} or {@code surrogateescape} can produce a lone high
 * surrogate followed by a lone low one; the representation reads that as one supplementary
 * character (see {@link CodePoints}).
 */
public final class Codecs {
    private Codecs() {
    }

    /** The codecs implemented here, by Python module name, with their {@code CodecInfo.name}. */
    enum Codec {
        UTF_8("utf_8", "utf-8", 1), UTF_8_SIG("utf_8_sig", "utf-8-sig", 1), ASCII("ascii", "ascii", 1),
        LATIN_1("latin_1", "iso8859-1", 1), CP1252("cp1252", "cp1252", 1), UTF_16("utf_16", "utf-16", 2),
        UTF_16_LE("utf_16_le", "utf-16-le", 2), UTF_16_BE("utf_16_be", "utf-16-be", 2),
        UTF_32("utf_32", "utf-32", 4), UTF_32_LE("utf_32_le", "utf-32-le", 4),
        UTF_32_BE("utf_32_be", "utf-32-be", 4), UNICODE_ESCAPE("unicode_escape", "unicode-escape", 1),
        RAW_UNICODE_ESCAPE("raw_unicode_escape", "raw-unicode-escape", 1);

        final String module;
        final String pythonName;
        final int unit;

        Codec(String module, String pythonName, int unit) {
            this.module = module;
            this.pythonName = pythonName;
            this.unit = unit;
        }

        /** The name UnicodeEncodeError carries. */
        String encodeErrorName() {
            return switch (this) {
                case UTF_8_SIG -> "utf-8";
                case LATIN_1 -> "latin-1";
                case CP1252 -> "charmap";
                default -> pythonName;
            };
        }

        String encodeReason() {
            return switch (this) {
                case ASCII -> "ordinal not in range(128)";
                case LATIN_1 -> "ordinal not in range(256)";
                case CP1252 -> "character maps to <undefined>";
                default -> "surrogates not allowed";
            };
        }

        boolean isUtf() {
            return this == UTF_8 || this == UTF_8_SIG || unit > 1;
        }

        boolean bigEndian() {
            return this == UTF_16_BE || this == UTF_32_BE;
        }
    }

    // ---------------------------------------------------------------- lookup

    /** {@code codecs.lookup(encoding).name}, e.g. "utf-8" for "UTF8", "iso8859-1" for "latin1". */
    public static String lookup(String encoding) {
        return codec(encoding).pythonName;
    }

    static Codec codec(String encoding) {
        // The spellings programs use most, without normalizing.
        Codec c = switch (encoding) {
            case "utf-8", "utf8", "UTF-8", "utf_8", "UTF8" -> Codec.UTF_8;
            case "ascii", "ASCII", "us-ascii" -> Codec.ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "latin_1" -> Codec.LATIN_1;
            default -> null;
        };
        return c != null ? c : Aliases.find(encoding);
    }

    /** Normalized names of CPython's codecs that are not text encodings (binary and text transforms). */
    private static final java.util.Set<String> TRANSFORMS = java.util.Set.of(
            "base64_codec", "base64", "base_64", "bz2_codec", "bz2", "hex_codec", "hex", "quopri_codec",
            "quopri", "quotedprintable", "quoted_printable", "uu_codec", "uu", "zlib_codec", "zip", "zlib",
            "rot_13", "rot13");

    /** The codec for str.encode/bytes.decode ({@code action}): a transform codec is a LookupError. */
    private static Codec textCodec(String encoding, String action) {
        try {
            return codec(encoding);
        } catch (PyFailure f) {
            if (f.kind() == PyFailure.Kind.LOOKUP_ERROR && TRANSFORMS.contains(Aliases.normalize(encoding))) {
                throw new PyFailure(PyFailure.Kind.LOOKUP_ERROR, "'" + encoding
                        + "' is not a text encoding; use codecs." + action + "() to handle arbitrary codecs");
            }
            throw f;
        }
    }

    /** Name normalization and the alias table, loaded when a name is not a common spelling. */
    private static final class Aliases {
        static final String RESOURCE = "codec-aliases.txt";
        static final Map<String, Codec> BY_NAME = new HashMap<>();

        static {
            for (Codec c : Codec.values()) {
                BY_NAME.put(c.module, c);
            }
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    CodePointTable.open(RESOURCE), StandardCharsets.US_ASCII))) {
                for (String line; (line = in.readLine()) != null; ) {
                    int space = line.indexOf(' ');
                    BY_NAME.put(line.substring(0, space), BY_NAME.get(line.substring(space + 1)));
                }
            } catch (IOException e) {
                throw CodePointTable.broken(RESOURCE, e);
            }
        }

        private Aliases() {
        }

        static Codec find(String encoding) {
            if (encoding.indexOf('\0') >= 0) {
                throw PyFailure.valueError("embedded null character");
            }
            Codec c = BY_NAME.get(normalize(encoding));
            if (c == null) {
                throw new PyFailure(PyFailure.Kind.LOOKUP_ERROR, "unknown encoding: " + encoding);
            }
            return c;
        }

        /**
         * Lower-cases ASCII letters and turns every run of other characters except ASCII letters,
         * digits and '.' into one underscore, dropping underscores at both ends.
         */
        static String normalize(String name) {
            StringBuilder sb = new StringBuilder(name.length());
            boolean pending = false;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                boolean keep = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.';
                if (c >= 'A' && c <= 'Z') {
                    c += 32;
                    keep = true;
                }
                if (!keep) {
                    pending = true;
                    continue;
                }
                if (pending && !sb.isEmpty()) {
                    sb.append('_');
                }
                pending = false;
                sb.append(c);
            }
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------- error handlers

    /** The error handlers; the handler name is resolved only when an error needs it. */
    private enum Handler {
        STRICT, IGNORE, REPLACE, BACKSLASHREPLACE, XMLCHARREFREPLACE, NAMEREPLACE, SURROGATEESCAPE,
        SURROGATEPASS;

        static Handler of(String errors) {
            return switch (errors == null ? "strict" : errors) {
                case "strict" -> STRICT;
                case "ignore" -> IGNORE;
                case "replace" -> REPLACE;
                case "backslashreplace" -> BACKSLASHREPLACE;
                case "xmlcharrefreplace" -> XMLCHARREFREPLACE;
                case "namereplace" -> NAMEREPLACE;
                case "surrogateescape" -> SURROGATEESCAPE;
                case "surrogatepass" -> SURROGATEPASS;
                default -> throw new PyFailure(PyFailure.Kind.LOOKUP_ERROR,
                        "unknown error handler name '" + errors + "'");
            };
        }
    }

    // ---------------------------------------------------------------- encoding

    /** {@code s.encode(encoding, errors)}; {@code errors == null} means strict. */
    public static byte[] encode(String s, String encoding, String errors) {
        Codec c = textCodec(encoding, "encode");
        try {
            return encode(s, c, errors);
        } catch (PyFailure f) {
            throw wrapped(f, "encoding", encoding);
        }
    }

    private static byte[] encode(String s, Codec c, String errors) {
        int n = s.length();
        if (c == Codec.UNICODE_ESCAPE || c == Codec.RAW_UNICODE_ESCAPE) {
            return escapeEncode(s, c == Codec.RAW_UNICODE_ESCAPE);
        }
        // Fast paths: input that cannot fail, encoded by the JDK.
        if (c == Codec.ASCII || c == Codec.LATIN_1) {
            int limit = c == Codec.ASCII ? 0x80 : 0x100;
            int i = 0;
            while (i < n && s.charAt(i) < limit) {
                i++;
            }
            if (i == n) {
                return s.getBytes(StandardCharsets.ISO_8859_1);
            }
        } else if (c == Codec.UTF_8 && !hasLoneSurrogate(s)) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        ByteSink out = new ByteSink(n + 16);
        switch (c) {
            case UTF_8_SIG -> out.put(0xEF).put(0xBB).put(0xBF);
            case UTF_16 -> out.put(0xFF).put(0xFE);
            case UTF_32 -> out.put(0xFF).put(0xFE).put(0).put(0);
            default -> {
            }
        }
        int i = 0, pos = 0;
        while (i < n) {
            int cp = CodePoints.at(s, i);
            if (encodable(c, cp)) {
                put(c, cp, out);
                i += CodePoints.width(cp);
                pos++;
                continue;
            }
            // A run of unencodable characters goes to the handler at once; UTF-16/32 take one.
            int startChar = i, start = pos;
            do {
                i += CodePoints.width(cp);
                pos++;
            } while (c.unit == 1 && i < n && !encodable(c, cp = CodePoints.at(s, i)));
            int done = handleEncodeError(c, errors, s, startChar, i, start, pos, out);
            if (done < pos - start) {
                // The handler took a prefix; encoding resumes right after it.
                i = CodePoints.offset(s, startChar, done);
                pos = start + done;
            }
        }
        return out.toArray();
    }

    /**
     * unicode-escape: printable ASCII but the backslash as is, backslash-t, -n, -r, everything
     * else as a backslash-x, -u or -U escape of 2, 4 or 8 hex digits. raw-unicode-escape:
     * Latin-1 as is, the rest as -u or -U escapes. Neither can fail.
     */
    private static byte[] escapeEncode(String s, boolean raw) {
        ByteSink out = new ByteSink(s.length() + 16);
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = CodePoints.at(s, i);
            i += CodePoints.width(cp);
            if (raw ? cp < 0x100 : cp >= 0x20 && cp < 0x7F && cp != '\\') {
                out.put(cp);
            } else if (!raw && (cp == '\\' || cp == '\t' || cp == '\n' || cp == '\r')) {
                out.put('\\').put(cp == '\\' ? '\\' : cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r');
            } else {
                int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
                out.put('\\').put(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
                for (int k = digits - 1; k >= 0; k--) {
                    out.put(Character.forDigit(cp >> (4 * k) & 0xF, 16));
                }
            }
        }
        return out.toArray();
    }

    /** Whether {@code s} holds a surrogate that is not half of a pair (UTF-8 cannot encode it). */
    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 0xD800 && ch <= 0xDFFF) {
                if (!CodePoints.pairAt(s, i)) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private static boolean encodable(Codec c, int cp) {
        return switch (c) {
            case ASCII -> cp < 0x80;
            case LATIN_1 -> cp < 0x100;
            case CP1252 -> cp1252Byte(cp) >= 0;
            default -> cp < 0xD800 || cp > 0xDFFF;
        };
    }

    /** Writes {@code cp}, which the codec can encode (or a surrogate the handler passes). */
    private static void put(Codec c, int cp, ByteSink out) {
        switch (c) {
            case ASCII, LATIN_1 -> out.put(cp);
            case CP1252 -> out.put(cp1252Byte(cp));
            case UTF_8, UTF_8_SIG -> {
                if (cp < 0x80) {
                    out.put(cp);
                } else if (cp < 0x800) {
                    out.put(0xC0 | cp >> 6).put(0x80 | cp & 0x3F);
                } else if (cp < 0x10000) {
                    out.put(0xE0 | cp >> 12).put(0x80 | cp >> 6 & 0x3F).put(0x80 | cp & 0x3F);
                } else {
                    out.put(0xF0 | cp >> 18).put(0x80 | cp >> 12 & 0x3F).put(0x80 | cp >> 6 & 0x3F)
                            .put(0x80 | cp & 0x3F);
                }
            }
            case UTF_16, UTF_16_LE, UTF_16_BE -> {
                if (cp < 0x10000) {
                    put16(c, cp, out);
                } else {
                    put16(c, 0xD800 + ((cp - 0x10000) >> 10), out);
                    put16(c, 0xDC00 + (cp & 0x3FF), out);
                }
            }
            default -> {
                if (c.bigEndian()) {
                    out.put(cp >>> 24).put(cp >> 16 & 0xFF).put(cp >> 8 & 0xFF).put(cp & 0xFF);
                } else {
                    out.put(cp & 0xFF).put(cp >> 8 & 0xFF).put(cp >> 16 & 0xFF).put(cp >>> 24);
                }
            }
        }
    }

    private static void put16(Codec c, int unit, ByteSink out) {
        if (c.bigEndian()) {
            out.put(unit >> 8).put(unit & 0xFF);
        } else {
            out.put(unit & 0xFF).put(unit >> 8);
        }
    }

    /**
     * Applies the handler to the unencodable code points {@code [start, end)} (chars
     * {@code [startChar, endChar)}); returns how many of them it consumed.
     */
    private static int handleEncodeError(Codec c, String errors, String s, int startChar, int endChar,
            int start, int end, ByteSink out) {
        Handler h = Handler.of(errors);
        switch (h) {
            case STRICT -> throw encodeFailure(c, s, start, end);
            case IGNORE -> {
                return end - start;
            }
            case SURROGATEESCAPE, SURROGATEPASS -> {
                // surrogateescape writes single bytes, which UTF-16/32 cannot take; surrogatepass
                // is for the UTF codecs only.
                boolean escape = h == Handler.SURROGATEESCAPE;
                if (escape ? c.unit > 1 : !c.isUtf()) {
                    throw encodeFailure(c, s, start, end);
                }
                // The charmap encoder takes a replacement for the whole run or none.
                boolean wholeRun = c == Codec.CP1252;
                int k = 0;
                for (int i = startChar; i < endChar; ) {
                    int cp = CodePoints.at(s, i);
                    boolean ok = escape ? cp >= 0xDC80 && cp <= 0xDCFF : cp >= 0xD800 && cp <= 0xDFFF;
                    if (!ok) {
                        break;
                    }
                    if (escape) {
                        out.put(cp - 0xDC00);
                    } else {
                        put(c, cp, out);
                    }
                    k++;
                    i += CodePoints.width(cp);
                }
                if (k == 0 || (wholeRun && k < end - start)) {
                    throw encodeFailure(c, s, start, end);
                }
                return k;
            }
            default -> {
                StringBuilder text = new StringBuilder();
                for (int i = startChar; i < endChar; ) {
                    int cp = CodePoints.at(s, i);
                    switch (h) {
                        case REPLACE -> text.append('?');
                        case XMLCHARREFREPLACE -> text.append("&#").append(cp).append(';');
                        case NAMEREPLACE -> {
                            String name = UnicodeNames.name(cp);
                            if (name != null) {
                                text.append("\\N{").append(name).append('}');
                            } else {
                                StrRepr.appendBackslashEscape(text, cp);
                            }
                        }
                        default -> StrRepr.appendBackslashEscape(text, cp);
                    }
                    i += CodePoints.width(cp);
                }
                for (int i = 0; i < text.length(); i++) {
                    put(c, text.charAt(i), out);
                }
                return end - start;
            }
        }
    }

    private static PyUnicodeFailure encodeFailure(Codec c, String s, int start, int end) {
        return PyUnicodeFailure.encodeError(c.encodeErrorName(), s, start, end, c.encodeReason());
    }

    // ---------------------------------------------------------------- decoding

    /** {@code bytes(b).decode(encoding, errors)}; {@code errors == null} means strict. */
    public static String decode(byte[] b, String encoding, String errors) {
        return decode(b, encoding, errors, null);
    }

    /**
     * As {@link #decode(byte[], String, String)}; {@code deprecations} (if not null) receives the
     * DeprecationWarning message CPython issues for the first unknown escape of unicode-escape
     * input ("invalid escape sequence '\q'"), after a successful decoding.
     */
    public static String decode(byte[] b, String encoding, String errors,
            java.util.function.Consumer<String> deprecations) {
        Codec c = textCodec(encoding, "decode");
        try {
            if (c == Codec.UNICODE_ESCAPE) {
                Decoder d = new Decoder(c, errors, b);
                d.run();
                if (d.invalidEscape != null && deprecations != null) {
                    deprecations.accept(d.invalidEscape);
                }
                return d.out.toString();
            }
            return decode(b, c, errors);
        } catch (PyFailure f) {
            throw wrapped(f, "decoding", encoding);
        }
    }

    /**
     * CPython calls the codecs of most names through the codec registry, which rewrites a plain
     * TypeError or LookupError from an error handler as "decoding with 'name' codec failed
     * (TypeError: ...)"; a few spellings of the common codecs take a direct path that does not.
     */
    private static PyFailure wrapped(PyFailure f, String action, String encoding) {
        if (f instanceof PyUnicodeFailure
                || (f.kind() != PyFailure.Kind.TYPE_ERROR && f.kind() != PyFailure.Kind.LOOKUP_ERROR)) {
            return f;
        }
        switch (Aliases.normalize(encoding)) {
            case "utf_8", "utf8", "ascii", "us_ascii", "latin_1", "latin1", "iso_8859_1", "iso8859_1", "utf_16",
                    "utf16", "utf_32", "utf32" -> {
                return f;
            }
            default -> {
                return new PyFailure(f.kind(), action + " with '" + encoding + "' codec failed ("
                        + f.kind().pythonName() + ": " + f.getMessage() + ")");
            }
        }
    }

    private static String decode(byte[] b, Codec c, String errors) {
        switch (c) {
            case LATIN_1 -> {
                return new String(b, StandardCharsets.ISO_8859_1);
            }
            case ASCII, UTF_8 -> {
                int i = 0;
                while (i < b.length && b[i] >= 0) {
                    i++;
                }
                if (i == b.length) {
                    return new String(b, StandardCharsets.ISO_8859_1);
                }
                if (c == Codec.UTF_8) {
                    // Valid UTF-8 decodes the same in Java; a U+FFFD may mean invalid input.
                    String s = new String(b, StandardCharsets.UTF_8);
                    if (s.indexOf('\uFFFD') < 0) {
                        return s;
                    }
                }
            }
            default -> {
            }
        }
        Decoder d = new Decoder(c, errors, b);
        d.run();
        return d.out.toString();
    }

    /** One decoding run: the input, the output and the handler dispatch. */
    private static final class Decoder {
        final Codec codec;
        final String errors;
        byte[] in;
        String name;
        final StringBuilder out;
        /** The warning about the first unknown escape of unicode-escape input, or null. */
        String invalidEscape;

        Decoder(Codec codec, String errors, byte[] in) {
            this.codec = codec;
            this.errors = errors;
            this.in = in;
            this.name = switch (codec) {
                case UTF_8_SIG -> "utf-8";
                case CP1252 -> "charmap";
                case UNICODE_ESCAPE -> "unicodeescape";
                case RAW_UNICODE_ESCAPE -> "rawunicodeescape";
                default -> codec.pythonName;
            };
            this.out = new StringBuilder(in.length);
        }

        int u8(int i) {
            return in[i] & 0xFF;
        }

        void run() {
            switch (codec) {
                case UTF_8 -> utf8(0);
                case UTF_8_SIG -> {
                    if (in.length >= 3 && u8(0) == 0xEF && u8(1) == 0xBB && u8(2) == 0xBF) {
                        // Errors after a signature are reported against the bytes that follow it.
                        in = java.util.Arrays.copyOfRange(in, 3, in.length);
                    }
                    utf8(0);
                }
                case ASCII, CP1252, LATIN_1 -> singleByte();
                case UTF_16 -> {
                    boolean big = in.length >= 2 && u8(0) == 0xFE && u8(1) == 0xFF;
                    boolean little = in.length >= 2 && u8(0) == 0xFF && u8(1) == 0xFE;
                    name = big ? "utf-16-be" : "utf-16-le";
                    utf16(big || little ? 2 : 0, big);
                }
                case UTF_16_LE, UTF_16_BE -> utf16(0, codec == Codec.UTF_16_BE);
                case UTF_32 -> {
                    boolean big = in.length >= 4 && u8(0) == 0 && u8(1) == 0 && u8(2) == 0xFE && u8(3) == 0xFF;
                    boolean little = in.length >= 4 && u8(0) == 0xFF && u8(1) == 0xFE && u8(2) == 0 && u8(3) == 0;
                    name = big ? "utf-32-be" : "utf-32-le";
                    utf32(big || little ? 4 : 0, big);
                }
                case UTF_32_LE, UTF_32_BE -> utf32(0, codec == Codec.UTF_32_BE);
                case UNICODE_ESCAPE -> unicodeEscape();
                case RAW_UNICODE_ESCAPE -> rawUnicodeEscape();
            }
        }

        /**
         * Python's string-literal escapes over Latin-1 bytes. An unknown escape stays as written
         * (CPython also warns about it).
         */
        void unicodeEscape() {
            int n = in.length;
            int i = 0;
            while (i < n) {
                int b = u8(i);
                if (b != '\\') {
                    out.append((char) b);
                    i++;
                    continue;
                }
                int start = i;
                if (i + 1 >= n) {
                    i = error(start, n, "\\ at end of string");
                    continue;
                }
                int c = u8(i + 1);
                i += 2;
                switch (c) {
                    case '\n' -> {
                    }
                    case '\\', '\'', '"' -> out.append((char) c);
                    case 'a' -> out.append((char) 0x07);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 't' -> out.append('\t');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 'v' -> out.append((char) 0x0B);
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int v = c - '0';
                        for (int k = 0; k < 2 && i < n && u8(i) >= '0' && u8(i) <= '7'; k++) {
                            v = v * 8 + (u8(i++) - '0');
                        }
                        if (v > 0377 && invalidEscape == null) {
                            invalidEscape = "invalid octal escape sequence '\\"
                                    + new String(in, start + 1, i - start - 1, StandardCharsets.ISO_8859_1) + "'";
                        }
                        out.append((char) v);
                    }
                    case 'x', 'u', 'U' -> {
                        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                        int v = 0, k = 0;
                        for (; k < digits && i < n && Character.digit(u8(i), 16) >= 0; k++) {
                            v = v << 4 | Character.digit(u8(i++), 16);
                        }
                        if (k < digits) {
                            i = error(start, i, c == 'x' ? "truncated \\xXX escape"
                                    : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                        } else if (Integer.compareUnsigned(v, 0x10FFFF) > 0) {
                            i = error(start, i, "illegal Unicode character");
                        } else {
                            CodePoints.append(out, v);
                        }
                    }
                    case 'N' -> i = namedEscape(start, i);
                    default -> {
                        if (invalidEscape == null) {
                            invalidEscape = "invalid escape sequence '\\" + (char) c + "'";
                        }
                        out.append('\\').append((char) c);
                    }
                }
            }
        }

        /** The named escape (backslash, N, {name}) whose "N" ends before {@code i}; returns where decoding resumes. */
        int namedEscape(int start, int i) {
            int n = in.length;
            if (i >= n || u8(i) != '{') {
                return error(start, i, "malformed \\N character escape");
            }
            int open = i + 1;
            int close = open;
            while (close < n && u8(close) != '}') {
                close++;
            }
            if (close >= n || close == open) {
                return error(start, close >= n ? n : open, "malformed \\N character escape");
            }
            int cp = UnicodeNames.lookupCodePoint(new String(in, open, close - open, StandardCharsets.ISO_8859_1));
            if (cp < 0) {
                return error(start, close + 1, "unknown Unicode character name");
            }
            CodePoints.append(out, cp);
            return close + 1;
        }

        /** Latin-1 but for backslash-u and -U escapes after an odd run of backslashes. */
        void rawUnicodeEscape() {
            int n = in.length;
            int i = 0;
            while (i < n) {
                int b = u8(i);
                if (b != '\\' || i + 1 >= n) {
                    out.append((char) b);
                    i++;
                    continue;
                }
                int c = u8(i + 1);
                if (c == '\\') {
                    out.append("\\\\");
                    i += 2;
                    continue;
                }
                if (c != 'u' && c != 'U') {
                    out.append('\\');
                    i++;
                    continue;
                }
                int start = i;
                i += 2;
                int digits = c == 'u' ? 4 : 8;
                int v = 0, k = 0;
                for (; k < digits && i < n && Character.digit(u8(i), 16) >= 0; k++) {
                    v = v << 4 | Character.digit(u8(i++), 16);
                }
                if (k < digits) {
                    i = error(start, i, c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
                } else if (Integer.compareUnsigned(v, 0x10FFFF) > 0) {
                    i = error(start, i, "\\Uxxxxxxxx out of range");
                } else {
                    CodePoints.append(out, v);
                }
            }
        }

        void singleByte() {
            int n = in.length;
            for (int i = 0; i < n; ) {
                int b = u8(i);
                int cp = codec == Codec.ASCII ? (b < 0x80 ? b : -1) : codec == Codec.LATIN_1 ? b : cp1252Char(b);
                if (cp >= 0) {
                    out.append((char) cp);
                    i++;
                } else {
                    i = error(i, i + 1, codec == Codec.ASCII ? "ordinal not in range(128)"
                            : "character maps to <undefined>");
                }
            }
        }

        /** UTF-8 with Unicode's "maximal subpart" error ranges. */
        void utf8(int i) {
            int n = in.length;
            while (i < n) {
                int b0 = u8(i);
                if (b0 < 0x80) {
                    out.append((char) b0);
                    i++;
                    continue;
                }
                int need, lo = 0x80, hi = 0xBF, cp;
                if (b0 < 0xC2) {
                    i = error(i, i + 1, "invalid start byte");
                    continue;
                } else if (b0 < 0xE0) {
                    need = 1;
                    cp = b0 & 0x1F;
                } else if (b0 < 0xF0) {
                    need = 2;
                    cp = b0 & 0x0F;
                    if (b0 == 0xE0) {
                        lo = 0xA0;
                    } else if (b0 == 0xED) {
                        hi = 0x9F;
                    }
                } else if (b0 < 0xF5) {
                    need = 3;
                    cp = b0 & 0x07;
                    if (b0 == 0xF0) {
                        lo = 0x90;
                    } else if (b0 == 0xF4) {
                        hi = 0x8F;
                    }
                } else {
                    i = error(i, i + 1, "invalid start byte");
                    continue;
                }
                int j = i + 1;
                boolean bad = false;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= n) {
                        break;
                    }
                    int b = u8(j);
                    if (b < lo || b > hi) {
                        bad = true;
                        break;
                    }
                    cp = cp << 6 | (b & 0x3F);
                    lo = 0x80;
                    hi = 0xBF;
                }
                if (bad) {
                    i = error(i, j, "invalid continuation byte");
                } else if (j - i <= need) {
                    i = error(i, n, "unexpected end of data");
                } else {
                    CodePoints.append(out, cp);
                    i = j;
                }
            }
        }

        void utf16(int i, boolean big) {
            int n = in.length;
            while (i < n) {
                if (n - i < 2) {
                    i = error(i, n, "truncated data");
                    continue;
                }
                int u = unit16(i, big);
                if (u < 0xD800 || u > 0xDFFF) {
                    out.append((char) u);
                    i += 2;
                } else if (u >= 0xDC00) {
                    i = error(i, i + 2, "illegal encoding");
                } else if (n - i < 4) {
                    i = error(i, n, "unexpected end of data");
                } else {
                    int v = unit16(i + 2, big);
                    if (v >= 0xDC00 && v <= 0xDFFF) {
                        out.append((char) u).append((char) v);
                        i += 4;
                    } else {
                        i = error(i, i + 2, "illegal UTF-16 surrogate");
                    }
                }
            }
        }

        int unit16(int i, boolean big) {
            return big ? u8(i) << 8 | u8(i + 1) : u8(i + 1) << 8 | u8(i);
        }

        void utf32(int i, boolean big) {
            int n = in.length;
            while (i < n) {
                if (n - i < 4) {
                    i = error(i, n, "truncated data");
                    continue;
                }
                long v = unit32(i, big);
                if (v > 0x10FFFF) {
                    i = error(i, i + 4, "code point not in range(0x110000)");
                } else if (v >= 0xD800 && v <= 0xDFFF) {
                    i = error(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                } else {
                    CodePoints.append(out, (int) v);
                    i += 4;
                }
            }
        }

        long unit32(int i, boolean big) {
            long v = big ? (long) u8(i) << 24 | u8(i + 1) << 16 | u8(i + 2) << 8 | u8(i + 3)
                    : (long) u8(i + 3) << 24 | u8(i + 2) << 16 | u8(i + 1) << 8 | u8(i);
            return v;
        }

        /** Handles the undecodable bytes {@code [start, end)}; returns where decoding resumes. */
        int error(int start, int end, String reason) {
            Handler h = Handler.of(errors);
            switch (h) {
                case STRICT -> throw failure(start, end, reason);
                case IGNORE -> {
                    return end;
                }
                case REPLACE -> {
                    out.append('\uFFFD');
                    return end;
                }
                case BACKSLASHREPLACE -> {
                    for (int i = start; i < end; i++) {
                        StrRepr.appendBackslashEscape(out, u8(i));
                    }
                    return end;
                }
                case SURROGATEESCAPE -> {
                    int i = start;
                    while (i < end && u8(i) >= 0x80) {
                        out.append((char) (0xDC00 + u8(i)));
                        i++;
                    }
                    if (i == start) {
                        throw failure(start, end, reason);
                    }
                    return i;
                }
                case SURROGATEPASS -> {
                    int resume = passSurrogate(start);
                    if (resume < 0) {
                        throw failure(start, end, reason);
                    }
                    return resume;
                }
                default -> throw PyFailure.typeError("don't know how to handle UnicodeDecodeError in error callback");
            }
        }

        /** Decodes an encoded surrogate at {@code start} if the codec allows it; -1 otherwise. */
        int passSurrogate(int start) {
            int n = in.length;
            switch (codec) {
                case UTF_8, UTF_8_SIG -> {
                    if (n - start >= 3 && (u8(start) & 0xF0) == 0xE0 && (u8(start + 1) & 0xC0) == 0x80
                            && (u8(start + 2) & 0xC0) == 0x80) {
                        int cp = (u8(start) & 0x0F) << 12 | (u8(start + 1) & 0x3F) << 6 | u8(start + 2) & 0x3F;
                        if (cp >= 0xD800 && cp <= 0xDFFF) {
                            out.append((char) cp);
                            return start + 3;
                        }
                    }
                }
                case UTF_16, UTF_16_LE, UTF_16_BE -> {
                    if (n - start >= 2) {
                        int u = unit16(start, name.equals("utf-16-be"));
                        if (u >= 0xD800 && u <= 0xDFFF) {
                            out.append((char) u);
                            return start + 2;
                        }
                    }
                }
                case UTF_32, UTF_32_LE, UTF_32_BE -> {
                    if (n - start >= 4) {
                        long v = unit32(start, name.equals("utf-32-be"));
                        if (v >= 0xD800 && v <= 0xDFFF) {
                            out.append((char) v);
                            return start + 4;
                        }
                    }
                }
                default -> {
                }
            }
            return -1;
        }

        PyUnicodeFailure failure(int start, int end, String reason) {
            return PyUnicodeFailure.decodeError(name, in, start, end, reason);
        }
    }

    // ---------------------------------------------------------------- cp1252

    /** Windows-1252 at 0x80..0x9F as Python's cp1252 decodes it; -1 where undefined. */
    private static final int[] CP1252_HIGH = {
            0x20AC, -1, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
            0x0152, -1, 0x017D, -1, -1, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
            0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, -1, 0x017E, 0x0178};

    private static int cp1252Char(int b) {
        return b >= 0x80 && b < 0xA0 ? CP1252_HIGH[b - 0x80] : b;
    }

    private static int cp1252Byte(int cp) {
        if (cp < 0x80 || (cp >= 0xA0 && cp < 0x100)) {
            return cp;
        }
        for (int i = 0; i < CP1252_HIGH.length; i++) {
            if (CP1252_HIGH[i] == cp) {
                return 0x80 + i;
            }
        }
        return -1;
    }

    /** A growable byte array without the locking of ByteArrayOutputStream. */
    private static final class ByteSink {
        private byte[] buf;
        private int size;

        ByteSink(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        ByteSink put(int b) {
            if (size == buf.length) {
                buf = java.util.Arrays.copyOf(buf, size * 2);
            }
            buf[size++] = (byte) b;
            return this;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(buf, size);
        }
    }
}
