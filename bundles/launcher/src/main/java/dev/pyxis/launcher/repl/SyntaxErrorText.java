package dev.pyxis.launcher.repl;

import dev.pyxis.python.api.CompileFailure;

/**
 * A SyntaxError as CPython shows it when no traceback precedes it: the file and line, the source
 * line without its indentation, carets under the offending columns (one for IndentationError and
 * TabError, whatever their end), the type and message.
 */
final class SyntaxErrorText {
    private SyntaxErrorText() {
    }

    static String format(CompileFailure e) {
        StringBuilder b = new StringBuilder();
        b.append("  File \"").append(e.filename()).append("\", line ").append(e.lineno()).append('\n');
        String text = e.text();
        if (text != null) {
            int end = text.length();
            while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
                end--;
            }
            int indent = 0;
            while (indent < end && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t' || text.charAt(indent) == '\f')) {
                indent++;
            }
            String shown = text.substring(indent, end);
            b.append("    ").append(shown).append('\n');
            int from = e.offset() - 1 - indent;
            // No caret when the column falls in the stripped indentation; one for indentation errors.
            if (e.offset() > 0 && from >= 0) {
                boolean range = e.typeName().equals("SyntaxError") && e.endLineno() == e.lineno() && e.endOffset() > e.offset();
                int to = Math.max(range ? e.endOffset() - 1 - indent : from + 1, from + 1);
                b.append("    ").append(" ".repeat(from)).append("^".repeat(to - from)).append('\n');
            }
        }
        return b.append(e.typeName()).append(": ").append(e.msg()).append('\n').toString();
    }
}
