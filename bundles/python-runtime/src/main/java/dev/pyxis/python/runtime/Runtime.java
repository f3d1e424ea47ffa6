package dev.pyxis.python.runtime;

import dev.pyxis.python.api.PythonInterpreter;
import dev.pyxis.python.api.PythonOptions;

/** The bridge from the exported API to the private implementation. */
public final class Runtime {
    private Runtime() {}

    /** The thread {@link #prepareInBackground} started, until an interpreter creation has waited for it. */
    private static Thread preparing;
    /** Set by the first creation: the tables are built by then, and a later preparation could run beside a creation. */
    private static boolean created;

    public static PythonInterpreter create(PythonOptions options) {
        awaitPreparation();
        return new InterpreterSession(options);
    }

    /**
     * Waits for {@link #prepareInBackground}'s thread: the runtime's classes must never be
     * initialized from two threads at once (static initializers that refer to each other could
     * deadlock). Interpreters themselves may then be created concurrently.
     */
    private static synchronized void awaitPreparation() {
        created = true;
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
    }

    public static synchronized void prepareInBackground() {
        if (preparing == null && !created) {
            preparing = new Thread(Builtins::initializeTables, "pyxis-prepare");
            preparing.setDaemon(true);
            preparing.start();
        }
    }
}
