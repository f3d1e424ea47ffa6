package dev.pyxis.python3.tokenizer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns source bytes into text following PEP 263 / PEP 3120: UTF-8 by default, a UTF-8 BOM, or a coding declaration. */
final class SourceDecoder {

    /** The decoded text and the (Python-normalised) name of the encoding used. */
    record Decoded(String text, String encoding) {
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {
    }

    static Decoded decode(byte[] src, String filename) {
        int start = 0;
        boolean bom = src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF;
        if (bom) start = 3;
        String declared = null;
        int end1 = lineEnd(src, start);
        String line1 = latin1(src, start, end1);
        declared = declaredIn(line1);
        if (declared == null && isBlankOrComment(line1) && end1 < src.length) {
            int start2 = next(src, end1);
            declared = declaredIn(latin1(src, start2, lineEnd(src, start2)));
        }
        if (declared == null) {
            return new Decoded(decodeUtf8Undeclared(src, start, filename), "utf-8");
        }
        String normal = normalName(declared);
        if (bom && !normal.equals("utf-8")) {
            throw fileError("encoding problem: " + normal + " with BOM", filename);
        }
        Charset cs = lookup(normal);
        if (cs == null) throw fileError("unknown encoding: " + declared, filename);
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(src, start, src.length - start);
        try {
            CharBuffer out = dec.decode(in);
            return new Decoded(out.toString(), normal);
        } catch (MalformedInputException e) {
            int bad = in.position();
            String codec = cs.equals(StandardCharsets.US_ASCII) ? "ascii" : normal;
            String reason = cs.equals(StandardCharsets.US_ASCII) ? "ordinal not in range(128)"
                    : cs.equals(StandardCharsets.UTF_8) ? "invalid start byte" : "invalid byte";
            throw fileError(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                    codec, src[bad] & 0xff, bad, reason), filename);
        } catch (CharacterCodingException e) {
            throw fileError("'" + normal + "' codec can't decode the source", filename);
        }
    }

    private static String decodeUtf8Undeclared(byte[] src, int start, String filename) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(src, start, src.length - start);
        try {
            return dec.decode(in).toString();
        } catch (CharacterCodingException e) {
            int bad = in.position();
            int line = 1;
            for (int i = start; i < bad; i++) {
                if (src[i] == '\n' || (src[i] == '\r' && (i + 1 >= src.length || src[i + 1] != '\n'))) line++;
            }
            String msg = String.format("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    src[bad] & 0xff, filename, line);
            throw new PySyntaxError("SyntaxError", msg, filename, line, -1, null, null, null);
        }
    }

    private static PySyntaxError fileError(String msg, String filename) {
        return new PySyntaxError("SyntaxError", msg, filename, 0, -1, null, null, null);
    }

    /** The encoding name as CPython normalises a declaration: utf-8 and latin-1 spellings collapse. */
    static String normalName(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) return "utf-8";
        for (String l : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (s.equals(l) || s.startsWith(l + "-")) return "iso-8859-1";
        }
        return name;
    }

    private static Charset lookup(String name) {
        if (name.equals("utf-8")) return StandardCharsets.UTF_8;
        if (name.equals("iso-8859-1")) return StandardCharsets.ISO_8859_1;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : new String[] {lower, lower.replace('_', '-'), lower.replace("-", ""), lower.replace('-', '_')}) {
            try {
                if (Charset.isSupported(candidate)) return Charset.forName(candidate);
            } catch (IllegalArgumentException ignored) {
                // not a legal charset name: try the next spelling
            }
        }
        return null;
    }

    private static String declaredIn(String line) {
        Matcher m = CODING.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isBlankOrComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#') return true;
            if (c != ' ' && c != '\t' && c != '\f' && c != '\r' && c != '\n') return false;
        }
        return true;
    }

    private static int lineEnd(byte[] b, int from) {
        int i = from;
        while (i < b.length && b[i] != '\n' && b[i] != '\r') i++;
        return i;
    }

    private static int next(byte[] b, int eol) {
        if (b[eol] == '\r' && eol + 1 < b.length && b[eol + 1] == '\n') return eol + 2;
        return eol + 1;
    }

    private static String latin1(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
