package dev.pyxis.python3.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.Constant;
import dev.pyxis.python.bytecode.Opcode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compile modes, stringified annotations and the verifier's own checks. */
class CompilerUnitTest {

    private static List<Opcode> ops(CodeUnit code) {
        List<Opcode> ops = new ArrayList<>();
        for (int insn : code.code()) {
            ops.add(Opcode.of(insn));
        }
        return ops;
    }

    @Test
    void evalModeReturnsTheExpression() {
        CodeUnit code = Python3Compiler.compile("a + 1", "<string>", CompileMode.EVAL, 0);
        assertEquals(List.of(Opcode.LOAD_NAME, Opcode.LOAD_CONST, Opcode.BINARY_OP, Opcode.RETURN_VALUE), ops(code));
        BytecodeVerifier.verifyTree(code);
    }

    @Test
    void singleModePrintsExpressionStatements() {
        CodeUnit code = Python3Compiler.compile("a\n", "<stdin>", CompileMode.SINGLE, 0);
        assertEquals(List.of(Opcode.LOAD_NAME, Opcode.PRINT_EXPR, Opcode.LOAD_CONST, Opcode.RETURN_VALUE), ops(code));
    }

    @Test
    void constantFoldingAsCPython() {
        // CPython 3.11: co_consts of "x = -1; y = 2 ** 10; z = (1, 'a'); w = 'ab' * 3; v = 2 ** 200"
        CodeUnit code = Python3Compiler.compile("x = -1\ny = 2 ** 10\nz = (1, 'a')\nw = 'ab' * 3\nv = 2 ** 200\n",
                "<s>", CompileMode.EXEC, 0);
        assertEquals(List.of(-1L, 1024L, new Constant.Tuple(List.of(1L, "a")), "ababab", 2L, 200L,
                Constant.Singleton.NONE), List.of(code.constants()));
    }

    @Test
    void futureAnnotationsAreStrings() {
        // The strings CPython 3.11 stores in __annotations__ for the same source.
        String src = "def f(a: int|None, b: 'x', *c: List[int], d: Dict[str, int]=1, **e: -1) -> Callable[..., a.b]: pass\n"
                + "def g(y: 2**-1, z: x[1:2, ::3], a2: -(-1), a3: 1e100, b2: (1).real, b8: -x**2, b9: (-x)**2,"
                + " v: a<b<c, p: lambda x, *, y=1: x, u: f'{x!r:>{w}}', c3: x[(1,2)]): pass\n";
        CodeUnit code = Python3Compiler.compile(src, "<s>", CompileMode.EXEC, Python3Compiler.FUTURE_ANNOTATIONS);
        List<Object> f = null;
        List<Object> g = null;
        for (Object c : code.constants()) {
            if (c instanceof Constant.Tuple t && t.items().size() == 12) {
                f = t.items();
            } else if (c instanceof Constant.Tuple t && t.items().size() == 22) {
                g = t.items();
            }
        }
        assertEquals(List.of("a", "int | None", "b", "'x'", "c", "List[int]", "d", "Dict[str, int]", "e", "-1",
                "return", "Callable[..., a.b]"), f);
        assertEquals(List.of("y", "2 ** (-1)", "z", "x[1:2, ::3]", "a2", "--1", "a3", "1e+100", "b2", "1 .real",
                "b8", "-x ** 2", "b9", "(-x) ** 2", "v", "a < b < c", "p", "lambda x, *, y=1: x", "u",
                "f'{x!r:>{w}}'", "c3", "x[1, 2]"), g);
    }

    private static CodeUnit unit(int[] code, int maxStack, Object[] consts) {
        return new CodeUnit("t", "t", "t", 1, 0, 0, 0, 0, new String[0], new String[0], new String[0],
                new String[0], consts, code, maxStack, new int[0], new int[4 * code.length], new int[0]);
    }

    @Test
    void verifierRejectsUnderflowBadJumpsAndWrongMaxStack() {
        Object[] consts = {Constant.Singleton.NONE};
        int ret = Opcode.RETURN_VALUE.encode(0);
        int load = Opcode.LOAD_CONST.encode(0);
        BytecodeVerifier.verify(unit(new int[] {load, ret}, 1, consts));
        assertThrows(BytecodeVerifier.VerifyError.class, () -> BytecodeVerifier.verify(unit(new int[] {ret}, 0, consts)));
        assertThrows(BytecodeVerifier.VerifyError.class,
                () -> BytecodeVerifier.verify(unit(new int[] {load, ret}, 2, consts)));
        assertThrows(BytecodeVerifier.VerifyError.class,
                () -> BytecodeVerifier.verify(unit(new int[] {Opcode.JUMP_FORWARD.encode(5), ret}, 0, consts)));
        assertThrows(BytecodeVerifier.VerifyError.class,
                () -> BytecodeVerifier.verify(unit(new int[] {Opcode.LOAD_CONST.encode(3), ret}, 1, consts)));
        // Two paths reaching RETURN_VALUE with different depths.
        int[] join = {load, load, Opcode.POP_JUMP_IF_TRUE.encode(4), load, ret};
        assertThrows(BytecodeVerifier.VerifyError.class, () -> BytecodeVerifier.verify(unit(join, 2, consts)));
    }
}
