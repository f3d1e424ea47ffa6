package dev.pyxis.python3.traceback;

import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.ast.Stmt;
import dev.pyxis.python3.parser.Parser;
import java.nio.charset.StandardCharsets;

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
            if (sub.value().endLineno() != 1 || sub.slice().endLineno() != 1) {
                return null;
            }
            return new int[] {chars(utf8, sub.value().endColOffset()), chars(utf8, sub.slice().endColOffset()) + 1};
        }
        return null;
    }

    private static int chars(byte[] utf8, int byteOffset) {
        int n = Math.min(byteOffset, utf8.length);
        return new String(utf8, 0, n, StandardCharsets.UTF_8).length();
    }
}
