package dev.pyxis.python3.tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The Python 3.11 tokenizer, written from the language reference's lexical rules.
 *
 * <p>The source is decoded once into an array of code points with every line ending turned into
 * {@code '\n'}; the scanner then walks that array with a hand-written dispatch on the current
 * character, so columns are code point indexes relative to the start of the physical line.
 * Pull tokens with {@link #next()} (ENDMARKER is returned forever at the end) or take them all
 * with {@link #tokenizeAll()}. With {@code emitNonSemantic} COMMENT and NL tokens are returned too.
 */
public final class Tokenizer {

    private static final int EOF = -1;
    /** Deepest indentation stack, counting the outermost level. */
    private static final int MAX_INDENT = 100;
    /** Deepest bracket nesting. */
    private static final int MAX_BRACKETS = 200;

    private final int[] src;
    private final int len;
    private final String filename;
    private final boolean emitNonSemantic;
    private final String encoding;

    private int pos;
    private int line = 1;
    private int lineStart;

    /** True when the scanner stands at the start of a physical line that may carry indentation. */
    private boolean atLineStart = true;
    /** True once the current logical line holds a token that makes it a statement line. */
    private boolean logicalHasTokens;
    /** Line and column of a backslash continuation not yet followed by any token, or line 0. */
    private int joinLine;
    private int joinCol;

    private final int[] indentCols = new int[MAX_INDENT + 1];
    private final int[] indentTabs1 = new int[MAX_INDENT + 1];
    private int indentDepth;

    private final int[] openKind = new int[MAX_BRACKETS + 1];
    private final int[] openLine = new int[MAX_BRACKETS + 1];
    private final int[] openCol = new int[MAX_BRACKETS + 1];
    private int openDepth;

    /** Tokens already produced but not yet handed out (DEDENT runs, the tail at end of input). */
    private Token[] queue = new Token[16];
    private int qHead;
    private int qTail;

    private Token endmarker;

    /** Decodes {@code source} (UTF-8, a UTF-8 BOM, or a PEP 263 declaration on line 1 or 2) and prepares to scan it. */
    public Tokenizer(byte[] source, String filename, boolean emitNonSemantic) {
        SourceDecoder.Decoded d = SourceDecoder.decode(source, filename);
        this.filename = filename;
        this.emitNonSemantic = emitNonSemantic;
        this.encoding = d.encoding();
        this.src = codePoints(d.text());
        this.len = src.length;
        rejectNulls();
    }

    /** Scans already-decoded text (file name {@code "<string>"}). */
    public Tokenizer(String source, boolean emitNonSemantic) {
        this(source, "<string>", emitNonSemantic);
    }

    /** Scans already-decoded text, reporting errors against {@code filename}. */
    public Tokenizer(String source, String filename, boolean emitNonSemantic) {
        this.filename = filename;
        this.emitNonSemantic = emitNonSemantic;
        this.encoding = "utf-8";
        String s = source.startsWith("\uFEFF") ? source.substring(1) : source;
        this.src = codePoints(s);
        this.len = src.length;
        rejectNulls();
    }

    private void rejectNulls() {
        int ln = 1;
        for (int i = 0; i < len; i++) {
            int c = src[i];
            if (c == '\n') {
                ln++;
            } else if (c == 0) {
                throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename,
                        ln, -1, null, null, lineText(ln));
            }
        }
    }

    public static List<Token> tokenize(String source, boolean emitNonSemantic) {
        return new Tokenizer(source, emitNonSemantic).tokenizeAll();
    }

    /** The encoding the source was decoded with ("utf-8" unless declared otherwise). */
    public String encoding() {
        return encoding;
    }

    public String filename() {
        return filename;
    }

    /**
     * The decoded source as code points with every line ending folded to {@code '\n'}: what token
     * columns index. Shared, not copied: callers must not modify it.
     */
    public int[] codePoints() {
        return src;
    }

    /** Depth of open brackets at the scanner's current position. */
    public int openBrackets() {
        return openDepth;
    }

    /** All tokens up to and including the ENDMARKER. */
    public List<Token> tokenizeAll() {
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = next();
            out.add(t);
        } while (t.type() != TokenType.ENDMARKER);
        return out;
    }

    /** The next token; once the input is exhausted, the ENDMARKER again and again. */
    public Token next() {
        for (;;) {
            if (qHead != qTail) {
                Token t = queue[qHead];
                queue[qHead] = null;
                qHead = (qHead + 1) & (queue.length - 1);
                return t;
            }
            if (endmarker != null) return endmarker;
            Token t = scan();
            if (t != null) return t;
        }
    }

    // ------------------------------------------------------------------ input

    private static int[] codePoints(String s) {
        int n = s.length();
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c == '\r') {
                out[k++] = '\n';
                i += (i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out[k++] = Character.toCodePoint(c, s.charAt(i + 1));
                i += 2;
            } else {
                out[k++] = c;
                i++;
            }
        }
        return k == n ? out : java.util.Arrays.copyOf(out, k);
    }

    private int at(int p) {
        return p < len ? src[p] : EOF;
    }

    private String text(int from, int to) {
        return new String(src, from, to - from);
    }

    private void enqueue(Token t) {
        queue[qTail] = t;
        qTail = (qTail + 1) & (queue.length - 1);
        if (qTail == qHead) {
            Token[] bigger = new Token[queue.length * 2];
            int n = queue.length - qHead;
            System.arraycopy(queue, qHead, bigger, 0, n);
            System.arraycopy(queue, 0, bigger, n, qHead);
            qHead = 0;
            qTail = queue.length;
            queue = bigger;
        }
    }

    // ------------------------------------------------------------------ scanning

    /** Produces the next token, or queues tokens and returns null, or returns null after skipping a blank line. */
    private Token scan() {
        if (atLineStart) {
            atLineStart = false;
            if (openDepth == 0) {
                Token t = lineStart();
                if (t != null || qHead != qTail || endmarker != null) return t;
            }
        }
        int p = pos;
        int c;
        while ((c = at(p)) == ' ' || c == '\t' || c == '\f') p++;
        pos = p;
        if (c == EOF) return endOfInput(false);
        int col = p - lineStart;
        if (c == '\n') {
            pos = p + 1;
            joinLine = 0;
            Token t;
            if (openDepth == 0 && logicalHasTokens) {
                t = new Token(TokenType.NEWLINE, "\n", line, col, line, col + 1);
                logicalHasTokens = false;
            } else {
                t = emitNonSemantic ? new Token(TokenType.NL, "\n", line, col, line, col + 1) : null;
            }
            line++;
            lineStart = pos;
            atLineStart = true;
            return t;
        }
        if (c == '#') {
            joinLine = 0;
            int q = p + 1;
            while (q < len && src[q] != '\n') q++;
            pos = q;
            return emitNonSemantic ? new Token(TokenType.COMMENT, text(p, q), line, col, line, q - lineStart) : null;
        }
        if (c == '\\') {
            int d = at(p + 1);
            if (d == '\n') {
                joinLine = line;
                joinCol = col;
                pos = p + 2;
                line++;
                lineStart = pos;
                return null;
            }
            throw error("SyntaxError", "unexpected character after line continuation character",
                    line, col + 2, line, 0);
        }
        joinLine = 0;
        logicalHasTokens = true;
        if (c < 128) {
            if (isAsciiLetter(c) || c == '_') return nameOrString(p, col);
            if (c >= '0' && c <= '9') return number(p);
            if (c == '"' || c == '\'') return string(p, p);
            if (c == '.' && isDigit(at(p + 1))) return number(p);
            return operator(p, c, col);
        }
        if (isIdStart(c)) return nameOrString(p, col);
        throw invalidCharacter(c, col);
    }

    /** Indentation at the start of a physical line outside brackets; blank and comment lines are left alone. */
    private Token lineStart() {
        int p = pos;
        int col = 0;
        int tabs1 = 0;
        int c;
        for (;; p++) {
            c = at(p);
            if (c == ' ') {
                col++;
                tabs1++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                tabs1++;
            } else if (c == '\f') {
                col = 0;
                tabs1 = 0;
            } else {
                break;
            }
        }
        if (c == EOF) {
            pos = p;
            return endOfInput(true);
        }
        if (c == '#' || c == '\n') return null;
        int top = indentCols[indentDepth];
        int startCol = p - lineStart;
        if (col == top) {
            if (tabs1 != indentTabs1[indentDepth]) throw tabError();
        } else if (col > top) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw error("IndentationError", "too many levels of indentation", line, 1, line, 0);
            }
            if (tabs1 <= indentTabs1[indentDepth]) throw tabError();
            indentDepth++;
            indentCols[indentDepth] = col;
            indentTabs1[indentDepth] = tabs1;
            pos = p;
            return new Token(TokenType.INDENT, text(lineStart, p), line, 0, line, startCol);
        } else {
            while (indentDepth > 0 && col < indentCols[indentDepth]) {
                indentDepth--;
                enqueue(new Token(TokenType.DEDENT, "", line, startCol, line, startCol));
            }
            if (col != indentCols[indentDepth]) {
                throw error("IndentationError", "unindent does not match any outer indentation level",
                        line, lineLength(lineStart) + 1, line, -1);
            }
            if (tabs1 != indentTabs1[indentDepth]) throw tabError();
        }
        pos = p;
        return null;
    }

    private PySyntaxError tabError() {
        return error("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0);
    }

    /** The tail: a closing NEWLINE if a statement is open, the DEDENTs, then ENDMARKER. */
    private Token endOfInput(boolean whitespaceOnlyLine) {
        if (openDepth > 0) {
            int k = openDepth - 1;
            throw error("SyntaxError", "'" + (char) openKind[k] + "' was never closed",
                    openLine[k], openCol[k] + 1, openLine[k], 0);
        }
        if (joinLine != 0) {
            throw error("SyntaxError", "unexpected EOF while parsing", joinLine, joinCol + 2, joinLine, -1);
        }
        int col = pos - lineStart;
        boolean partial = pos > lineStart;
        if (logicalHasTokens) {
            enqueue(new Token(TokenType.NEWLINE, "", line, col, line, col + 1));
            logicalHasTokens = false;
        } else if (partial && !whitespaceOnlyLine && emitNonSemantic) {
            enqueue(new Token(TokenType.NL, "", line, col, line, col));
        }
        int endLine = partial && !whitespaceOnlyLine ? line + 1 : line;
        while (indentDepth > 0) {
            indentDepth--;
            enqueue(new Token(TokenType.DEDENT, "", endLine, 0, endLine, 0));
        }
        endmarker = new Token(TokenType.ENDMARKER, "", endLine, 0, endLine, 0);
        return null;
    }

    // ------------------------------------------------------------------ names and strings

    private Token nameOrString(int p, int col) {
        int c = src[p];
        if (isPrefixLetter(c)) {
            int d = at(p + 1);
            if (d == '"' || d == '\'') return string(p, p + 1);
            if (isPrefixPair(c, d)) {
                int e = at(p + 2);
                if (e == '"' || e == '\'') return string(p, p + 2);
            }
        }
        int q = p + 1;
        for (;;) {
            int d = at(q);
            if (d < 128) {
                if (isAsciiLetter(d) || d == '_' || (d >= '0' && d <= '9')) {
                    q++;
                    continue;
                }
                break;
            }
            if (isIdContinue(d)) {
                q++;
                continue;
            }
            break;
        }
        pos = q;
        return new Token(TokenType.NAME, text(p, q), line, col, line, q - lineStart);
    }

    private static boolean isPrefixLetter(int c) {
        return switch (c) {
            case 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F' -> true;
            default -> false;
        };
    }

    /** Two-letter prefixes: rb, br, rf, fr in any case. */
    private static boolean isPrefixPair(int c, int d) {
        int a = c | 0x20;
        int b = d | 0x20;
        if (d >= 128) return false;
        return (a == 'r' && (b == 'b' || b == 'f')) || ((a == 'b' || a == 'f') && b == 'r');
    }

    /** A string literal whose prefix starts at {@code start} and whose opening quote is at {@code quoteAt}. */
    private Token string(int start, int quoteAt) {
        int startLine = line;
        int startCol = start - lineStart;
        int q = src[quoteAt];
        boolean triple = at(quoteAt + 1) == q && at(quoteAt + 2) == q;
        int p = quoteAt + (triple ? 3 : 1);
        for (;;) {
            if (p >= len) {
                int detected = len > 0 && src[len - 1] == '\n' ? line - 1 : line;
                throw unterminated(triple, detected, startLine, startCol);
            }
            int c = src[p];
            if (c == q) {
                if (!triple) {
                    p++;
                    break;
                }
                if (at(p + 1) == q && at(p + 2) == q) {
                    p += 3;
                    break;
                }
                p++;
            } else if (c == '\\') {
                p++;
                if (p < len) {
                    if (src[p] == '\n') {
                        line++;
                        lineStart = p + 1;
                    }
                    p++;
                }
            } else if (c == '\n') {
                if (!triple) throw unterminated(false, line, startLine, startCol);
                p++;
                line++;
                lineStart = p;
            } else {
                p++;
            }
        }
        pos = p;
        return new Token(TokenType.STRING, text(start, p), startLine, startCol, line, p - lineStart);
    }

    private PySyntaxError unterminated(boolean triple, int detected, int startLine, int startCol) {
        String msg = (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                + " (detected at line " + detected + ")";
        return new PySyntaxError("SyntaxError", msg, filename, startLine, startCol + 1, startLine, startCol + 1,
                lineText(startLine));
    }

    // ------------------------------------------------------------------ numbers

    private Token number(int start) {
        int p = start;
        int c = src[p];
        String kind = "decimal";
        if (c == '0') {
            int d = at(p + 1);
            if (d == 'x' || d == 'X') return radixNumber(start, 16, "hexadecimal");
            if (d == 'o' || d == 'O') return radixNumber(start, 8, "octal");
            if (d == 'b' || d == 'B') return radixNumber(start, 2, "binary");
            // zeros (and underscores) first; a non-zero digit later is only fine in a float or imaginary
            int nonZero = -1;
            p++;
            for (;;) {
                int e = at(p);
                if (e >= '0' && e <= '9') {
                    if (e != '0' && nonZero < 0) nonZero = p;
                    p++;
                } else if (e == '_') {
                    p++;
                    if (!isDigit(at(p))) throw numberError("invalid decimal literal", p);
                } else {
                    break;
                }
            }
            int e = at(p);
            if (e == '.' || e == 'e' || e == 'E' || e == 'j' || e == 'J') {
                return floatTail(start, p);
            }
            if (nonZero >= 0) {
                throw error("SyntaxError",
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, start - lineStart + 1, line, nonZero - lineStart + 1);
            }
            return finishNumber(start, p, kind);
        }
        if (c == '.') return floatTail(start, p);
        p = digits(p);
        return floatTail(start, p);
    }

    /** Decimal digits with single underscores between them, starting at a digit; returns the end. */
    private int digits(int p) {
        p++;
        for (;;) {
            int c = at(p);
            if (c >= '0' && c <= '9') {
                p++;
            } else if (c == '_') {
                p++;
                if (!isDigit(at(p))) throw numberError("invalid decimal literal", p);
            } else {
                return p;
            }
        }
    }

    /** After the integer part at {@code p}: an optional fraction, exponent and imaginary suffix. */
    private Token floatTail(int start, int p) {
        String kind = "decimal";
        if (at(p) == '.') {
            p++;
            if (isDigit(at(p))) p = digits(p);
        }
        int c = at(p);
        if (c == 'e' || c == 'E') {
            int q = p + 1;
            int s = at(q);
            if (s == '+' || s == '-') {
                q++;
                if (!isDigit(at(q))) throw numberError("invalid decimal literal", q);
                p = digits(q);
            } else if (isDigit(s)) {
                p = digits(q);
            }
        }
        c = at(p);
        if (c == 'j' || c == 'J') {
            p++;
            kind = "imaginary";
        }
        return finishNumber(start, p, kind);
    }

    private Token radixNumber(int start, int radix, String kind) {
        int p = start + 2;
        boolean any = false;
        for (;;) {
            int c = at(p);
            if (c == '_') {
                p++;
                c = at(p);
                if (!isRadixDigit(c, radix)) {
                    if (radix < 10 && isDigit(c)) throw invalidDigit(c, kind, p);
                    throw numberError("invalid " + kind + " literal", p);
                }
            }
            if (isRadixDigit(c, radix)) {
                any = true;
                p++;
            } else {
                break;
            }
        }
        int c = at(p);
        if (radix < 10 && isDigit(c)) throw invalidDigit(c, kind, p);
        if (!any) throw numberError("invalid " + kind + " literal", p);
        return finishNumber(start, p, kind);
    }

    private PySyntaxError invalidDigit(int c, String kind, int p) {
        int col = p - lineStart;
        return error("SyntaxError", "invalid digit '" + (char) c + "' in " + kind + " literal", line, col + 1, line, col + 1);
    }

    /** A number may not run straight into a name, except into the keywords the grammar allows there. */
    private Token finishNumber(int start, int p, String kind) {
        int c = at(p);
        if (c < 128 && c >= 0 && (isAsciiLetter(c) || c == '_' || isDigit(c)) && !keywordAt(p)) {
            throw numberError("invalid " + kind + " literal", p);
        }
        pos = p;
        return new Token(TokenType.NUMBER, text(start, p), line, start - lineStart, line, p - lineStart);
    }

    private static final String[] AFTER_NUMBER = {"and", "else", "for", "if", "in", "is", "not", "or"};

    private boolean keywordAt(int p) {
        outer:
        for (String k : AFTER_NUMBER) {
            if (p + k.length() > len) continue;
            for (int i = 0; i < k.length(); i++) {
                if (src[p + i] != k.charAt(i)) continue outer;
            }
            return true;
        }
        return false;
    }

    private PySyntaxError numberError(String msg, int p) {
        int col = p - lineStart;
        return error("SyntaxError", msg, line, col, line, col);
    }

    private static boolean isRadixDigit(int c, int radix) {
        return switch (radix) {
            case 16 -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    // ------------------------------------------------------------------ operators

    private static final String[] ONE = new String[128];
    private static final String[] AUGMENTED = new String[128];

    static {
        for (char ch : "%&()*+,-./:;<=>@[]^{|}~!$?`".toCharArray()) {
            ONE[ch] = String.valueOf(ch).intern();
            AUGMENTED[ch] = (ch + "=").intern();
        }
    }

    private Token operator(int p, int c, int col) {
        int d = at(p + 1);
        String s;
        switch (c) {
            case '(', '[', '{' -> {
                if (openDepth >= MAX_BRACKETS) {
                    throw error("SyntaxError", "too many nested parentheses", line, col + 1, line, col + 1);
                }
                openKind[openDepth] = c;
                openLine[openDepth] = line;
                openCol[openDepth] = col;
                openDepth++;
                s = ONE[c];
            }
            case ')', ']', '}' -> {
                if (openDepth == 0) {
                    throw error("SyntaxError", "unmatched '" + (char) c + "'", line, col + 1, line, col + 1);
                }
                int o = openKind[openDepth - 1];
                if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}')) {
                    int ol = openLine[openDepth - 1];
                    String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + (char) o + "'"
                            + (ol != line ? " on line " + ol : "");
                    throw error("SyntaxError", msg, line, col + 1, line, col + 1);
                }
                openDepth--;
                s = ONE[c];
            }
            case '*' -> s = d == '*' ? (at(p + 2) == '=' ? "**=" : "**") : d == '=' ? "*=" : "*";
            case '/' -> s = d == '/' ? (at(p + 2) == '=' ? "//=" : "//") : d == '=' ? "/=" : "/";
            case '<' -> s = d == '<' ? (at(p + 2) == '=' ? "<<=" : "<<") : d == '=' ? "<=" : d == '>' ? "<>" : "<";
            case '>' -> s = d == '>' ? (at(p + 2) == '=' ? ">>=" : ">>") : d == '=' ? ">=" : ">";
            case '-' -> s = d == '>' ? "->" : d == '=' ? "-=" : "-";
            case ':' -> s = d == '=' ? ":=" : ":";
            case '=' -> s = d == '=' ? "==" : "=";
            case '!' -> s = d == '=' ? "!=" : "!";
            case '.' -> s = d == '.' && at(p + 2) == '.' ? "..." : ".";
            case '+', '%', '&', '|', '^', '@' -> s = d == '=' ? AUGMENTED[c] : ONE[c];
            case ',', ';', '~', '$', '?', '`' -> s = ONE[c];
            default -> throw invalidCharacter(c, col);
        }
        int n = s.length();
        pos = p + n;
        return new Token(TokenType.OP, s, line, col, line, col + n);
    }

    // ------------------------------------------------------------------ characters

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdStart(int c) {
        return UnicodeIdentifiers.isStart(c);
    }

    private static boolean isIdContinue(int c) {
        return UnicodeIdentifiers.isContinue(c);
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> c == ' ';
            default -> true;
        };
    }

    private PySyntaxError invalidCharacter(int c, int col) {
        String hex = String.format("U+%04X", c);
        String msg = isPrintable(c)
                ? "invalid character '" + new String(Character.toChars(c)) + "' (" + hex + ")"
                : "invalid non-printable character " + hex;
        return error("SyntaxError", msg, line, col + 1, line, col + 1);
    }

    // ------------------------------------------------------------------ errors

    private PySyntaxError error(String type, String msg, int lineno, int offset, Integer endLineno, Integer endOffset) {
        return new PySyntaxError(type, msg, filename, lineno, offset, endLineno, endOffset, lineText(lineno));
    }

    private int lineLength(int start) {
        int q = start;
        while (q < len && src[q] != '\n') q++;
        return q - start;
    }

    /** The text of physical line {@code n} (1-based) without its line ending, or null past the end. */
    private String lineText(int n) {
        int start = 0;
        for (int l = 1; l < n; l++) {
            while (start < len && src[start] != '\n') start++;
            if (start >= len) return null;
            start++;
        }
        return text(start, start + lineLength(start));
    }
}
