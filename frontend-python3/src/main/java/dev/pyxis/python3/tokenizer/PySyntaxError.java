package dev.pyxis.python3.tokenizer;

/**
 * A lexical error, carrying what CPython's SyntaxError carries: the exception type name
 * ("SyntaxError", "IndentationError" or "TabError"), the message, 1-based line and offset,
 * end line and end offset ({@code null} where CPython reports None), the file name and the source line.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String typeName;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final Integer endLineno;
    private final Integer endOffset;
    private final String text;

    public PySyntaxError(String typeName, String msg, String filename, int lineno, int offset,
                         Integer endLineno, Integer endOffset, String text) {
        super(typeName + ": " + msg + " (" + filename + ", line " + lineno + ")");
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
    public Integer endLineno() { return endLineno; }
    public Integer endOffset() { return endOffset; }
    /** The offending source line without its line ending, or null when there is none. */
    public String text() { return text; }
}
