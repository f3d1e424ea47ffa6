package dev.pyxis.python3.ast;

/**
 * Any node of the Python 3.11 abstract syntax tree, mirroring the documented {@code ast} module.
 *
 * <p>Every node kind is an immutable record; the sum types ({@link Mod}, {@link Stmt},
 * {@link Expr}, {@link Pattern}) are sealed interfaces whose records are nested in them, so a
 * consumer walks the tree with exhaustive pattern-matching switches. Field names are CPython's in
 * camelCase ({@code decorator_list} is {@code decoratorList}); an optional field ({@code ?} in the
 * abstract grammar) is {@code null} when absent. Lists are never null; treat them as read-only
 * (the parser hands over its own lists without copying). {@code type_comment} fields and
 * {@code type_ignore} nodes are omitted: the parser does not read type comments.
 */
public sealed interface Node permits Mod, Stmt, Expr, Pattern, ExceptHandler, Arguments, Arg, Keyword, Alias,
        WithItem, MatchCase, Comprehension {
}
