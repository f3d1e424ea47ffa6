package dev.pyxis.python3.ast;

/** The {@link Expr.Constant} values {@code None} and {@code Ellipsis} ({@code ...}). */
public enum Singleton {
    NONE, ELLIPSIS
}
