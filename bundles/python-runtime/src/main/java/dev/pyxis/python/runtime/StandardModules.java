package dev.pyxis.python.runtime;

/** Registers the builtin modules written in Java or as Pyxis's own Python sources (created on first import). */
final class StandardModules {
    private StandardModules() {}

    static void register() {
        Imports.BUILTIN_MODULES.put("itertools", ItertoolsModule::create);
        Imports.BUILTIN_MODULES.put("operator", OperatorModule::create);
        Imports.BUILTIN_MODULES.put("functools", FunctoolsModule::create);
        Imports.BUILTIN_MODULES.put("math", MathModule::create);
        Imports.BUILTIN_MODULES.put("time", TimeModule::create);
        Imports.BUILTIN_MODULES.put("gc", GcModule::create);
        Imports.BUILTIN_MODULES.put("__future__", s -> fromSource(s, "__future__"));
    }

    /** A module whose code is all in {@code modules/NAME.py}. */
    private static long fromSource(Space s, String name) {
        int m = s.ts.push(NativeObjects.module(s, name));
        try {
            SourceModules.run(s, m, name);
            return s.ts.get(m);
        } finally {
            s.ts.truncate(m);
        }
    }
}
