package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams as Python file objects (sys.stdin, sys.stdout, sys.stderr) and print().
 * A text stream object holds its Java side in the handle table.
 */
final class Streams {
    /** The Java side of a text stream. */
    static final class TextStream {
        final String name;
        final OutputStream out;
        final BufferedReader in;
        final boolean lineBuffered;
        final StringBuilder buffer = new StringBuilder();

        TextStream(String name, OutputStream out, InputStream in, boolean lineBuffered) {
            this.name = name;
            this.out = out;
            this.in = in == null ? null : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            this.lineBuffered = lineBuffered;
        }

        void write(String text) {
            buffer.append(text);
            if (buffer.length() > 8192 || (lineBuffered && text.indexOf('\n') >= 0)) {
                flush();
            }
        }

        void flush() {
            if (out == null || buffer.isEmpty()) {
                return;
            }
            try {
                out.write(encode(buffer.toString()));
                out.flush();
            } catch (IOException e) {
                // A closed pipe: output is lost, as with CPython writing to a closed stdout.
            }
            buffer.setLength(0);
        }

        /** UTF-8, with lone surrogates escaped as CPython's strict stdout would refuse them. */
        private static byte[] encode(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }

    private Streams() {}

    static long create(Space s, TextStream stream) {
        long f = s.allocFixed(HANDLED, s.builtinTypes.get("_io.TextIOWrapper").rootShape);
        Space.putRaw(f, F1, 0);
        Space.putRaw(f, F2, 0);
        Space.putRaw(f, HANDLE, s.heap.handles().add(stream, f));
        return f;
    }

    /** Whether {@code w} is a standard stream object (not a file open() made). */
    static boolean isStd(Space s, long w) {
        return Py.isObject(w) && s.typeOf(w) == s.builtinTypes.get("_io.TextIOWrapper")
                && s.heap.handles().get(Space.get(w, HANDLE)) instanceof TextStream;
    }

    static TextStream stream(Space s, long f) {
        return (TextStream) s.heap.handles().get(Space.get(f, HANDLE));
    }

    private static final Builtin WRITE = Builtin.method("_io.TextIOWrapper", "write(self, text, /)", (s, a) -> {
        if (!s.isStr(a.get(1))) {
            throw Errors.typeError(s, "write() argument must be str, not " + s.typeOf(a.get(1)).name);
        }
        String text = s.str(a.get(1));
        stream(s, a.get(0)).write(text);
        return s.newInt(text.codePointCount(0, text.length()));
    });

    private static final Builtin FLUSH = Builtin.method("_io.TextIOWrapper", "flush(self, /)", (s, a) -> {
        stream(s, a.get(0)).flush();
        return Py.NONE;
    });

    private static final Builtin READLINE = Builtin.method("_io.TextIOWrapper", "readline(self, size=-1, /)", (s, a) -> {
        TextStream st = stream(s, a.get(0));
        if (st.in == null) {
            throw Errors.raise(s, "OSError", "not readable");
        }
        try {
            String line = readLine(st.in);
            return s.newStr(line == null ? "" : line);
        } catch (IOException e) {
            throw readFailure(s, e);
        }
    });

    private static BufferedReader input(Space s, long f) {
        TextStream st = stream(s, f);
        if (st.in == null) {
            throw Errors.raise(s, "OSError", "not readable");
        }
        return st.in;
    }

    /** read(size=-1): up to {@code size} characters, or all that is left. */
    private static final Builtin READ = Builtin.method("_io.TextIOWrapper", "read(self, size=-1, /)", (s, a) -> {
        BufferedReader in = input(s, a.get(0));
        long size = a.get(1) == Py.NONE ? -1 : Subscripts.index(s, a.slot(1), "argument should be integer or None, not '%s'");
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((size < 0 || sb.length() < size) && (c = in.read()) >= 0) {
                sb.append((char) c);
            }
        } catch (IOException e) {
            throw readFailure(s, e);
        }
        return s.newStr(sb.toString());
    });

    private static final Builtin ISATTY = Builtin.method("_io.TextIOWrapper", "isatty(self, /)", (s, a) -> Py.FALSE);

    /** A failed read of standard input: Ctrl-C while waiting ({@link InterruptibleInput}), else OSError. */
    static PyException readFailure(Space s, IOException e) {
        return e instanceof java.io.InterruptedIOException ? Interpreter.keyboardInterrupt(s) : Errors.raise(s, "OSError", e.getMessage());
    }

    /** One line including its newline, or null at end of input. */
    static String readLine(BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            sb.append((char) c);
            if (c == '\n') {
                break;
            }
        }
        return sb.isEmpty() && c < 0 ? null : sb.toString();
    }

    static void install(Space s) {
        // An iterator over its lines, as io's text files are (for line in sys.stdin).
        PyType t = s.newType("_io.TextIOWrapper", new PyType[] {s.objectType}, PyType.Native.ITERATOR, false);
        t.behaviour = new NativeBehaviour() {
            @Override
            public long next(Space sp, int selfSlot) {
                try {
                    String line = readLine(input(sp, sp.ts.get(selfSlot)));
                    return line == null ? 0 : sp.newStr(line);
                } catch (IOException e) {
                    throw readFailure(sp, e);
                }
            }

            @Override
            public String repr(Space sp, int selfSlot) {
                return "<_io.TextIOWrapper name='" + stream(sp, sp.ts.get(selfSlot)).name + "' mode='"
                        + (stream(sp, sp.ts.get(selfSlot)).in != null ? "r" : "w") + "' encoding='utf-8'>";
            }
        };
        s.builtinTypes.put("_io.TextIOWrapper", t);
        s.materialize(t);
        t.put("__module__", s.newStr("_io"));
        for (Builtin b : new Builtin[] {WRITE, FLUSH, READLINE, READ, ISATTY}) {
            Builtins.method(s, t, b);
        }
    }

    /** Writes to sys.stdout (the object currently installed there). */
    static void writeStdout(Space s, String text) {
        long out = Sys.get(s, "stdout");
        write(s, out, text);
    }

    /** Writes text through a file object's write method (directly for the standard streams). */
    static void write(Space s, long file, String text) {
        if (isStd(s, file)) {
            stream(s, file).write(text);
            return;
        }
        int f = s.ts.push(file);
        try {
            int w = s.ts.push(Attributes.get(s, f, "write"));
            s.ts.push(s.newStr(text));
            Calls.call(s, w, w + 1, 1, -1);
        } finally {
            s.ts.truncate(f);
        }
    }

    static final Builtin PRINT = Builtin.function("print(*args, sep=None, end=None, file=None, flush=False)", (s, a) -> {
        ThreadState ts = s.ts;
        long sepW = a.get(1), endW = a.get(2);
        if (sepW != Py.NONE && !s.isStr(sepW)) {
            throw Errors.typeError(s, "sep must be None or a string, not " + s.typeOf(sepW).name);
        }
        if (endW != Py.NONE && !s.isStr(endW)) {
            throw Errors.typeError(s, "end must be None or a string, not " + s.typeOf(endW).name);
        }
        String sep = sepW == Py.NONE ? " " : s.str(sepW);
        String end = endW == Py.NONE ? "\n" : s.str(endW);
        long file = a.get(3) == Py.NONE ? Sys.get(s, "stdout") : a.get(3);
        int fileSlot = ts.push(file);
        try {
            if (ts.get(fileSlot) == Py.NONE) {
                return Py.NONE;
            }
            boolean direct = isStd(s, ts.get(fileSlot));
            long args = a.get(0);
            long n = Space.length(args);
            int item = ts.push(0);
            StringBuilder sb = direct ? new StringBuilder() : null;
            for (long i = 0; i < n; i++) {
                ts.set(item, Space.item(a.get(0), i));
                String text = Ops.strString(s, item);
                if (direct) {
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(text);
                } else {
                    if (i > 0) {
                        write(s, ts.get(fileSlot), sep);
                    }
                    write(s, ts.get(fileSlot), text);
                }
            }
            if (direct) {
                sb.append(end);
                stream(s, ts.get(fileSlot)).write(sb.toString());
            } else {
                write(s, ts.get(fileSlot), end);
            }
            if (a.get(4) != Py.FALSE && a.get(4) != 0) {
                int fl = ts.push(ts.get(fileSlot));
                Calls.invoke(s, Attributes.get(s, fl, "flush"));
            }
            return Py.NONE;
        } finally {
            ts.truncate(fileSlot);
        }
    });
}
