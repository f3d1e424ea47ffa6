package dev.pyxis.python3.parser;

import dev.pyxis.python3.tokenizer.PySyntaxError;
import dev.pyxis.python3.tokenizer.Token;
import dev.pyxis.python3.tokenizer.TokenType;
import dev.pyxis.python3.tokenizer.Tokenizer;

/**
 * The tokens seen so far, pulled from the tokenizer on demand (so a tokenizer error surfaces only
 * when the parser reaches it, as in CPython), with kind codes and UTF-8 byte columns.
 */
final class TokenBuffer {
    private final Tokenizer tokenizer;
    private final int[] src;
    /** Start index in {@link #src} of each line (1-based line n at index n-1). */
    private int[] lineStarts;
    private int lineCount;
    /** Per line: byte-column table for lines holding non-ASCII code points, {@link #ASCII}, or null before first use. */
    private int[][] byteCols;
    private static final int[] ASCII = new int[0];

    int size;
    int[] kind = new int[256];
    Token[] tok = new Token[256];
    int[] bcol = new int[256];
    int[] bend = new int[256];
    /** Start and end lines, shifted by {@link #lineShift}. */
    int[] sline = new int[256];
    int[] eline = new int[256];
    /** Bracket depth after each token, to report unclosed brackets the way CPython does. */
    int[] depth = new int[256];
    private boolean done;

    /** Added to every line number: non-zero when parsing an f-string replacement field. */
    final int lineShift;
    /** Added to byte columns on the first line: non-zero when parsing an f-string replacement field. */
    final int colShift;

    TokenBuffer(Tokenizer tokenizer) {
        this(tokenizer, 0, 0);
    }

    TokenBuffer(Tokenizer tokenizer, int lineShift, int colShift) {
        this.tokenizer = tokenizer;
        this.lineShift = lineShift;
        this.colShift = colShift;
        this.src = tokenizer.codePoints();
        indexLines();
    }

    String filename() {
        return tokenizer.filename();
    }

    private void indexLines() {
        int[] starts = new int[64];
        int n = 1;
        for (int i = 0; i < src.length; i++) {
            if (src[i] == '\n') {
                if (n == starts.length) starts = java.util.Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        lineStarts = starts;
        lineCount = n;
        byteCols = new int[n + 1][];
    }

    /** Makes sure token {@code i} exists (the ENDMARKER repeats) and returns its kind. */
    int kind(int i) {
        while (i >= size) fetch();
        return kind[i];
    }

    Token tok(int i) {
        while (i >= size) fetch();
        return tok[i];
    }

    private void fetch() {
        if (done) {
            add(tok[size - 1]);
            return;
        }
        Token t;
        try {
            t = tokenizer.next();
        } catch (PySyntaxError e) {
            tokenizerFailed = true;
            throw e;
        }
        if (t.type() == TokenType.ENDMARKER) done = true;
        add(t);
    }

    private void add(Token t) {
        if (size == kind.length) {
            int n = size * 2;
            kind = java.util.Arrays.copyOf(kind, n);
            tok = java.util.Arrays.copyOf(tok, n);
            bcol = java.util.Arrays.copyOf(bcol, n);
            bend = java.util.Arrays.copyOf(bend, n);
            depth = java.util.Arrays.copyOf(depth, n);
            sline = java.util.Arrays.copyOf(sline, n);
            eline = java.util.Arrays.copyOf(eline, n);
        }
        if (t.type() == TokenType.NAME && !isAscii(t.text())) {
            // identifiers are compared in NFKC form (PEP 3131)
            t = new Token(t.type(), java.text.Normalizer.normalize(t.text(), java.text.Normalizer.Form.NFKC),
                    t.startLine(), t.startCol(), t.endLine(), t.endCol());
        }
        int k = switch (t.type()) {
            case NAME -> K.keyword(t.text());
            case NUMBER -> K.NUMBER;
            case STRING -> K.STRING;
            case NEWLINE -> K.NEWLINE;
            case INDENT -> K.INDENT;
            case DEDENT -> K.DEDENT;
            case ENDMARKER -> K.ENDMARKER;
            case OP -> K.operator(t.text());
            default -> throw new IllegalStateException("unexpected token " + t);
        };
        kind[size] = k;
        tok[size] = t;
        bcol[size] = byteCol(t.startLine(), t.startCol()) + (t.startLine() == 1 ? colShift : 0);
        bend[size] = byteCol(t.endLine(), t.endCol()) + (t.endLine() == 1 ? colShift : 0);
        sline[size] = t.startLine() + lineShift;
        eline[size] = t.endLine() + lineShift;
        depth[size] = tokenizer.openBrackets();
        size++;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** Pulls the remaining tokens, so that a tokenizer error later in the file is raised. */
    void drain() {
        while (!done && !tokenizerFailed) fetch();
    }

    /** The UTF-8 byte offset of code-point column {@code col} of line {@code line}. */
    int byteCol(int line, int col) {
        if (line < 1 || line > lineCount || col <= 0) return col;
        int start = lineStarts[line - 1];
        int[] table = byteCols[line];
        if (table == ASCII) return col;
        if (table == null) {
            int end = start;
            boolean ascii = true;
            while (end < src.length && src[end] != '\n') {
                if (src[end] >= 0x80) ascii = false;
                end++;
            }
            if (ascii) {
                byteCols[line] = ASCII;
                return col;
            }
            table = new int[end - start + 2];
            int b = 0;
            for (int i = start; i <= end; i++) {
                table[i - start] = b;
                int c = i < src.length ? src[i] : 0;
                b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            }
            table[end - start + 1] = b;
            byteCols[line] = table;
        }
        return col < table.length ? table[col] : table[table.length - 1] + (col - table.length + 1);
    }

    /** The code-point column of UTF-8 byte column {@code bcol} on (shifted) line {@code line}, as error offsets use. */
    int cpCol(int line, int bcol) {
        int l = line - lineShift;
        int b = l == 1 ? bcol - colShift : bcol;
        if (l < 1 || l > lineCount) return b;
        int[] table = byteCols[l];
        if (table == null) {
            byteCol(l, 1);
            table = byteCols[l];
        }
        if (table == ASCII || table == null) return b;
        for (int i = 0; i < table.length; i++) {
            if (table[i] >= b) return i;
        }
        return table.length - 1;
    }

    /** The line number in the parsed text (undoing {@link #lineShift}). */
    int rawLine(int line) {
        return line - lineShift;
    }

    /** Marks that the tokenizer itself failed, so its state must not be touched again. */
    boolean tokenizerFailed;

    int[] source() {
        return src;
    }

    /** Index in {@link #source()} where line {@code line} starts. */
    int lineStart(int line) {
        return line >= 1 && line <= lineCount ? lineStarts[line - 1] : src.length;
    }

    /** The text of line {@code line} without its ending, or null past the end. */
    String lineText(int line) {
        if (line < 1 || line > lineCount) return null;
        int s = lineStarts[line - 1];
        int e = s;
        while (e < src.length && src[e] != '\n') e++;
        return new String(src, s, e - s);
    }

    PySyntaxError error(String type, String msg, int line, int offset, int endLine, int endOffset) {
        return new PySyntaxError(type, msg, filename(), line, offset, endLine, endOffset, lineText(line));
    }
}
