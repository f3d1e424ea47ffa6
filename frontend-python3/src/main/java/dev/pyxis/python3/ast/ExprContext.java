package dev.pyxis.python3.ast;

/** Whether a target expression is read, assigned or deleted. */
public enum ExprContext {
    Load, Store, Del
}
