package dev.pyxis.python3.parser;

import dev.pyxis.python3.ast.AstDump;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.ast.Stmt;
import dev.pyxis.python3.tokenizer.PySyntaxError;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Eval and single modes, deep nesting and the dumper without attributes; expected texts come from CPython 3.11.7. */
class ParserModesTest {

    @Test
    void evalMode() {
        Mod.Expression e = Parser.parseExpression("a if b else [c, *d]\n", "<s>");
        assertEquals("Expression(body=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, "
                + "end_col_offset=6), body=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), "
                + "orelse=List(elts=[Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), "
                + "Starred(value=Name(id='d', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), ctx=Load(), "
                + "lineno=1, col_offset=16, end_lineno=1, end_col_offset=18)], ctx=Load(), lineno=1, col_offset=12, "
                + "end_lineno=1, end_col_offset=19), lineno=1, col_offset=0, end_lineno=1, end_col_offset=19))",
                AstDump.dump(e, true));
    }

    @Test
    void singleMode() {
        assertEquals("Interactive(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), "
                + "Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))])",
                AstDump.dump(Parser.parseInteractive("x = 1; y = 2\n", "<s>"), false));
        assertEquals("Interactive(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, "
                + "end_col_offset=4), body=[Pass(lineno=2, col_offset=2, end_lineno=2, end_col_offset=6)], orelse=[], "
                + "lineno=1, col_offset=0, end_lineno=2, end_col_offset=6)])",
                AstDump.dump(Parser.parseInteractive("if x:\n  pass\n", "<s>"), true));
    }

    @Test
    void hundredNestedParentheses() {
        Mod.Module m = Parser.parseModule("(".repeat(100) + "x" + ")".repeat(100), "<s>");
        assertEquals("Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=100, end_lineno=1, "
                + "end_col_offset=101), lineno=1, col_offset=0, end_lineno=1, end_col_offset=201)], type_ignores=[])",
                AstDump.dump(m, true));
    }

    @Test
    void twoThousandUnaryMinusSigns() {
        Mod.Module m = Parser.parseModule("-".repeat(2000) + "1", "<s>");
        Stmt.ExprStmt s = assertInstanceOf(Stmt.ExprStmt.class, m.body().get(0));
        assertInstanceOf(Expr.UnaryOp.class, s.value());
    }

    @Test
    void absurdNestingIsAnErrorNotAStackOverflow() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parseModule("-".repeat(100_000) + "1", "<s>"));
        assertEquals("RecursionError", e.typeName());
        PySyntaxError n = assertThrows(PySyntaxError.class, () -> Parser.parseModule("not ".repeat(100_000) + "x", "<s>"));
        assertEquals("RecursionError", n.typeName());
    }

    @Test
    void sourceBytesAreDecodedByTheirDeclaration() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\u00e9'))], type_ignores=[])",
                AstDump.dump(Parser.parseModule(latin1, "<s>"), false));
    }
}
