package dev.pyxis.python.runtime;

import dev.pyxis.python.api.PythonInterpreter;
import dev.pyxis.python.api.PythonOptions;

/** The bridge from the exported API to the private implementation. */
public final class Runtime {
    private Runtime() {}

    public static PythonInterpreter create(PythonOptions options) {
        return new InterpreterSession(options);
    }
}
