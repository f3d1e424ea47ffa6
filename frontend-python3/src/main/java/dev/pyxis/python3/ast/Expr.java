package dev.pyxis.python3.ast;

/**
 * Expressions. {@code java.util.List} is spelled out in this file because {@link Expr.List} is a node.
 *
 * <p>{@link Constant} values: {@link java.math.BigInteger} for every int literal (whatever its size),
 * {@link Double} for floats, {@link ImaginaryConstant} for imaginary literals, {@link String} for str,
 * {@link BytesConstant} for bytes, {@link Boolean} for True/False and {@link Singleton} for None and
 * Ellipsis. {@code kind} is {@code "u"} for a str literal spelled with a {@code u} prefix, else null.
 */
public sealed interface Expr extends Node, Located {

    record BoolOp(BoolOperator op, java.util.List<Expr> values,
                  int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code target := value}; the target is a Name in Store context. */
    record NamedExpr(Expr target, Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record UnaryOp(UnaryOperator op, Expr operand,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Lambda(Arguments args, Expr body, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orelse,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** A {@code null} key marks {@code **value} unpacking. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Set(java.util.List<Expr> elts, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record ListComp(Expr elt, java.util.List<Comprehension> generators,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record SetComp(Expr elt, java.util.List<Comprehension> generators,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators,
                    int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators,
                        int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Await(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Yield(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record YieldFrom(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code left op1 c1 op2 c2 ...}: {@code ops} and {@code comparators} have the same length. */
    record Compare(Expr left, java.util.List<CmpOperator> ops, java.util.List<Expr> comparators,
                   int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /**
     * One replacement field of an f-string. {@code conversion} is -1 (none) or the code point of
     * {@code 's'}, {@code 'r'} or {@code 'a'}; {@code formatSpec} is a {@link JoinedStr} or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec,
                          int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** An f-string: {@link Constant} str parts and {@link FormattedValue}s. */
    record JoinedStr(java.util.List<Expr> values, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Expr {
    }

    record Constant(Object value, String kind, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Expr {
    }

    record Attribute(Expr value, String attr, ExprContext ctx,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Subscript(Expr value, Expr slice, ExprContext ctx,
                     int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Starred(Expr value, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Expr {
    }

    record Name(String id, ExprContext ctx, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Expr {
    }

    record List(java.util.List<Expr> elts, ExprContext ctx,
                int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    record Tuple(java.util.List<Expr> elts, ExprContext ctx,
                 int lineno, int colOffset, int endLineno, int endColOffset) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Expr lower, Expr upper, Expr step, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Expr {
    }
}
