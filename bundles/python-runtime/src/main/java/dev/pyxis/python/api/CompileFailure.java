package dev.pyxis.python.api;

/**
 * A SyntaxError (or subclass, named by {@link #typeName}) found by a front end, with CPython's
 * position conventions: 1-based line and column offsets, end positions where known (0 if not), and
 * the source line.
 */
public final class CompileFailure extends RuntimeException {
    private final String typeName;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public CompileFailure(String typeName, String msg, String filename, int lineno, int offset,
            int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.typeName = typeName;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    public String typeName() { return typeName; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    /** The offending source line, or null. */
    public String text() { return text; }
}
