package dev.pyxis.launcher;

import dev.pyxis.python.api.PythonInterpreter;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C while a program runs: SIGINT becomes {@link PythonInterpreter#interrupt}, so the program
 * sees KeyboardInterrupt as under CPython, instead of the JVM exiting. The JVM's own handler
 * comes back on {@link #close}.
 */
final class CtrlC implements AutoCloseable {
    private static final Signal INT = new Signal("INT");

    private final SignalHandler previous;

    private CtrlC(PythonInterpreter python) {
        previous = Signal.handle(INT, signal -> python.interrupt());
    }

    /** Forwards SIGINT to {@code python} until closed. */
    static CtrlC forwardTo(PythonInterpreter python) {
        return new CtrlC(python);
    }

    @Override
    public void close() {
        Signal.handle(INT, previous);
    }
}
