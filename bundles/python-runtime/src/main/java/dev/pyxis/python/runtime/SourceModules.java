package dev.pyxis.python.runtime;

import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.python.bytecode.CodeUnit;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Standard modules (or their parts) written in Python for Pyxis and shipped as resources under
 * {@code dev/pyxis/python/runtime/modules/}. They stand where CPython has C code, so their frames
 * are left out of tracebacks, as C frames are.
 */
final class SourceModules {
    private SourceModules() {}

    /** Filename prefix of the code of these modules (what tracebacks skip). */
    private static final String PREFIX = "<pyxis ";

    static boolean isHidden(String filename) {
        return filename.startsWith(PREFIX);
    }

    /**
     * Runs resource {@code modules/<name>.py} in the namespace of the module in root slot
     * {@code moduleSlot}, which is registered in sys.modules first (as an import would).
     */
    static void run(Space s, int moduleSlot, String name) {
        Imports.registerModule(s, name, s.ts.get(moduleSlot));
        execute(s, moduleSlot, name);
    }

    /**
     * Starts compiling resource modules on a background thread, for {@link #execute} to pick up:
     * the interpreter's start-up builds its builtins meanwhile (the compiler is stateless).
     */
    static void precompile(Space s, String... names) {
        SourceCompiler compiler = s.compiler;
        List<FutureTask<CodeUnit>> tasks = new ArrayList<>();
        for (String name : names) {
            // Pyxis's own modules raise no compile-time warnings.
            FutureTask<CodeUnit> task = new FutureTask<>(() -> compile(compiler, name, (c, m, f, l) -> { }));
            tasks.add(task);
            s.precompiledModules.put(name, task);
        }
        Thread worker = new Thread(() -> tasks.forEach(FutureTask::run), "pyxis-precompile");
        worker.setDaemon(true);
        worker.start();
    }

    /** Runs resource {@code modules/<name>.py} in the namespace of the module in root slot {@code moduleSlot}. */
    static void execute(Space s, int moduleSlot, String name) {
        FutureTask<CodeUnit> precompiled = s.precompiledModules.remove(name);
        CodeUnit unit;
        try {
            unit = precompiled != null ? precompiled.get() : compile(s.compiler, name, s.warnings);
        } catch (CompileFailure f) {
            throw SyntaxErrors.raise(s, f);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CompileFailure f) {
                throw SyntaxErrors.raise(s, f);
            }
            throw new IllegalStateException("compiling module resource " + name, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling module resource " + name, e);
        }
        int d = s.ts.push(Modules.dict(s.ts.get(moduleSlot)));
        try {
            Dicts.putStr(s, d, "__builtins__", s.builtinsModuleOrDict());
            Interpreter.runModule(s, unit, d);
        } finally {
            s.ts.truncate(d);
        }
    }

    private static CodeUnit compile(SourceCompiler compiler, String name, SourceCompiler.WarningSink warnings)
            throws CompileFailure {
        byte[] source;
        try (InputStream in = SourceModules.class.getResourceAsStream("modules/" + name + ".py")) {
            if (in == null) {
                throw new IllegalStateException("missing module resource " + name);
            }
            source = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read module resource " + name, e);
        }
        return compiler.compile(source, null, PREFIX + name + ">", SourceCompiler.Mode.EXEC, 0, warnings);
    }
}
