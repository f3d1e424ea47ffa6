package dev.pyxis.python3.ast;

/** A keyword argument {@code arg=value} of a call or class definition; {@code arg} is null for {@code **value}. */
public record Keyword(String arg, Expr value,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {
}
