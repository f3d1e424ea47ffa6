package dev.pyxis.python3.ast;

/** One parameter with its optional annotation. */
public record Arg(String arg, Expr annotation,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {
}
