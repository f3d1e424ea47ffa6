package dev.pyxis.python.runtime;

/** Registers the builtin modules written in Java (created on first import). */
final class StandardModules {
    private StandardModules() {}

    static void register() {
        Imports.BUILTIN_MODULES.put("itertools", ItertoolsModule::create);
        Imports.BUILTIN_MODULES.put("operator", OperatorModule::create);
        Imports.BUILTIN_MODULES.put("functools", FunctoolsModule::create);
        Imports.BUILTIN_MODULES.put("math", MathModule::create);
        Imports.BUILTIN_MODULES.put("time", TimeModule::create);
        Imports.BUILTIN_MODULES.put("gc", GcModule::create);
    }
}
