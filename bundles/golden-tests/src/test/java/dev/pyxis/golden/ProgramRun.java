package dev.pyxis.golden;

import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.python.api.Python;
import dev.pyxis.python.api.PythonInterpreter;
import dev.pyxis.python.api.PythonOptions;
import dev.pyxis.python.api.SourceCompiler;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One program run in-process by a fresh interpreter, as {@code regen.py} runs it under CPython:
 * argv {@code ['<name>.py']}, empty stdin, and the output normalised and laid out as a {@code .out}
 * file. The JVM cannot change directory, so the script is given by its absolute path; removing
 * "directory/" from the output (which regen.py does too) gives the same text as a run from inside
 * the directory.
 */
final class ProgramRun {
    private static final byte[] NO_NEWLINE = "\n\\ no newline at end\n".getBytes(StandardCharsets.UTF_8);

    private ProgramRun() {
    }

    /** Runs {@code script} and returns its {@code .out} text; a Java exception is reported on stderr. */
    static byte[] run(Path script, CollectorProvider collector, HeapConfig heap, SourceCompiler compiler) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String name = script.getFileName().toString();
        PythonOptions options = new PythonOptions(heap, collector, compiler, new ByteArrayInputStream(new byte[0]),
                out, err, List.of(name), List.of(), null, false, false);
        int status;
        try (PythonInterpreter python = Python.create(options)) {
            status = python.runFile(script);
        } catch (Throwable e) {
            // An interpreter bug: show it in the diff rather than ending the worker. A stack
            // overflow's trace is itself too deep to print: its first lines are enough.
            StringWriter trace = new StringWriter();
            StackTraceElement[] frames = e.getStackTrace();
            trace.append(e.toString()).append('\n');
            for (int i = 0; i < Math.min(frames.length, 40); i++) {
                trace.append("\tat ").append(frames[i].toString()).append('\n');
            }
            err.writeBytes(("pyxis golden runner: the interpreter threw " + trace).getBytes(StandardCharsets.UTF_8));
            status = -1;
        }
        byte[] prefix = (script.getParent().toString() + "/").getBytes(StandardCharsets.UTF_8);
        return format(strip(out.toByteArray(), prefix), strip(err.toByteArray(), prefix), status);
    }

    /** The .out layout: stdout, then stderr under its header if any, then the exit line. */
    static byte[] format(byte[] stdout, byte[] stderr, int status) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        block(b, stdout);
        if (stderr.length > 0) {
            b.writeBytes("#### stderr ####\n".getBytes(StandardCharsets.UTF_8));
            block(b, stderr);
        }
        b.writeBytes(("#### exit " + status + " ####\n").getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static void block(ByteArrayOutputStream b, byte[] text) {
        b.writeBytes(text);
        if (text.length > 0 && text[text.length - 1] != '\n') {
            b.writeBytes(NO_NEWLINE);
        }
    }

    /** {@code data} without any occurrence of {@code prefix}, compared byte for byte. */
    static byte[] strip(byte[] data, byte[] prefix) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(data.length);
        int i = 0;
        while (i < data.length) {
            if (startsWith(data, i, prefix)) {
                i += prefix.length;
            } else {
                b.write(data[i++]);
            }
        }
        return b.toByteArray();
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (data[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
