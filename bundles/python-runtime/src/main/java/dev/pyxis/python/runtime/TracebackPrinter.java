package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CodeUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Formats exceptions as CPython 3.11 prints them: chained causes, frames with source and carets. */
final class TracebackPrinter {
    private final Space s;
    private final StringBuilder out = new StringBuilder();
    private final List<Long> seen = new ArrayList<>();
    /** Nesting level inside exception groups: lines then get an indent and a "| " margin. */
    private int depth;
    /** Whether the last sub-exception of a group still owes the group's closing line. */
    private boolean needClose;
    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;
    private static final Map<String, List<String>> SOURCES = new HashMap<>();

    private TracebackPrinter(Space s) {
        this.s = s;
    }

    /** The full report of the exception in {@code excSlot}. */
    static String format(Space s, int excSlot) {
        TracebackPrinter p = new TracebackPrinter(s);
        p.chain(excSlot);
        return p.out.toString();
    }

    private void chain(int excSlot) {
        ThreadState ts = s.ts;
        long exc = ts.get(excSlot);
        seen.add(s.identity(exc));
        long cause = Exceptions.slot(exc, Exceptions.CAUSE);
        long context = Exceptions.slot(exc, Exceptions.CONTEXT);
        boolean suppress = Exceptions.slot(exc, Exceptions.SUPPRESS_CONTEXT) == Py.TRUE;
        if (cause != Py.NONE && Exceptions.isException(s, cause) && !seen.contains(s.identity(cause))) {
            chained(cause, "The above exception was the direct cause of the following exception:\n");
        } else if (!suppress && context != Py.NONE && Exceptions.isException(s, context) && !seen.contains(s.identity(context))) {
            chained(context, "During handling of the above exception, another exception occurred:\n");
        }
        if (ExceptionGroups.isGroup(s, ts.get(excSlot))) {
            group(excSlot);
        } else {
            single(excSlot);
        }
    }

    private void chained(long exc, String message) {
        int c = s.ts.push(exc);
        boolean close = needClose;
        chain(c);
        needClose = close;
        s.ts.truncate(c);
        out.append(margin()).append('\n').append(margin()).append(message).append(margin()).append('\n');
    }

    /** The indent and margin of a line at the current group depth. */
    private String margin() {
        return depth == 0 ? "" : " ".repeat(2 * depth) + "| ";
    }

    /** An exception group: itself, then each sub-exception in a numbered box. */
    private void group(int excSlot) {
        if (depth > MAX_GROUP_DEPTH) {
            out.append(margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        boolean top = depth == 0;
        if (top) {
            depth++;
        }
        single(excSlot);
        int excs = s.ts.push(Exceptions.slot(s.ts.get(excSlot), Exceptions.EXTRA1));
        long count = Space.length(s.ts.get(excs));
        long n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(" ".repeat(2 * depth)).append(i == 0 ? "+-" : "  ")
                    .append(truncated ? "+---------------- ... ----------------\n" : "+---------------- " + (i + 1) + " ----------------\n");
            depth++;
            if (!truncated) {
                int item = s.ts.push(Space.item(s.ts.get(excs), i));
                chain(item);
                s.ts.truncate(item);
            } else {
                long more = count - MAX_GROUP_WIDTH;
                out.append(margin()).append("and ").append(more).append(" more exception").append(more == 1 ? "" : "s").append('\n');
            }
            if (last && needClose) {
                out.append(" ".repeat(2 * depth)).append("+------------------------------------\n");
                needClose = false;
            }
            depth--;
        }
        s.ts.truncate(excs);
        if (top) {
            depth--;
        }
    }

    private void single(int excSlot) {
        int mark = out.length();
        boolean groupHeader = singleLines(excSlot) && ExceptionGroups.isGroup(s, s.ts.get(excSlot)) && depth == 1;
        if (depth > 0) {
            String block = out.substring(mark);
            out.setLength(mark);
            String indent = " ".repeat(2 * depth);
            String[] lines = block.split("\n", -1);
            // Every line ends with a newline: the last piece is empty.
            for (int i = 0; i < lines.length - 1; i++) {
                out.append(indent).append(i == 0 && groupHeader ? "+ " : "| ").append(lines[i]).append('\n');
            }
        }
    }

    /** Writes one exception without margins; true if it had a traceback. */
    private boolean singleLines(int excSlot) {
        ThreadState ts = s.ts;
        long tb = Exceptions.slot(ts.get(excSlot), Exceptions.TRACEBACK);
        boolean hasTraceback = tb != Py.NONE && tb != 0;
        if (hasTraceback) {
            out.append(ExceptionGroups.isGroup(s, ts.get(excSlot)) ? "Exception Group Traceback (most recent call last):\n"
                    : "Traceback (most recent call last):\n");
            frames(tb);
        }
        long exc = ts.get(excSlot);
        PyType t = s.typeOf(exc);
        if (t.isSubtypeOf(s.builtinTypes.get("SyntaxError"))) {
            syntaxErrorLines(excSlot);
        }
        String name = typeName(t);
        String text;
        try {
            text = Ops.strString(s, excSlot);
        } catch (PyException e) {
            s.ts.takeRaised();
            text = "<exception str() failed>";
        }
        if (t.isSubtypeOf(s.builtinTypes.get("SyntaxError"))) {
            long msg = Exceptions.attribute(s, ts.get(excSlot), "msg");
            text = msg != 0 && s.isStr(msg) ? s.str(msg) : text;
        }
        String suggestion = Suggestions.forException(s, excSlot);
        out.append(name);
        if (!text.isEmpty()) {
            out.append(": ").append(text);
        }
        if (suggestion != null) {
            out.append(". Did you mean: '").append(suggestion).append("'?");
        }
        out.append('\n');
        long notes = Instances.get(s, ts.get(excSlot), "__notes__");
        if (notes != 0 && s.typeOf(notes) == s.listType) {
            int n = ts.push(notes);
            for (long i = 0; i < Lists.size(ts.get(n)); i++) {
                int item = ts.push(Lists.get(ts.get(n), i));
                out.append(s.isStr(ts.get(item)) ? s.str(ts.get(item)) : Ops.reprString(s, item)).append('\n');
                ts.truncate(item);
            }
            ts.truncate(n);
        }
        return hasTraceback;
    }

    static String typeName(Space s, PyType t) {
        if (!t.heapType) {
            return t.name;
        }
        long module = t.getOwn("__module__");
        String m = module != 0 && s.isStr(module) ? s.str(module) : null;
        return m == null || m.equals("__main__") || m.equals("builtins") ? t.qualname : m + "." + t.qualname;
    }

    private String typeName(PyType t) {
        return typeName(s, t);
    }

    private void frames(long tb) {
        String lastFile = null, lastName = null;
        int lastLine = -1, repeats = 0;
        List<long[]> entries = new ArrayList<>();
        for (long t = tb; t != Py.NONE && t != 0; t = Tracebacks.next(t)) {
            entries.add(new long[] {Tracebacks.code(t), Tracebacks.lasti(t), Tracebacks.line(t)});
        }
        for (long[] e : entries) {
            CodeUnit unit = Code.unit(s, e[0]);
            String file = unit.filename();
            String name = unit.name();
            int line = (int) e[2];
            if (file.equals(lastFile) && name.equals(lastName) && line == lastLine) {
                repeats++;
                if (repeats > 3) {
                    continue;
                }
            } else {
                flushRepeats(repeats);
                repeats = 1;
                lastFile = file;
                lastName = name;
                lastLine = line;
            }
            out.append("  File \"").append(file).append("\", line ").append(line).append(", in ").append(name).append('\n');
            sourceLine(unit, (int) e[1], line);
        }
        flushRepeats(repeats);
    }

    private void flushRepeats(int repeats) {
        if (repeats > 3) {
            int more = repeats - 3;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    private void sourceLine(CodeUnit unit, int lasti, int line) {
        String text = line(unit.filename(), line);
        if (text == null) {
            return;
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return;
        }
        out.append("    ").append(stripped).append('\n');
        int[] pos = unit.positions();
        int p = 4 * lasti;
        if (p + 3 >= pos.length) {
            return;
        }
        int startLine = pos[p], endLine = pos[p + 1], col = pos[p + 2], endCol = pos[p + 3];
        if (startLine != line || col < 0 || endCol < 0) {
            return;
        }
        int leading = text.length() - text.stripLeading().length();
        int start = byteToChar(text, col);
        int end;
        int[] anchors = null;
        if (endLine == startLine) {
            end = byteToChar(text, endCol);
            if (end > start && s.compiler != null) {
                anchors = s.compiler.caretAnchors(text.substring(start, Math.min(end, text.length())));
            }
        } else {
            end = leading + stripped.length();
        }
        boolean spansAll = end - start >= stripped.length();
        if (spansAll && (anchors == null || anchors[1] - anchors[0] <= 0)) {
            return;
        }
        out.append("    ").append(" ".repeat(Math.max(0, start - leading)));
        if (anchors != null) {
            out.append("~".repeat(anchors[0])).append("^".repeat(anchors[1] - anchors[0]))
                    .append("~".repeat(Math.max(0, end - start - anchors[1])));
        } else {
            out.append("^".repeat(Math.max(1, end - start)));
        }
        out.append('\n');
    }

    /** The character index of a UTF-8 byte offset within a line. */
    private static int byteToChar(String line, int byteOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (byteOffset >= b.length) {
            return line.length() + (byteOffset - b.length);
        }
        return new String(b, 0, byteOffset, StandardCharsets.UTF_8).length();
    }

    /**
     * A source line (1-based) of a file, or null; files are read once. Pseudo-files
     * ({@code <string>}, {@code <stdin>}) have no lines, as in CPython 3.11's tracebacks.
     */
    static String line(String filename, int line) {
        if (filename.startsWith("<") && filename.endsWith(">")) {
            return null;
        }
        List<String> lines = SOURCES.get(filename);
        if (lines == null) {
            try {
                Path p = Path.of(filename);
                lines = Files.isRegularFile(p) ? splitLines(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)) : List.of();
            } catch (IOException | RuntimeException e) {
                lines = List.of();
            }
            SOURCES.put(filename, lines);
        }
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }


    private static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\f') {
                if (c == '\f') {
                    continue;
                }
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private void syntaxErrorLines(int excSlot) {
        long exc = s.ts.get(excSlot);
        long file = Exceptions.attribute(s, exc, "filename");
        long lineno = Exceptions.attribute(s, exc, "lineno");
        long text = Exceptions.attribute(s, exc, "text");
        long offset = Exceptions.attribute(s, exc, "offset");
        long endLine = Exceptions.attribute(s, exc, "end_lineno");
        long endOffset = Exceptions.attribute(s, exc, "end_offset");
        if (lineno == 0 || !s.isInt(lineno)) {
            // Without a line CPython shows no location at all.
            return;
        }
        String f = file != 0 && s.isStr(file) ? s.str(file) : "<string>";
        out.append("  File \"").append(f).append("\", line ").append(s.bigValue(lineno).toString()).append('\n');
        if (text != 0 && s.isStr(text)) {
            long msg = Exceptions.attribute(s, exc, "msg");
            // The caret rules of the compiler's own errors: a range for SyntaxError proper only.
            String kind = s.typeOf(exc).isSubtypeOf(s.builtinTypes.get("IndentationError")) ? "IndentationError" : "SyntaxError";
            dev.pyxis.python.api.CompileFailure cf = new dev.pyxis.python.api.CompileFailure(kind,
                    msg != 0 && s.isStr(msg) ? s.str(msg) : "", f,
                    lineno != 0 && s.isInt(lineno) ? (int) s.bigValue(lineno).longValue() : 0,
                    offset != 0 && s.isInt(offset) ? (int) s.bigValue(offset).longValue() : 0,
                    endLine != 0 && s.isInt(endLine) ? (int) s.bigValue(endLine).longValue() : 0,
                    endOffset != 0 && s.isInt(endOffset) ? (int) s.bigValue(endOffset).longValue() : 0,
                    s.str(text));
            String block = cf.display();
            // Keep the source and caret lines; the header and message are printed here.
            String[] parts = block.split("\n");
            for (int i = 1; i < parts.length - 1; i++) {
                out.append(parts[i]).append('\n');
            }
        }
    }
}
