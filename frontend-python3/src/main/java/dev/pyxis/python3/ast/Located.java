package dev.pyxis.python3.ast;

/**
 * A node with a source range, as CPython's {@code _attributes}: 1-based lines, 0-based columns
 * counted in UTF-8 bytes of the line, end exclusive. Statements, expressions, patterns, except
 * handlers, {@link Arg}, {@link Keyword} and {@link Alias} carry one.
 */
public interface Located {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}
