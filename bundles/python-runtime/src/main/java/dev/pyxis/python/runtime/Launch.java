package dev.pyxis.python.runtime;

import dev.pyxis.python.api.CompileFailure;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Texts the interpreter prints outside Python's own traceback machinery, as CPython words them. */
final class Launch {
    private Launch() {}

    static String cannotOpen(Path script, IOException e) {
        String reason = e instanceof NoSuchFileException ? "[Errno 2] No such file or directory" : e.getMessage();
        return "python: can't open file '" + script.toAbsolutePath() + "': " + reason;
    }

    /** A SyntaxError as CPython prints it when it ends the program (no traceback above it for a script). */
    static String formatSyntaxError(CompileFailure f) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(f.filename()).append("\", line ").append(f.lineno()).append('\n');
        if (f.text() != null) {
            String line = f.text();
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
            boolean noCaret = f.typeName().equals("TabError") || f.msg().equals("unexpected indent");
            if (f.offset() > 0 && !noCaret) {
                int caretStart = Math.max(0, f.offset() - 1 - start);
                // An IndentationError gets a single caret even when it has an end position.
                boolean range = !f.typeName().equals("IndentationError");
                int caretEnd = range && f.endLineno() == f.lineno() && f.endOffset() > f.offset()
                        ? f.endOffset() - 1 - start : caretStart + 1;
                caretEnd = Math.min(Math.max(caretEnd, caretStart + 1), Math.max(shown.length(), caretStart + 1));
                sb.append("    ").append(" ".repeat(caretStart)).append("^".repeat(caretEnd - caretStart)).append('\n');
            }
        }
        sb.append(f.typeName()).append(": ").append(f.msg()).append('\n');
        return sb.toString();
    }
}
