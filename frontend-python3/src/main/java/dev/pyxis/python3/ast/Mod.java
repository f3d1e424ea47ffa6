package dev.pyxis.python3.ast;

import java.util.List;

/** The root of a parse: one per compile mode ({@code exec}, {@code single}, {@code eval}). */
public sealed interface Mod extends Node {

    /** {@code exec} mode: a module or script. CPython's empty {@code type_ignores} list is implied. */
    record Module(List<Stmt> body) implements Mod {
    }

    /** {@code single} mode: one interactive statement (possibly several simple statements on a line). */
    record Interactive(List<Stmt> body) implements Mod {
    }

    /** {@code eval} mode: one expression. */
    record Expression(Expr body) implements Mod {
    }
}
