package dev.pyxis.python3.ast;

/** The {@code cmpop} of {@link Expr.Compare}. */
public enum CmpOperator {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}
