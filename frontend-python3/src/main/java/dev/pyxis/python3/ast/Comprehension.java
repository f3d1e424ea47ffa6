package dev.pyxis.python3.ast;

import java.util.List;

/** One {@code [async] for target in iter [if ...]*} clause of a comprehension. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) implements Node {
}
