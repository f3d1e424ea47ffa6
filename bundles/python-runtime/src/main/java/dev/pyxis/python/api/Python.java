package dev.pyxis.python.api;

import dev.pyxis.python.runtime.Runtime;

/** Creates interpreters. */
public final class Python {
    private Python() {}

    public static PythonInterpreter create(PythonOptions options) {
        return Runtime.create(options);
    }
}
