package dev.pyxis.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyxis.gc.marksweep.MarkSweepProvider;
import dev.pyxis.gc.semispace.SemiSpaceProvider;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.bytecode.Opcode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The interpreter on hand-assembled code units (the compiler has its own tests), under both
 * collectors, with and without GC stress: loops that allocate big ints and floats must give exact
 * results however often objects move.
 */
class InterpreterTest {
    static Stream<Arguments> modes() {
        HeapConfig normal = HeapConfig.ofSize(8 << 20);
        HeapConfig stress = normal.withStress(true, 1);
        return Stream.of(
                Arguments.of("semispace", new SemiSpaceProvider(), normal),
                Arguments.of("semispace-stress-checked", new SemiSpaceProvider(), stress.withChecked(true)),
                Arguments.of("marksweep", new MarkSweepProvider(), normal),
                Arguments.of("marksweep-stress-checked", new MarkSweepProvider(), stress.withChecked(true)));
    }

    /** A tiny assembler: instructions, constants, and a position per instruction. */
    private static final class Asm {
        final List<Integer> code = new ArrayList<>();
        final List<Object> consts = new ArrayList<>();
        int[] handlers = new int[0];

        Asm op(Opcode op, int arg) {
            code.add(op.encode(arg));
            return this;
        }

        Asm op(Opcode op) {
            return op(op, 0);
        }

        Asm constant(Object c) {
            consts.add(c);
            return op(Opcode.LOAD_CONST, consts.size() - 1);
        }

        int here() {
            return code.size();
        }

        void patch(int at, Opcode op, int arg) {
            code.set(at, op.encode(arg));
        }

        CodeUnit build(int maxStack, String... varnames) {
            return build(maxStack, varnames.length, varnames);
        }

        CodeUnit build(int maxStack, int argCount, String... varnames) {
            int[] c = code.stream().mapToInt(Integer::intValue).toArray();
            int[] positions = new int[4 * c.length];
            java.util.Arrays.fill(positions, 1);
            return new CodeUnit("f", "f", "<test>", 1, argCount, 0, 0,
                    CodeUnit.OPTIMIZED | CodeUnit.NEWLOCALS, varnames, new String[0], new String[0],
                    new String[0], consts.toArray(), c, maxStack, handlers, positions, new int[0]);
        }
    }

    /** A Python exception escaping a test, with its report; the raised slot keeps the exception. */
    static final class PyExceptionReport extends RuntimeException {
        PyExceptionReport(String report) {
            super(report);
        }
    }

    /** Calls the code unit as a function with the given (immediate or small-int) arguments. */
    private static long call(Space s, CodeUnit unit, long... args) {
        int code = s.ts.push(Code.load(s, unit));
        int globals = s.ts.push(Dicts.create(s));
        int fn = s.ts.push(Functions.create(s, code, globals, -1, -1, -1, -1));
        for (long a : args) {
            s.ts.push(a);
        }
        try {
            return Calls.call(s, fn, fn + 1, args.length, -1);
        } catch (PyException e) {
            int exc = s.ts.push(s.ts.peekRaised());
            String report = TracebackPrinter.format(s, exc);
            s.ts.truncate(exc);
            throw new PyExceptionReport(report);
        } finally {
            s.ts.truncate(code);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void loopWithBigIntsAndFloats(String mode, CollectorProvider collector, HeapConfig config) {
        Space space = PythonSpace.create(config, collector);
        // acc = 0; f = 0.0; i = 0
        // while i < n: acc = acc + i * i * 10**15; f = f + 0.5; i = i + 1
        // return (acc, f)
        Asm a = new Asm();
        a.constant(0L).op(Opcode.STORE_FAST, 2);
        a.constant(0.0).op(Opcode.STORE_FAST, 3);
        a.constant(0L).op(Opcode.STORE_FAST, 1);
        int top = a.here();
        a.op(Opcode.LOAD_FAST, 1).op(Opcode.LOAD_FAST, 0).op(Opcode.COMPARE_OP, CompareOp.LT.ordinal());
        int exit = a.here();
        a.op(Opcode.POP_JUMP_IF_FALSE, 0);
        a.op(Opcode.LOAD_FAST, 2).op(Opcode.LOAD_FAST, 1).op(Opcode.LOAD_FAST, 1)
                .op(Opcode.BINARY_OP, BinaryOp.MULTIPLY.ordinal()).constant(1_000_000_000_000_000L)
                .op(Opcode.BINARY_OP, BinaryOp.MULTIPLY.ordinal()).op(Opcode.BINARY_OP, BinaryOp.ADD.ordinal())
                .op(Opcode.STORE_FAST, 2);
        a.op(Opcode.LOAD_FAST, 3).constant(0.5).op(Opcode.BINARY_OP, BinaryOp.INPLACE_ADD.ordinal()).op(Opcode.STORE_FAST, 3);
        a.op(Opcode.LOAD_FAST, 1).constant(1L).op(Opcode.BINARY_OP, BinaryOp.ADD.ordinal()).op(Opcode.STORE_FAST, 1);
        a.op(Opcode.JUMP_BACKWARD, top);
        a.patch(exit, Opcode.POP_JUMP_IF_FALSE, a.here());
        a.op(Opcode.LOAD_FAST, 2).op(Opcode.LOAD_FAST, 3).op(Opcode.BUILD_TUPLE, 2).op(Opcode.RETURN_VALUE);
        CodeUnit unit = a.build(4, 1, "n", "i", "acc", "f");

        int n = 3000;
        long result = call(space, unit, Py.smallInt(n));
        BigInteger expected = BigInteger.ZERO;
        for (long i = 0; i < n; i++) {
            expected = expected.add(BigInteger.valueOf(i * i).multiply(BigInteger.TEN.pow(15)));
        }
        assertEquals(expected, space.bigValue(Space.item(result, 0)));
        assertEquals(n * 0.5, space.floatValue(Space.item(result, 1)));
        assertEquals(space.tupleType, space.typeOf(result));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void exceptionTableRoutesToHandler(String mode, CollectorProvider collector, HeapConfig config) {
        Space space = PythonSpace.create(config, collector);
        // try: return x // 0   except: return 7   (handler: [exc] -> pop, return 7)
        Asm a = new Asm();
        a.op(Opcode.LOAD_FAST, 0).constant(0L).op(Opcode.BINARY_OP, BinaryOp.FLOOR_DIVIDE.ordinal()).op(Opcode.RETURN_VALUE);
        int handler = a.here();
        a.op(Opcode.POP_TOP).constant(7L).op(Opcode.RETURN_VALUE);
        a.handlers = new int[] {0, handler, handler, 0, 0};
        assertEquals(Py.smallInt(7), call(space, a.build(2, "x"), Py.smallInt(5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void unhandledExceptionPropagatesWithItsMessage(String mode, CollectorProvider collector, HeapConfig config) {
        Space space = PythonSpace.create(config, collector);
        Asm a = new Asm();
        a.op(Opcode.LOAD_FAST, 0).constant(0.0).op(Opcode.BINARY_OP, BinaryOp.TRUE_DIVIDE.ordinal()).op(Opcode.RETURN_VALUE);
        assertThrows(PyExceptionReport.class, () -> call(space, a.build(2, "x"), Py.smallInt(5)));
        long exc = space.ts.takeRaised();
        assertEquals("ZeroDivisionError", space.typeOf(exc).name);
        long args = Exceptions.slot(exc, Exceptions.ARGS);
        assertEquals("float division by zero", space.str(Space.item(args, 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void strRoundTripsThroughTheHeap(String mode, CollectorProvider collector, HeapConfig config) {
        Space space = PythonSpace.create(config, collector);
        for (String s : new String[] {"", "ascii", "caf\u00e9", "\u20ac uro", "emoji \uD83D\uDE00", "lone \uD800 surrogate"}) {
            int slot = space.ts.push(space.newStr(s));
            space.newStr("moves the first");
            assertEquals(s, space.str(space.ts.get(slot)));
            assertEquals(s.codePointCount(0, s.length()), space.strLength(space.ts.get(slot)));
            space.ts.truncate(slot);
        }
    }
}
