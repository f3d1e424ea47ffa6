package dev.pyxis.python3.symtable;

import dev.pyxis.python3.ast.Located;
import dev.pyxis.python3.tokenizer.PySyntaxError;

/**
 * Builds the SyntaxErrors the symbol table and the compiler raise, positioned as CPython
 * positions them: 1-based line, offset = UTF-8 byte column + 1, end positions likewise, and the
 * source line as text when the source is known.
 */
public final class ErrorReporter {
    private final String filename;
    private final String[] lines;

    /** @param source the decoded source text, or null when unknown (text is then null) */
    public ErrorReporter(String filename, String source) {
        this.filename = filename;
        this.lines = source == null ? null : source.split("\r\n|\r|\n", -1);
    }

    public String filename() {
        return filename;
    }

    public PySyntaxError error(String msg, Located at) {
        return error(msg, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    public PySyntaxError error(String msg, int line, int col, int endLine, int endCol) {
        String text = lines != null && line >= 1 && line <= lines.length ? lines[line - 1] : null;
        return new PySyntaxError("SyntaxError", msg, filename, line, col + 1, endLine, endCol + 1, text);
    }

    /** An error CPython reports with a start position only (future statements): end offset None. */
    public PySyntaxError errorAt(String msg, int line, int offset) {
        String text = lines != null && line >= 1 && line <= lines.length ? lines[line - 1] : null;
        return new PySyntaxError("SyntaxError", msg, filename, line, offset, line, null, text);
    }

    /** The source line (without line ending) or null. */
    public String line(int lineno) {
        return lines != null && lineno >= 1 && lineno <= lines.length ? lines[lineno - 1] : null;
    }
}
