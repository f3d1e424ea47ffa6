package dev.pyxis.python3.ast;

import java.util.List;

/**
 * Statements. The record names are CPython's node names, except {@link ExprStmt}, which is
 * CPython's {@code Expr} statement (renamed so it does not clash with the {@link Expr} type).
 */
public sealed interface Stmt extends Node, Located {

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
                       int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
                            int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Return(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Delete(List<Expr> targets, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code t1 = t2 = ... = value}: one entry in {@code targets} per {@code =}. */
    record Assign(List<Expr> targets, Expr value,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record AugAssign(Expr target, Operator op, Expr value,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code simple} is 1 for a bare name target not in parentheses, else 0 (as CPython). */
    record AnnAssign(Expr target, Expr annotation, Expr value, int simple,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse,
               int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** An {@code elif} is an If alone in the {@code orelse} of the previous one. */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse,
              int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record With(List<WithItem> items, List<Stmt> body,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record AsyncWith(List<WithItem> items, List<Stmt> body,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Match(Expr subject, List<MatchCase> cases,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Raise(Expr exc, Expr cause, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code try} with {@code except*} handlers. */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Assert(Expr test, Expr msg, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Import(List<Alias> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code module} is null for {@code from . import x}; {@code level} counts the leading dots. */
    record ImportFrom(String module, List<Alias> names, int level,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Global(List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Nonlocal(List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** An expression statement (CPython's {@code Expr} node). */
    record ExprStmt(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Pass(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Break(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    record Continue(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }
}
