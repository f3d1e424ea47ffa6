package dev.pyxis.python3.ast;

import java.util.List;

/**
 * A parameter list. {@code defaults} belong to the last positional parameters (positional-only
 * first); {@code kwDefaults} has one entry per keyword-only parameter, {@code null} where none.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
}
