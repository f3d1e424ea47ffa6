package dev.pyxis.python.api;

import dev.pyxis.python.bytecode.CodeUnit;

/** A front end's compiler, as the runtime calls it (imports, exec, eval, compile, the REPL). */
public interface SourceCompiler {
    enum Mode { EXEC, EVAL, SINGLE }

    /**
     * Compiles source bytes (decoded by the front end's rules: BOM, coding declaration) or, if
     * {@code text} is not null, already decoded text.
     *
     * @param flags      the front end's future/compile flags (e.g. annotations)
     * @param warnings   receives compile-time warnings (SyntaxWarning...) to report as Python
     *                   warnings
     * @throws CompileFailure for SyntaxError and IndentationError
     */
    CodeUnit compile(byte[] source, String text, String filename, Mode mode, int flags, WarningSink warnings);

    /** Whether {@code text} is an incomplete interactive statement (the REPL then asks for more). */
    boolean isIncomplete(String text);

    /**
     * For traceback carets: if {@code segment} (the source text of a failing expression) parses
     * as a binary operation or a subscript, the character offsets {left end, right start} that
     * separate its primary part from the operator or brackets; null otherwise.
     */
    default int[] caretAnchors(String segment) {
        return null;
    }

    @FunctionalInterface
    interface WarningSink {
        void warn(String category, String message, String filename, int lineno);
    }
}
