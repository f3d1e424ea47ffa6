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
            if (b.left().endLineno() != 1) {
                return null;
            }
            int left = chars(utf8, b.left().endColOffset());
            while (left < segment.length() && Character.isWhitespace(segment.charAt(left))) {
                left++;
            }
            int right = left + 1;
            if (right < segment.length() && isSecondOperatorChar(segment, left)) {
                right++;
            }
            return new int[] {left, right};
        }
        if (e instanceof Expr.Subscript sub) {
            if (sub.value().endLineno() != 1 || sub.slice().endLineno() != 1) {
                return null;
            }
            return new int[] {chars(utf8, sub.value().endColOffset()), chars(utf8, sub.slice().endColOffset()) + 1};
        }
        return null;
    }

    /** Whether the operator starting at {@code at} has two characters (//, **, <<, >>). */
    private static boolean isSecondOperatorChar(String s, int at) {
        if (at + 1 >= s.length()) {
            return false;
        }
        String two = s.substring(at, at + 2);
        return two.equals("//") || two.equals("**") || two.equals("<<") || two.equals(">>");
    }

    private static int chars(byte[] utf8, int byteOffset) {
        int n = Math.min(byteOffset, utf8.length);
        return new String(utf8, 0, n, StandardCharsets.UTF_8).length();
    }
}
