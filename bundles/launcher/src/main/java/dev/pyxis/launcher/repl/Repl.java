package dev.pyxis.launcher.repl;

import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.PythonInterpreter;
import dev.pyxis.python.api.SourceCompiler;

import java.io.PrintStream;

/**
 * The interactive prompt: {@code >>> } for a new statement, {@code ... } while the interpreter
 * says it is incomplete; a statement's traceback does not end the session. Ctrl-C drops what is
 * being typed and prints {@code KeyboardInterrupt}; end of input (Ctrl-D) ends the session with
 * status 0, and SystemExit with its code.
 */
public final class Repl {
    static final String PS1 = ">>> ";
    static final String PS2 = "... ";

    private final PythonInterpreter python;
    private final SourceCompiler compiler;
    private final LineSource lines;
    private final PrintStream err;

    /** {@code err} receives KeyboardInterrupt, as CPython's stderr does. */
    public Repl(PythonInterpreter python, SourceCompiler compiler, LineSource lines, PrintStream err) {
        this.python = python;
        this.compiler = compiler;
        this.lines = lines;
        this.err = err;
    }

    /** Runs until end of input or SystemExit; returns the exit status. */
    public int run() {
        StringBuilder statement = new StringBuilder();
        for (;;) {
            String line;
            try {
                line = lines.readLine(statement.isEmpty() ? PS1 : PS2);
            } catch (LineSource.Interrupted e) {
                statement.setLength(0);
                err.println("KeyboardInterrupt");
                continue;
            }
            if (line == null) {
                if (statement.isEmpty()) {
                    return 0;
                }
                int status = finish(statement.toString());
                statement.setLength(0);
                if (status >= 0) {
                    return status;
                }
                continue;
            }
            if (statement.isEmpty() && line.isBlank()) {
                continue;
            }
            if (!statement.isEmpty()) {
                statement.append('\n');
            }
            statement.append(line);
            int status = python.runInteractive(statement.toString());
            if (status == PythonInterpreter.INCOMPLETE) {
                continue;
            }
            statement.setLength(0);
            if (status >= 0) {
                return status;
            }
        }
    }

    /**
     * End of input in the middle of a statement: it runs as it is, as if an empty line had ended
     * it, or, when it cannot end there, its SyntaxError is shown.
     */
    private int finish(String statement) {
        int status = python.runInteractive(statement + "\n");
        if (status != PythonInterpreter.INCOMPLETE) {
            return status;
        }
        try {
            compiler.compile(null, statement + "\n", "<stdin>", SourceCompiler.Mode.SINGLE, 0, (c, m, f, l) -> { });
        } catch (CompileFailure e) {
            err.print(e.display());
        }
        return PythonInterpreter.CONTINUE;
    }
}
