package dev.pyxis.python3.ast;

/** The {@code unaryop} of {@link Expr.UnaryOp}. */
public enum UnaryOperator {
    Invert, Not, UAdd, USub
}
