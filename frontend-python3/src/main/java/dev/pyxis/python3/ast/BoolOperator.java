package dev.pyxis.python3.ast;

/** The {@code boolop} of {@link Expr.BoolOp}. */
public enum BoolOperator {
    And, Or
}
