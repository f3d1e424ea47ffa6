package dev.pyxis.python3.ast;

/** The binary {@code operator} of {@link Expr.BinOp} and {@link Stmt.AugAssign}. */
public enum Operator {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
}
