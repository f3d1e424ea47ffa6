package dev.pyxis.python3.ast;

/** One imported name {@code name [as asname]}; {@code name} may be dotted, or {@code *}. */
public record Alias(String name, String asname,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {
}
