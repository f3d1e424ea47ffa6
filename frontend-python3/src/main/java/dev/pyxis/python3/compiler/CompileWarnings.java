package dev.pyxis.python3.compiler;

/**
 * Receives the warnings the compiler reports (CPython reports them through the warnings module
 * with the given category, file and line).
 */
@FunctionalInterface
public interface CompileWarnings {
    /** Drops every warning. */
    CompileWarnings IGNORE = (category, message, filename, lineno) -> { };

    /**
     * @param category the warning class name, e.g. "SyntaxWarning"
     * @param message  the message exactly as CPython words it
     */
    void warn(String category, String message, String filename, int lineno);
}
