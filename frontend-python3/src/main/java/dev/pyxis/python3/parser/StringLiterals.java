package dev.pyxis.python3.parser;

import dev.pyxis.python3.ast.BytesConstant;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.tokenizer.PySyntaxError;
import dev.pyxis.python3.tokenizer.Token;
import dev.pyxis.python3.tokenizer.Tokenizer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals: prefixes, escape decoding, implicit concatenation and f-strings (which CPython
 * 3.11's tokenizer hands over as one STRING token and its parser splits).
 *
 * <p>Positions follow CPython 3.11: every Constant and FormattedValue of a JoinedStr spans the whole
 * concatenation, a format spec's JoinedStr spans its own token, and replacement-field expressions
 * carry their real source positions (they are parsed by a sub-parser whose token positions are
 * shifted to where the field sits).
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** Deepest f-string nesting (format specs included) CPython accepts. */
    private static final int MAX_FSTRING_NESTING = 2;

    /** One STRING token taken apart. */
    private record Piece(int tokIndex, boolean raw, boolean bytes, boolean fstring, boolean u, String body,
                         int bodyOffset) {
    }

    static Expr concatenate(Parser p, int from, int to) {
        List<Piece> pieces = new ArrayList<>(to - from);
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (int i = from; i < to; i++) {
            Piece piece = split(p.tok(i).text(), i);
            pieces.add(piece);
            anyBytes |= piece.bytes;
            anyStr |= !piece.bytes;
            anyF |= piece.fstring;
        }
        int line = p.L(from);
        int col = p.C(from);
        int endLine = p.tb.eline[to - 1];
        int endCol = p.tb.bend[to - 1];
        if (anyBytes && anyStr) {
            throw nextTokenError(p, "cannot mix bytes and nonbytes literals");
        }
        String kind = pieces.get(0).u ? "u" : null;
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Piece piece : pieces) decodeBytes(p, piece, out);
            return new Expr.Constant(new BytesConstant(out.toByteArray()), null, line, col, endLine, endCol);
        }
        if (!anyF) {
            if (pieces.size() == 1) {
                return new Expr.Constant(decodeStr(p, pieces.get(0), pieces.get(0).body), kind, line, col, endLine, endCol);
            }
            StringBuilder sb = new StringBuilder();
            for (Piece piece : pieces) sb.append(decodeStr(p, piece, piece.body));
            return new Expr.Constant(sb.toString(), kind, line, col, endLine, endCol);
        }
        JoinedBuilder jb = new JoinedBuilder(kind, line, col, endLine, endCol);
        for (Piece piece : pieces) {
            if (piece.fstring) {
                new FString(p, piece, jb, line, col, endLine, endCol).parse();
            } else {
                jb.literal.append(decodeStr(p, piece, piece.body));
            }
        }
        jb.flush();
        return new Expr.JoinedStr(jb.values, line, col, endLine, endCol);
    }

    /** Collects the parts of a JoinedStr, merging adjacent literal text. */
    private static final class JoinedBuilder {
        final List<Expr> values = new ArrayList<>();
        final StringBuilder literal = new StringBuilder();
        final String kind;
        final int line, col, endLine, endCol;

        JoinedBuilder(String kind, int line, int col, int endLine, int endCol) {
            this.kind = kind;
            this.line = line;
            this.col = col;
            this.endLine = endLine;
            this.endCol = endCol;
        }

        void flush() {
            if (literal.length() > 0) {
                values.add(new Expr.Constant(literal.toString(), kind, line, col, endLine, endCol));
                literal.setLength(0);
            }
        }
    }

    private static Piece split(String text, int tokIndex) {
        boolean raw = false, bytes = false, f = false, u = false;
        int i = 0;
        for (; ; i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') break;
            switch (c | 0x20) {
                case 'r' -> raw = true;
                case 'b' -> bytes = true;
                case 'f' -> f = true;
                case 'u' -> u = c == 'u';
                default -> throw new IllegalStateException(text);
            }
        }
        char q = text.charAt(i);
        int qlen = text.length() - i >= 6 && text.charAt(i + 1) == q && text.charAt(i + 2) == q ? 3 : 1;
        int start = i + qlen;
        return new Piece(tokIndex, raw, bytes, f, u, text.substring(start, text.length() - qlen), start);
    }

    // ------------------------------------------------------------------ escapes

    /** Decodes a str literal body (or a literal part of an f-string) with the piece's rawness. */
    static String decodeStr(Parser p, Piece piece, String s) {
        if (piece.raw || s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) {
                sb.append('\\');
                break;
            }
            char d = s.charAt(i++);
            switch (d) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) v = v * 8 + s.charAt(i++) - '0';
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = d == 'x' ? 2 : d == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    for (; k < digits && i < n && Character.digit(s.charAt(i), 16) >= 0; k++) v = v * 16 + Character.digit(s.charAt(i++), 16);
                    if (k < digits) {
                        String what = d == 'x' ? "truncated \\xXX escape" : d == 'u' ? "truncated \\uXXXX escape"
                                : "truncated \\UXXXXXXXX escape";
                        throw unicodeError(p, piece, s, escStart, i - 1, what);
                    }
                    if (v > 0x10FFFF) throw unicodeError(p, piece, s, escStart, i - 1, "illegal Unicode character");
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    if (close < 0 || close == i + 1) {
                        throw unicodeError(p, piece, s, escStart, close < 0 ? n - 1 : close, "malformed \\N character escape");
                    }
                    String name = s.substring(i + 1, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException e) {
                        throw unicodeError(p, piece, s, escStart, close, "unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> sb.append('\\').append(d);
            }
        }
        return sb.toString();
    }

    /** An error located at the token after the literals, where CPython 3.11 reports literal errors. */
    private static PySyntaxError nextTokenError(Parser p, String msg) {
        Token t = p.tok(p.p);
        int endCol = p.tb.kind(p.p) == K.NEWLINE ? t.startCol() : t.endCol();
        return p.tb.error("SyntaxError", msg, t.startLine(), t.startCol() + 1, t.startLine(), endCol + 1);
    }

    private static PySyntaxError unicodeError(Parser p, Piece piece, String s, int from, int to, String what) {
        int bFrom = utf8Length(s, 0, from);
        int bTo = bFrom + utf8Length(s, from, to + 1) - 1;
        String pos = bFrom == bTo ? "position " + bFrom : "position " + bFrom + "-" + bTo;
        return nextTokenError(p, "(unicode error) 'unicodeescape' codec can't decode bytes in " + pos + ": " + what);
    }

    private static int utf8Length(String s, int from, int to) {
        return s.substring(from, Math.min(to, s.length())).getBytes(StandardCharsets.UTF_8).length;
    }

    private static void decodeBytes(Parser p, Piece piece, ByteArrayOutputStream out) {
        String s = piece.body;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                Token t = p.tok(piece.tokIndex);
                // CPython's end offset here counts bytes, not characters
                throw Errors.error(p, "bytes can only contain ASCII literal characters", t.startLine(),
                        t.startCol() + 1, t.endLine(), p.tb.bend[piece.tokIndex] + 1);
            }
        }
        if (piece.raw || s.indexOf('\\') < 0) {
            for (int i = 0; i < n; i++) out.write(s.charAt(i));
            return;
        }
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int escStart = i;
            i++;
            if (i >= n) {
                out.write('\\');
                break;
            }
            char d = s.charAt(i++);
            switch (d) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = d - '0';
                    for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) v = v * 8 + s.charAt(i++) - '0';
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int v = 0;
                    int k = 0;
                    for (; k < 2 && i < n && Character.digit(s.charAt(i), 16) >= 0; k++) v = v * 16 + Character.digit(s.charAt(i++), 16);
                    if (k < 2) {
                        throw nextTokenError(p, "(value error) invalid \\x escape at position " + escStart);
                    }
                    out.write(v);
                }
                default -> {
                    out.write('\\');
                    out.write(d);
                }
            }
        }
    }

    // ------------------------------------------------------------------ f-strings

    /** Splits one f-string token body into literal text and replacement fields. */
    private static final class FString {
        private final Parser p;
        private final Piece piece;
        private final JoinedBuilder out;
        private final String s;
        private final int wl, wc, wel, wec;
        /** Raw line and code-point column of each body index are derived from these. */
        private final Token token;

        FString(Parser p, Piece piece, JoinedBuilder out, int wl, int wc, int wel, int wec) {
            this.p = p;
            this.piece = piece;
            this.out = out;
            this.s = piece.body;
            this.wl = wl;
            this.wc = wc;
            this.wel = wel;
            this.wec = wec;
            this.token = p.tok(piece.tokIndex);
        }

        void parse() {
            int i = literal(0, out.literal, false);
            while (i < s.length()) {
                i = field(i, out.values, out, 0);
                i = literal(i, out.literal, false);
            }
        }

        /** CPython 3.11 reports f-string errors at the token after the string literals. */
        private PySyntaxError error(String msg) {
            return nextTokenError(p, msg);
        }

        /**
         * Literal text from {@code i} up to a '{' that opens a field (or, in a format spec, up to the
         * closing '}'); decoded into {@code sb}. Returns the index of that brace or the end.
         */
        private int literal(int i, StringBuilder sb, boolean inSpec) {
            int n = s.length();
            int chunk = i;
            StringBuilder raw = new StringBuilder();
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\\' && !piece.raw && i + 1 < n) {
                    char d = s.charAt(i + 1);
                    if (d == 'N' && i + 2 < n && s.charAt(i + 2) == '{') {
                        int close = s.indexOf('}', i);
                        if (close < 0) close = n - 1;
                        i = close + 1;
                        continue;
                    }
                    if (d == '\\') {
                        i += 2;
                        continue;
                    }
                }
                if (c == '{') {
                    if (!inSpec && i + 1 < n && s.charAt(i + 1) == '{') {
                        raw.append(s, chunk, i + 1);
                        i += 2;
                        chunk = i;
                        continue;
                    }
                    break;
                }
                if (c == '}') {
                    if (inSpec) break;
                    if (i + 1 < n && s.charAt(i + 1) == '}') {
                        raw.append(s, chunk, i + 1);
                        i += 2;
                        chunk = i;
                        continue;
                    }
                    throw error("f-string: single '}' is not allowed");
                }
                i++;
            }
            raw.append(s, chunk, i);
            if (raw.length() > 0) sb.append(decodeStr(p, piece, raw.toString()));
            return i;
        }

        /** A replacement field starting at the '{' at {@code i}; appends its parts to {@code values}. */
        private int field(int open, List<Expr> values, JoinedBuilder top, int nesting) {
            if (nesting >= MAX_FSTRING_NESTING) throw error("f-string: expressions nested too deeply");
            int n = s.length();
            int exprStart = open + 1;
            int i = exprStart;
            int brackets = 0;
            char quote = 0;
            int quoteLen = 0;
            for (; i < n; i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote && (quoteLen == 1 || i + 2 < n && s.charAt(i + 1) == quote && s.charAt(i + 2) == quote)) {
                        i += quoteLen - 1;
                        quote = 0;
                    } else if (c == '\\') {
                        throw error("f-string expression part cannot include a backslash");
                    }
                    continue;
                }
                if (c == '\\') throw error("f-string expression part cannot include a backslash");
                if (c == '\'' || c == '"') {
                    quote = c;
                    quoteLen = i + 2 < n && s.charAt(i + 1) == c && s.charAt(i + 2) == c ? 3 : 1;
                    i += quoteLen - 1;
                    continue;
                }
                if (c == '#') throw error("f-string expression part cannot include '#'");
                if (c == '(' || c == '[' || c == '{') {
                    brackets++;
                    continue;
                }
                if (c == ')' || c == ']' || c == '}') {
                    if (brackets == 0) {
                        if (c == '}') break;
                        throw error("f-string: unmatched '" + c + "'");
                    }
                    brackets--;
                    continue;
                }
                if (brackets > 0) continue;
                char d = i + 1 < n ? s.charAt(i + 1) : 0;
                if (c == '!' && d != '=') break;
                if (c == ':') break;
                if (c == '=' && d != '=') {
                    char b = s.charAt(i - 1 >= exprStart ? i - 1 : i);
                    if (i == exprStart || (b != '=' && b != '!' && b != '<' && b != '>')) break;
                }
                if ((c == '=' || c == '!' || c == '<' || c == '>') && d == '=') i++;
            }
            if (quote != 0) throw error("f-string: unterminated string");
            if (i >= n) throw error("f-string: expecting '}'");
            String exprText = s.substring(exprStart, i);
            if (exprText.isBlank()) {
                throw error(s.charAt(i) == '!' ? "f-string: expression required before '!'" : "f-string: empty expression not allowed");
            }
            Expr value = parseExpression(exprStart, exprText);
            String debug = null;
            if (s.charAt(i) == '=') {
                i++;
                while (i < n && Character.isWhitespace(s.charAt(i))) i++;
                debug = s.substring(exprStart, i);
            }
            int conversion = -1;
            if (i < n && s.charAt(i) == '!') {
                i++;
                char conv = i < n ? s.charAt(i) : 0;
                if (conv != 's' && conv != 'r' && conv != 'a') throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                conversion = conv;
                i++;
                if (i >= n || (s.charAt(i) != ':' && s.charAt(i) != '}')) throw error("f-string: expecting '}'");
            }
            Expr spec = null;
            if (i < n && s.charAt(i) == ':') {
                i++;
                List<Expr> specValues = new ArrayList<>();
                JoinedBuilder specBuilder = new JoinedBuilder(top.kind, top.line, top.col, top.endLine, top.endCol);
                boolean anyField = false;
                for (;;) {
                    i = literal(i, specBuilder.literal, true);
                    if (i >= n || s.charAt(i) == '}') break;
                    specBuilder.flush();
                    specValues.addAll(specBuilder.values);
                    specBuilder.values.clear();
                    anyField = true;
                    i = field(i, specValues, specBuilder, nesting + 1);
                }
                int tl = p.tb.sline[piece.tokIndex];
                int tc = p.tb.bcol[piece.tokIndex];
                int tel = p.tb.eline[piece.tokIndex];
                int tec = p.tb.bend[piece.tokIndex];
                if (specBuilder.literal.length() > 0) {
                    String lit = specBuilder.literal.toString();
                    specBuilder.literal.setLength(0);
                    specValues.add(anyField ? new Expr.Constant(lit, top.kind, wl, wc, wel, wec)
                            : new Expr.Constant(lit, top.kind, tl, tc, tel, tec));
                }
                spec = new Expr.JoinedStr(specValues, tl, tc, tel, tec);
            }
            if (i >= n || s.charAt(i) != '}') throw error("f-string: expecting '}'");
            i++;
            if (debug != null) {
                top.literal.append(debug);
                if (conversion == -1 && spec == null) conversion = 'r';
            }
            top.flush();
            values.addAll(top.values == values ? List.of() : top.values);
            if (top.values != values) top.values.clear();
            values.add(new Expr.FormattedValue(value, conversion, spec, wl, wc, wel, wec));
            return i;
        }

        /** Parses the field's expression with a sub-parser whose positions are those of the source. */
        private Expr parseExpression(int exprStart, String exprText) {
            // raw line and code-point column of the body index exprStart
            int line = token.startLine();
            int col = token.startCol() + piece.bodyOffset;
            for (int k = 0; k < exprStart; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                    col = 0;
                } else if (!Character.isLowSurrogate(s.charAt(k))) {
                    col++;
                }
            }
            TokenBuffer outer = p.tb;
            int realLine = line + outer.lineShift;
            int realByteCol = outer.byteCol(line, col) + (line == 1 ? outer.colShift : 0);
            Tokenizer t = new Tokenizer("(" + exprText + ")", outer.filename(), false);
            Parser sub = new Parser(new TokenBuffer(t, realLine - 1, realByteCol - 1), true);
            return sub.fstringExpression();
        }
    }
}
