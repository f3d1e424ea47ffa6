package dev.pyxis.python3.ast;

/** One {@code context_expr [as optional_vars]} of a with statement. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node {
}
