package dev.pyxis.python.runtime;

import dev.pyxis.python.api.PythonInterpreter;
import dev.pyxis.python.api.PythonOptions;

/** The bridge from the exported API to the private implementation. */
public final class Runtime {
    private Runtime() {}

    /** The thread {@link #prepareInBackground} started, until an interpreter creation has waited for it. */
    private static Thread preparing;

    public static synchronized PythonInterpreter create(PythonOptions options) {
        // Never initialize the runtime's classes from two threads at once: static initializers
        // that refer to each other could deadlock.
        if (preparing != null) {
            boolean interrupted = false;
            while (true) {
                try {
                    preparing.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            preparing = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return new InterpreterSession(options);
    }

    public static synchronized void prepareInBackground() {
        if (preparing == null) {
            preparing = new Thread(Builtins::initializeTables, "pyxis-prepare");
            preparing.setDaemon(true);
            preparing.start();
        }
    }
}
