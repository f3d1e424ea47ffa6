package dev.pyxis.python.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One Python interpreter: its own heap, modules and __main__. Not thread-safe: one thread drives
 * it (Python threads come later through the concurrency slot). Every method returns the process
 * exit status CPython would give: 0, 1 after an uncaught exception (the traceback is printed to
 * stderr), or the SystemExit code; output streams are flushed before it returns.
 */
public interface PythonInterpreter extends AutoCloseable {
    /** {@code python script.py}: sys.path[0] is the script's directory. */
    int runFile(Path script);

    /** {@code python -c code}: sys.path[0] is ''. */
    int runCommand(String code);

    /**
     * {@code python - < prog.py}, or a program piped to {@code python}: runs source read from stdin
     * (decoded by the front end's rules) as __main__ with the file name {@code <stdin>}; sys.path[0]
     * is ''. The default runs the UTF-8 text through {@link #runCommand}, so tracebacks say
     * {@code <string>} until the implementation overrides it.
     */
    default int runStdin(byte[] source) {
        return runCommand(new String(source, StandardCharsets.UTF_8));
    }

    /** {@code python -m module}: runs the module found on sys.path as __main__. */
    int runModule(String module);

    /**
     * Runs one interactive statement in __main__ (single mode: expression values are echoed
     * through sys.displayhook; an exception prints its traceback and the session goes on).
     *
     * @return {@link #INCOMPLETE} if more lines are needed, or the exit status of a SystemExit
     *         raised by the statement, or {@link #CONTINUE} otherwise
     */
    int runInteractive(String source);

    /**
     * Ctrl-C: raises KeyboardInterrupt in the program this interpreter is running, at its next
     * loop iteration or call, or at once in a sleep. Any thread may call it (a signal handler);
     * with no program running it does nothing.
     */
    void interrupt();

    int CONTINUE = -1;
    int INCOMPLETE = -2;

    @Override
    void close();
}
