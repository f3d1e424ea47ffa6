package dev.pyxis.python3.compiler;

import dev.pyxis.python3.ast.Arg;
import dev.pyxis.python3.ast.Arguments;
import dev.pyxis.python3.ast.CmpOperator;
import dev.pyxis.python3.ast.Comprehension;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.Keyword;

import java.util.List;

/**
 * Expression source text for {@code from __future__ import annotations}: the string CPython 3.11
 * stores for an annotation (minimal parentheses by operator precedence, constants by repr).
 */
final class Unparser {
    private static final int TUPLE = 0;
    private static final int TEST = 1;
    private static final int OR = 2;
    private static final int AND = 3;
    private static final int NOT = 4;
    private static final int CMP = 5;
    private static final int BOR = 6;
    private static final int BXOR = 7;
    private static final int BAND = 8;
    private static final int SHIFT = 9;
    private static final int ARITH = 10;
    private static final int TERM = 11;
    private static final int FACTOR = 12;
    private static final int POWER = 13;
    private static final int AWAIT = 14;
    private static final int ATOM = 15;

    private final StringBuilder b = new StringBuilder();

    private Unparser() {
    }

    static String unparse(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, TEST);
        return u.b.toString();
    }

    private void open(boolean paren) {
        if (paren) {
            b.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            b.append(')');
        }
    }

    private void list(List<Expr> items, int level) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            expr(items.get(i), level);
        }
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOp o -> {
                int pr = o.op() == dev.pyxis.python3.ast.BoolOperator.And ? AND : OR;
                open(level > pr);
                for (int i = 0; i < o.values().size(); i++) {
                    if (i > 0) {
                        b.append(pr == AND ? " and " : " or ");
                    }
                    expr(o.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Expr.NamedExpr n -> {
                open(level > TUPLE);
                expr(n.target(), ATOM);
                b.append(" := ");
                expr(n.value(), ATOM);
                close(level > TUPLE);
            }
            case Expr.BinOp o -> {
                int pr = switch (o.op()) {
                    case Add, Sub -> ARITH;
                    case Mult, MatMult, Div, Mod, FloorDiv -> TERM;
                    case LShift, RShift -> SHIFT;
                    case BitOr -> BOR;
                    case BitXor -> BXOR;
                    case BitAnd -> BAND;
                    case Pow -> POWER;
                };
                boolean right = pr == POWER;
                open(level > pr);
                expr(o.left(), right ? pr + 1 : pr);
                b.append(' ').append(CodeGenerator.binaryOp(o.op()).symbol()).append(' ');
                expr(o.right(), right ? pr : pr + 1);
                close(level > pr);
            }
            case Expr.UnaryOp o -> {
                int pr = o.op() == dev.pyxis.python3.ast.UnaryOperator.Not ? NOT : FACTOR;
                open(level > pr);
                b.append(switch (o.op()) {
                    case Not -> "not ";
                    case Invert -> "~";
                    case UAdd -> "+";
                    case USub -> "-";
                });
                expr(o.operand(), pr);
                close(level > pr);
            }
            case Expr.Lambda l -> {
                open(level > TEST);
                b.append("lambda");
                if (hasArgs(l.args())) {
                    b.append(' ');
                    arguments(l.args());
                }
                b.append(": ");
                expr(l.body(), TEST);
                close(level > TEST);
            }
            case Expr.IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                b.append(" if ");
                expr(i.test(), TEST + 1);
                b.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Expr.Dict d -> {
                b.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    if (d.keys().get(i) == null) {
                        b.append("**");
                        expr(d.values().get(i), BOR);
                    } else {
                        expr(d.keys().get(i), TEST);
                        b.append(": ");
                        expr(d.values().get(i), TEST);
                    }
                }
                b.append('}');
            }
            case Expr.Set s -> {
                b.append('{');
                list(s.elts(), TEST);
                b.append('}');
            }
            case Expr.ListComp c -> comp("[", c.elt(), null, c.generators(), "]");
            case Expr.SetComp c -> comp("{", c.elt(), null, c.generators(), "}");
            case Expr.DictComp c -> comp("{", c.key(), c.value(), c.generators(), "}");
            case Expr.GeneratorExp c -> comp("(", c.elt(), null, c.generators(), ")");
            case Expr.Await a -> {
                open(level > AWAIT);
                b.append("await ");
                expr(a.value(), ATOM);
                close(level > AWAIT);
            }
            case Expr.Yield y -> {
                b.append("(yield");
                if (y.value() != null) {
                    b.append(' ');
                    expr(y.value(), TEST);
                }
                b.append(')');
            }
            case Expr.YieldFrom y -> {
                b.append("(yield from ");
                expr(y.value(), TEST);
                b.append(')');
            }
            case Expr.Compare c -> {
                open(level > CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    b.append(cmp(c.ops().get(i)));
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level > CMP);
            }
            case Expr.Call c -> {
                expr(c.func(), ATOM);
                if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().getFirst() instanceof Expr.GeneratorExp g) {
                    expr(g, TEST);
                    return;
                }
                b.append('(');
                boolean first = true;
                for (Expr a : c.args()) {
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    expr(a, TEST);
                }
                for (Keyword k : c.keywords()) {
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    if (k.arg() == null) {
                        b.append("**");
                    } else {
                        b.append(k.arg()).append('=');
                    }
                    expr(k.value(), TEST);
                }
                b.append(')');
            }
            case Expr.FormattedValue f -> b.append("f").append(Repr.str(fstringBody(List.of(f))));
            case Expr.JoinedStr j -> b.append("f").append(Repr.str(fstringBody(j.values())));
            case Expr.Constant c -> constant(c.value());
            case Expr.Attribute a -> {
                expr(a.value(), ATOM);
                if (a.value() instanceof Expr.Constant c && c.value() instanceof java.math.BigInteger) {
                    b.append(' ');
                }
                b.append('.').append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), ATOM);
                b.append('[');
                if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    list(t.elts(), TEST);
                    if (t.elts().size() == 1) {
                        b.append(',');
                    }
                } else {
                    expr(s.slice(), TUPLE);
                }
                b.append(']');
            }
            case Expr.Starred s -> {
                b.append('*');
                expr(s.value(), BOR);
            }
            case Expr.Name n -> b.append(n.id());
            case Expr.List l -> {
                b.append('[');
                list(l.elts(), TEST);
                b.append(']');
            }
            case Expr.Tuple t -> {
                boolean paren = level > TUPLE || t.elts().isEmpty();
                open(paren);
                list(t.elts(), TEST);
                if (t.elts().size() == 1) {
                    b.append(',');
                }
                close(paren);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), TEST);
                }
                b.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), TEST);
                }
                if (s.step() != null) {
                    b.append(':');
                    expr(s.step(), TEST);
                }
            }
        }
    }

    private static String cmp(CmpOperator op) {
        return switch (op) {
            case Eq -> " == ";
            case NotEq -> " != ";
            case Lt -> " < ";
            case LtE -> " <= ";
            case Gt -> " > ";
            case GtE -> " >= ";
            case Is -> " is ";
            case IsNot -> " is not ";
            case In -> " in ";
            case NotIn -> " not in ";
        };
    }

    private void constant(Object v) {
        Object c = ConstantFolder.literal(v);
        if (c == dev.pyxis.python.bytecode.Constant.Singleton.ELLIPSIS) {
            b.append("...");
        } else if (c instanceof Double d && Double.isInfinite(d)) {
            b.append(d > 0 ? "1e309" : "-1e309");
        } else {
            b.append(Repr.of(c));
        }
    }

    private void comp(String open, Expr elt, Expr value, List<Comprehension> gens, String close) {
        b.append(open);
        expr(elt, TEST);
        if (value != null) {
            b.append(": ");
            expr(value, TEST);
        }
        for (Comprehension g : gens) {
            b.append(g.isAsync() ? " async for " : " for ");
            expr(g.target(), TUPLE);
            b.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr cond : g.ifs()) {
                b.append(" if ");
                expr(cond, TEST + 1);
            }
        }
        b.append(close);
    }

    private static boolean hasArgs(Arguments a) {
        return !a.posonlyargs().isEmpty() || !a.args().isEmpty() || a.vararg() != null || !a.kwonlyargs().isEmpty()
                || a.kwarg() != null;
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int npos = a.posonlyargs().size() + a.args().size();
        int defaultStart = npos - a.defaults().size();
        for (int i = 0; i < npos; i++) {
            Arg arg = i < a.posonlyargs().size() ? a.posonlyargs().get(i) : a.args().get(i - a.posonlyargs().size());
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(arg.arg());
            if (i >= defaultStart) {
                b.append('=');
                expr(a.defaults().get(i - defaultStart), TEST);
            }
            if (i == a.posonlyargs().size() - 1) {
                b.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append('*');
            if (a.vararg() != null) {
                b.append(a.vararg().arg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            b.append(", ").append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                b.append('=');
                expr(d, TEST);
            }
        }
        if (a.kwarg() != null) {
            if (!first) {
                b.append(", ");
            }
            b.append("**").append(a.kwarg().arg());
        }
    }

    private static String fstringBody(List<Expr> values) {
        StringBuilder body = new StringBuilder();
        for (Expr v : values) {
            if (v instanceof Expr.Constant c && c.value() instanceof String s) {
                body.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof Expr.FormattedValue f) {
                String inner = Unparser.unparseAt(f.value(), TEST + 1);
                body.append('{');
                if (inner.startsWith("{")) {
                    body.append(' ');
                }
                body.append(inner);
                if (f.conversion() >= 0) {
                    body.append('!').append((char) f.conversion());
                }
                if (f.formatSpec() instanceof Expr.JoinedStr spec) {
                    body.append(':').append(fstringBody(spec.values()));
                }
                body.append('}');
            }
        }
        return body.toString();
    }

    private static String unparseAt(Expr e, int level) {
        Unparser u = new Unparser();
        u.expr(e, level);
        return u.b.toString();
    }
}
