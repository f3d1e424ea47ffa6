package dev.pyxis.python.api;

import dev.pyxis.python.runtime.Runtime;

/** Creates interpreters. */
public final class Python {
    private Python() {}

    /**
     * Creates an interpreter. If {@link #prepareInBackground} was called, waits for that
     * preparation to finish first.
     */
    public static PythonInterpreter create(PythonOptions options) {
        return Runtime.create(options);
    }

    /**
     * Starts initializing the runtime's builtin tables (its largest start-up cost) on a daemon
     * thread, so that a launcher's own start-up work overlaps with it. Optional: {@link #create}
     * does the same work when it was not done.
     */
    public static void prepareInBackground() {
        Runtime.prepareInBackground();
    }
}
