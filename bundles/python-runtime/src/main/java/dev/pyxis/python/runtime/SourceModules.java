package dev.pyxis.python.runtime;

import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.python.bytecode.CodeUnit;
import java.io.IOException;
import java.io.InputStream;

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

    /** Runs resource {@code modules/<name>.py} in the namespace of the module in root slot {@code moduleSlot}. */
    static void execute(Space s, int moduleSlot, String name) {
        byte[] source;
        try (InputStream in = SourceModules.class.getResourceAsStream("modules/" + name + ".py")) {
            if (in == null) {
                throw new IllegalStateException("missing module resource " + name);
            }
            source = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read module resource " + name, e);
        }
        CodeUnit unit;
        try {
            unit = s.compiler.compile(source, null, PREFIX + name + ">", SourceCompiler.Mode.EXEC, 0, s.warnings);
        } catch (CompileFailure f) {
            throw SyntaxErrors.raise(s, f);
        }
        int d = s.ts.push(Modules.dict(s.ts.get(moduleSlot)));
        try {
            Dicts.putStr(s, d, "__builtins__", s.builtinsModuleOrDict());
            Interpreter.runModule(s, unit, d);
        } finally {
            s.ts.truncate(d);
        }
    }
}
