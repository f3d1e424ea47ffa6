package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.PythonInterpreter;
import dev.pyxis.python.api.PythonOptions;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.python.bytecode.CodeUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One interpreter: a space, its modules and __main__, and the runs of files, commands and REPL input. */
final class InterpreterSession implements PythonInterpreter {
    private final PythonOptions options;
    private final Space space;
    private final Streams.TextStream stdout;
    private final Streams.TextStream stderr;
    private final int mainRoot;

    InterpreterSession(PythonOptions options) {
        this.options = options;
        HeapConfig heap = options.heap() != null ? options.heap() : HeapConfig.defaults();
        this.space = PythonSpace.create(heap, options.collector());
        Space s = space;
        s.compiler = options.compiler();
        SourceModules.precompile(s, "sys", "_sitebuiltins");
        this.stdout = new Streams.TextStream("<stdout>", options.stdout(), null, !options.unbuffered());
        this.stderr = new Streams.TextStream("<stderr>", options.stderr(), null, true);
        Streams.TextStream stdin = new Streams.TextStream("<stdin>", null,
                options.stdin() == null ? null : new InterruptibleInput(options.stdin()), false);
        s.warnings = (category, message, file, line) -> {
            // The warnings module's format: the location, then the source line indented by two.
            stderr.write(file + ":" + line + ": " + category + ": " + message + "\n");
            String text = TracebackPrinter.line(file, line);
            if (text != null && !text.isBlank()) {
                stderr.write("  " + text.strip() + "\n");
            }
        };
        Builtins.install(s);
        long builtinsModule = Modules.create(s, "builtins");
        int bm = s.ts.push(builtinsModule);
        s.put(builtinsModule, F1, s.builtinsDict());
        s.builtinsModuleRoot = s.heap.globals().register(s.ts.get(bm));
        s.ts.truncate(bm);
        List<String> path = new ArrayList<>();
        path.add("");
        for (Path p : options.path() == null ? List.<Path>of() : options.path()) {
            path.add(p.toString());
        }
        if (options.stdlib() != null) {
            path.add(options.stdlib().toString());
        }
        Sys.install(s, options.argv() == null ? List.of("") : options.argv(), path, stdin, stdout, stderr);
        Imports.registerModule(s, "builtins", s.builtinsModuleOrDict());
        int sys = s.ts.push(s.sysModule());
        try {
            SourceModules.execute(s, sys, "sys");
            // What CPython's site adds to builtins (exit, quit).
            s.ts.push(Modules.create(s, "_sitebuiltins"));
            SourceModules.run(s, sys + 1, "_sitebuiltins");
        } catch (PyException e) {
            throw startupFailure();
        } finally {
            s.ts.truncate(sys);
        }
        StandardModules.register();
        Sys.finish(s);
        long main = Modules.create(s, "__main__");
        int m = s.ts.push(main);
        int d = s.ts.push(Modules.dict(s.ts.get(m)));
        Dicts.putStr(s, d, "__builtins__", s.builtinsModuleOrDict());
        Imports.registerModule(s, "__main__", s.ts.get(m));
        this.mainRoot = s.heap.globals().register(s.ts.get(m));
        s.ts.truncate(m);
    }

    /** A Python exception while the session's own modules start is a Pyxis bug: report it with its traceback. */
    private IllegalStateException startupFailure() {
        Space s = space;
        int exc = s.ts.push(s.ts.takeRaised());
        try {
            return new IllegalStateException("the runtime's modules failed to start:\n" + TracebackPrinter.format(s, exc));
        } finally {
            s.ts.truncate(exc);
        }
    }

    private long mainDict() {
        return Modules.dict(space.heap.globals().get(mainRoot));
    }

    private void setPath0(String entry) {
        long path = Sys.get(space, "path");
        if (path != 0 && space.typeOf(path) == space.listType && Lists.size(path) > 0) {
            // Allocate first: the allocation may move the list.
            long str = space.newStr(entry);
            Lists.set(space, Sys.get(space, "path"), 0, str);
        }
    }

    @Override
    public int runFile(Path script) {
        byte[] source;
        try {
            source = Files.readAllBytes(script);
        } catch (IOException e) {
            stderr.write(Launch.cannotOpen(script, e) + "\n");
            stderr.flush();
            return 2;
        }
        // As CPython: the script's path joined to the working directory, not normalized.
        Path absolute = script.toAbsolutePath();
        Path parent = absolute.getParent();
        setPath0(parent == null ? "" : parent.toString());
        int d = space.ts.push(mainDict());
        Dicts.putStr(space, d, "__file__", space.newStr(absolute.toString()));
        space.ts.truncate(d);
        return run(source, null, absolute.toString(), SourceCompiler.Mode.EXEC);
    }

    @Override
    public int runCommand(String code) {
        setPath0("");
        return run(null, code, "<string>", SourceCompiler.Mode.EXEC);
    }

    /** {@code python -} or a piped program: compiled from bytes (so a coding line counts) as {@code <stdin>}. */
    @Override
    public int runStdin(byte[] source) {
        setPath0("");
        return run(source, null, "<stdin>", SourceCompiler.Mode.EXEC);
    }

    @Override
    public int runModule(String module) {
        setPath0(Path.of("").toAbsolutePath().toString());
        Path found = null;
        for (String dir : Iteration.strings(space, Sys.get(space, "path"), null)) {
            Path base = Path.of(dir.isEmpty() ? "." : dir);
            Path file = base.resolve(module.replace('.', '/') + ".py");
            Path pkg = base.resolve(module.replace('.', '/')).resolve("__main__.py");
            if (Files.isRegularFile(file)) {
                found = file;
                break;
            }
            if (Files.isRegularFile(pkg)) {
                found = pkg;
                break;
            }
        }
        if (found == null) {
            stderr.write("pyxis: No module named " + module + "\n");
            stderr.flush();
            return 1;
        }
        try {
            byte[] source = Files.readAllBytes(found);
            int d = space.ts.push(mainDict());
            Dicts.putStr(space, d, "__file__", space.newStr(found.toAbsolutePath().toString()));
            space.ts.truncate(d);
            return run(source, null, found.toAbsolutePath().toString(), SourceCompiler.Mode.EXEC);
        } catch (IOException e) {
            stderr.write(Launch.cannotOpen(found, e) + "\n");
            return 1;
        }
    }

    @Override
    public int runInteractive(String source) {
        if (options.compiler().isIncomplete(source)) {
            return INCOMPLETE;
        }
        int status = run(null, source, "<stdin>", SourceCompiler.Mode.SINGLE);
        return lastWasExit ? status : CONTINUE;
    }

    private boolean lastWasExit;
    /** The thread running Python code now, for {@link #interrupt}; null between programs. */
    private volatile Thread running;

    @Override
    public void interrupt() {
        Thread t = running;
        if (t != null) {
            space.interruptRequested = true;
            t.interrupt();
        }
    }

    private int run(byte[] source, String text, String filename, SourceCompiler.Mode mode) {
        lastWasExit = false;
        CodeUnit unit;
        try {
            unit = options.compiler().compile(source, text, filename, mode, 0, space.warnings);
        } catch (CompileFailure f) {
            flushOut();
            stderr.write(f.display());
            stderr.flush();
            return 1;
        }
        int globals = space.ts.push(mainDict());
        running = Thread.currentThread();
        try {
            Interpreter.runModule(space, unit, globals);
            flushOut();
            return 0;
        } catch (PyException e) {
            return uncaught();
        } catch (StackOverflowError e) {
            space.ts.truncate(globals + 1);
            Errors.recursionError(space);
            return uncaught();
        } finally {
            // A Ctrl-C that came too late for the program must not reach the next one.
            running = null;
            space.interruptRequested = false;
            Thread.interrupted();
            space.ts.truncate(globals);
            flushOut();
            stderr.flush();
        }
    }

    /** Reports the propagating exception as CPython does at top level; returns the exit status. */
    private int uncaught() {
        Space s = space;
        int exc = s.ts.push(s.ts.takeRaised());
        try {
            if (Exceptions.matches(s, s.ts.get(exc), "SystemExit")) {
                lastWasExit = true;
                return exitStatus(exc);
            }
            flushOut();
            long hook = Sys.get(s, "excepthook");
            if (hook == 0) {
                stderr.write("sys.excepthook is missing\n");
                stderr.write(report(exc));
            } else if (Methods.isBuiltin(s, hook, Sys.EXCEPTHOOK)) {
                stderr.write(report(exc));
            } else {
                callHook(hook, exc);
            }
            // CPython ends by SIGINT then: a shell sees 128 + 2.
            return Exceptions.matches(s, s.ts.get(exc), "KeyboardInterrupt") ? 130 : 1;
        } finally {
            s.ts.truncate(exc);
        }
    }

    /** The uncaught exception's traceback as text (only its type's name if even that fails). */
    private String report(int excSlot) {
        Space s = space;
        try {
            return TracebackPrinter.format(s, excSlot);
        } catch (PyException e) {
            s.ts.takeRaised();
            return TracebackPrinter.typeName(s, s.typeOf(s.ts.get(excSlot))) + "\n";
        }
    }

    /** A program's own sys.excepthook(type, value, traceback); its failure is reported with the original. */
    private void callHook(long hook, int excSlot) {
        Space s = space;
        int base = s.ts.push(hook);
        try {
            long exc = s.ts.get(excSlot);
            s.ts.push(s.typeWord(s.typeOf(exc)));
            s.ts.push(exc);
            long tb = Exceptions.slot(exc, Exceptions.TRACEBACK);
            s.ts.push(tb == 0 ? Py.NONE : tb);
            Calls.call(s, base, base + 1, 3, -1);
            flushOut();
        } catch (PyException e) {
            int hookExc = s.ts.push(s.ts.takeRaised());
            flushOut();
            stderr.write("Error in sys.excepthook:\n" + report(hookExc) + "\nOriginal exception was:\n" + report(excSlot));
        } finally {
            s.ts.truncate(base);
        }
    }

    private int exitStatus(int excSlot) {
        Space s = space;
        long code = Exceptions.attribute(s, s.ts.get(excSlot), "code");
        if (code == Py.NONE || code == 0) {
            return 0;
        }
        if (s.isInt(code)) {
            return (int) s.bigValue(code).longValue();
        }
        int c = s.ts.push(code);
        try {
            flushOut();
            Sys.writeStderr(s, Ops.strString(s, c) + "\n");
        } finally {
            s.ts.truncate(c);
        }
        return 1;
    }

    private void flushOut() {
        FileObjects.flushAll(space);
        long out = Sys.get(space, "stdout");
        if (out != 0 && Streams.isStd(space, out)) {
            Streams.stream(space, out).flush();
        }
        stdout.flush();
    }

    @Override
    public void close() {
        flushOut();
        FileObjects.closeAll(space);
        stderr.flush();
        space.heap.close();
    }
}
