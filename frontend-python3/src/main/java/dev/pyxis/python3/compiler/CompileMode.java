package dev.pyxis.python3.compiler;

/** The modes of Python's {@code compile()}. */
public enum CompileMode {
    /** A module: a sequence of statements. */
    EXEC,
    /** One expression; the code returns its value. */
    EVAL,
    /** One interactive statement; expression statements print their value through sys.displayhook. */
    SINGLE
}
