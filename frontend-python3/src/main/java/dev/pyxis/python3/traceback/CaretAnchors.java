package dev.pyxis.python3.traceback;

import dev.pyxis.python3.ast.BytesConstant;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.ast.Stmt;
import dev.pyxis.python3.ast.UnaryOperator;
import dev.pyxis.python3.parser.Parser;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a traceback's carets change from {@code ~} to {@code ^}: for a failing binary operation
 * the operator is marked, for a subscript the bracketed part. The segment is the source text of
 * the failing expression; it is parsed on its own, as CPython 3.11 does when it prints carets.
 */
public final class CaretAnchors {
    private CaretAnchors() {}

    /** {left end, right start} as character offsets in the segment, or null if none apply. */
    public static int[] of(String segment) {
        Expr e;
        try {
            Mod.Module m = Parser.parseModule(segment, "<segment>");
            if (m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.ExprStmt stmt)) {
                return null;
            }
            e = stmt.value();
        } catch (RuntimeException notAnExpression) {
            return null;
        }
        byte[] utf8 = segment.getBytes(StandardCharsets.UTF_8);
        if (e instanceof Expr.BinOp b) {
            if (b.left().endLineno() != 1 || b.right().lineno() != 1) {
                return null;
            }
            // The operator is the first character between the operands that is neither blank
            // nor a closing parenthesis of the left operand; it has two characters when the
            // next one, still before the right operand, is not blank.
            int from = chars(utf8, b.left().endColOffset());
            int to = chars(utf8, b.right().colOffset());
            for (int i = from; i < to; i++) {
                char c = segment.charAt(i);
                if (Character.isWhitespace(c) || c == ')') {
                    continue;
                }
                boolean twoChars = i + 1 < to && !Character.isWhitespace(segment.charAt(i + 1));
                return new int[] {i, twoChars ? i + 2 : i + 1};
            }
            return null;
        }
        if (e instanceof Expr.Subscript sub) {
            if (sub.value().endLineno() != 1 || sub.slice().endLineno() != 1 || folds(sub)) {
                return null;
            }
            return new int[] {chars(utf8, sub.value().endColOffset()), chars(utf8, sub.slice().endColOffset()) + 1};
        }
        return null;
    }

    /**
     * Whether CPython's AST optimizer, which runs on the segment too, turns the subscript into a
     * constant (then it is no subscript any more, and has no anchors): a constant str, bytes or
     * tuple indexed by a constant int within range.
     */
    private static boolean folds(Expr.Subscript sub) {
        Object index = constant(sub.slice());
        if (!(index instanceof BigInteger i)) {
            return false;
        }
        long length = switch (constant(sub.value())) {
            case String str -> str.codePointCount(0, str.length());
            case BytesConstant b -> b.bytes().length;
            case List<?> tuple -> tuple.size();
            case null, default -> -1;
        };
        return length >= 0 && i.compareTo(BigInteger.valueOf(-length)) >= 0 && i.compareTo(BigInteger.valueOf(length)) < 0;
    }

    /** The value of a literal, a tuple of literals (a list) or a signed int literal; null otherwise. */
    private static Object constant(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value() instanceof Boolean b ? BigInteger.valueOf(b ? 1 : 0) : c.value();
            case Expr.UnaryOp u when u.op() == UnaryOperator.USub && constant(u.operand()) instanceof BigInteger i -> i.negate();
            case Expr.UnaryOp u when u.op() == UnaryOperator.UAdd && constant(u.operand()) instanceof BigInteger i -> i;
            case Expr.Tuple t -> {
                List<Object> items = new ArrayList<>();
                for (Expr item : t.elts()) {
                    Object v = constant(item);
                    if (v == null) {
                        yield null;
                    }
                    items.add(v);
                }
                yield items;
            }
            default -> null;
        };
    }

    private static int chars(byte[] utf8, int byteOffset) {
        int n = Math.min(byteOffset, utf8.length);
        return new String(utf8, 0, n, StandardCharsets.UTF_8).length();
    }
}
