package dev.pyxis.python3.ast;

import java.util.List;

/** {@code except [type [as name]]: body} of {@link Stmt.Try} and {@link Stmt.TryStar}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body,
                            int lineno, int colOffset, int endLineno, int endColOffset) implements Node, Located {
}
