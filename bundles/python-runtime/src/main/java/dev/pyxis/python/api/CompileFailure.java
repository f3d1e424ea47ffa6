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

    /**
     * The error as CPython prints it with no traceback above it (a script that does not compile,
     * a statement typed at the prompt): file and line, the line without its indentation, carets,
     * the type and message.
     */
    public String display() {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(filename).append("\", line ").append(lineno).append('\n');
        if (text != null) {
            String line = text;
            int end = line.length();
            while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
                end--;
            }
            int start = 0;
            while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t' || line.charAt(start) == '\f')) {
                start++;
            }
            String shown = line.substring(start, end);
            sb.append("    ").append(shown).append('\n');
            // CPython reports these tokenizer indentation errors with no end position, so no caret.
            boolean noCaret = typeName.equals("TabError") || msg.equals("unexpected indent");
            if (offset > 0 && !noCaret) {
                int caretStart = Math.max(0, offset - 1 - start);
                // A range for SyntaxError proper; IndentationError shows one caret whatever its end.
                boolean range = typeName.equals("SyntaxError") && endLineno == lineno && endOffset > offset;
                int caretEnd = range ? endOffset - 1 - start : caretStart + 1;
                caretEnd = Math.min(Math.max(caretEnd, caretStart + 1), Math.max(shown.length(), caretStart + 1));
                sb.append("    ").append(" ".repeat(caretStart)).append("^".repeat(caretEnd - caretStart)).append('\n');
            }
        }
        sb.append(typeName).append(": ").append(msg).append('\n');
        return sb.toString();
    }
}
