package dev.pyxis.python3.parser;

import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.ExprContext;
import dev.pyxis.python3.ast.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Turns parsed expressions into assignment or deletion targets, with CPython's errors for the invalid ones. */
final class Targets {
    private Targets() {
    }

    /** Where a target appears; only the first target of an assignment statement gets CPython's '==' hint. */
    enum Use { ASSIGN, FOR }

    static Expr store(Parser p, Expr e, Use use) {
        Expr bad = firstInvalid(e, false);
        if (bad != null) throw Errors.cannotAssign(p, e, bad, use);
        return withContext(e, ExprContext.Store);
    }

    static Expr del(Parser p, Expr e) {
        Expr bad = firstInvalid(e, true);
        if (bad != null) throw Errors.at(p, bad, "cannot delete " + describe(bad));
        return withContext(e, ExprContext.Del);
    }

    /** The first sub-expression that cannot be a target, in source order, or null. */
    static Expr firstInvalid(Expr e, boolean del) {
        return switch (e) {
            case Expr.Name n -> null;
            case Expr.Attribute a -> null;
            case Expr.Subscript s -> null;
            case Expr.Starred s -> del ? e : firstInvalid(s.value(), false);
            case Expr.Tuple t -> firstInvalidIn(t.elts(), del);
            case Expr.List l -> firstInvalidIn(l.elts(), del);
            default -> e;
        };
    }

    private static Expr firstInvalidIn(List<Expr> elts, boolean del) {
        for (Expr x : elts) {
            Expr bad = firstInvalid(x, del);
            if (bad != null) return bad;
        }
        return null;
    }

    static Expr withContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Expr.Starred s -> new Expr.Starred(withContext(s.value(), ctx), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            case Expr.Tuple t -> new Expr.Tuple(all(t.elts(), ctx), ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
            case Expr.List l -> new Expr.List(all(l.elts(), ctx), ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
            default -> e;
        };
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) out.add(withContext(x, ctx));
        return out;
    }

    /** CPython's name for an expression kind in "cannot assign to ..." messages. */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> switch (c.value()) {
                case Singleton s -> s == Singleton.NONE ? "None" : "ellipsis";
                case Boolean b -> b ? "True" : "False";
                default -> "literal";
            };
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    static void checkAnnotationTarget(Parser p, Expr e, int startTok) {
        switch (e) {
            case Expr.Name n -> { }
            case Expr.Attribute a -> { }
            case Expr.Subscript s -> { }
            case Expr.Tuple t -> {
                boolean paren = p.tb.kind(startTok) == K.LPAR && p.C(startTok) == t.colOffset() && p.L(startTok) == t.lineno();
                throw Errors.at(p, paren || t.elts().isEmpty() ? t : t.elts().get(0),
                        "only single target (not tuple) can be annotated");
            }
            case Expr.List l -> throw Errors.at(p, l, "only single target (not list) can be annotated");
            default -> throw Errors.at(p, e, "illegal target for annotation");
        }
    }

    static void checkAugTarget(Parser p, Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) return;
        throw Errors.at(p, e, "'" + describe(e) + "' is an illegal expression for augmented assignment");
    }
}
