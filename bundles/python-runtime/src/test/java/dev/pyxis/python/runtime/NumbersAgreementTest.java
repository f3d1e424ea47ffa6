package dev.pyxis.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CompareOp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numeric operators through the object protocol (Ops.binary/compare/unary, divmod and
 * three-argument pow) on mixed bool, int, float and complex operands, against CPython 3.11's
 * results and error messages (arith.tsv, from regen_arith.py). Stress modes run every 13th case
 * with a collection at every allocation.
 */
class NumbersAgreementTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> modes() {
        return InterpreterTest.modes();
    }

    private static final Map<String, BinaryOp> BINARY = Map.ofEntries(Map.entry("add", BinaryOp.ADD),
            Map.entry("sub", BinaryOp.SUBTRACT), Map.entry("mul", BinaryOp.MULTIPLY),
            Map.entry("truediv", BinaryOp.TRUE_DIVIDE), Map.entry("floordiv", BinaryOp.FLOOR_DIVIDE),
            Map.entry("mod", BinaryOp.REMAINDER), Map.entry("pow", BinaryOp.POWER), Map.entry("lshift", BinaryOp.LSHIFT),
            Map.entry("rshift", BinaryOp.RSHIFT), Map.entry("and", BinaryOp.AND), Map.entry("or", BinaryOp.OR),
            Map.entry("xor", BinaryOp.XOR));
    private static final Map<String, CompareOp> COMPARE = Map.of("lt", CompareOp.LT, "le", CompareOp.LE,
            "eq", CompareOp.EQ, "ne", CompareOp.NE, "gt", CompareOp.GT, "ge", CompareOp.GE);
    private static final Map<String, String> UNARY = Map.of("neg", "__neg__", "pos", "__pos__",
            "invert", "__invert__", "abs", "__abs__");

    private static List<String[]> cases() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NumbersAgreementTest.class.getResourceAsStream("/runtime/arith.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    private static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    private static long operand(Space s, String encoded) {
        String v = encoded.substring(2);
        return switch (encoded.charAt(0)) {
            case 'i' -> s.newInt(new BigInteger(v));
            case 'b' -> Py.bool(v.equals("True"));
            case 'f' -> s.newFloat(bits(v));
            default -> {
                String[] parts = v.split(",");
                yield s.newComplex(bits(parts[0]), bits(parts[1]));
            }
        };
    }

    /** "type:repr" of a result, ints in plain decimal whatever their size. */
    private static String describe(Space s, int slot) {
        long w = s.ts.get(slot);
        PyType t = s.typeOf(w);
        if (t == s.intType) {
            return "int:" + s.bigValue(w);
        }
        return t.name + ":" + Ops.reprString(s, slot);
    }

    private static long evaluate(Space s, String op, int a, int b, int m) {
        if (BINARY.containsKey(op)) {
            return Ops.binary(s, BINARY.get(op), a, b);
        }
        if (COMPARE.containsKey(op)) {
            return Ops.compare(s, COMPARE.get(op), a, b);
        }
        if (UNARY.containsKey(op)) {
            return Ops.unary(s, UNARY.get(op), a);
        }
        return op.equals("divmod") ? Arith.divmod(s, a, b) : Arith.power(s, a, b, m);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void operatorsAgreeWithCPython(String mode, CollectorProvider collector, HeapConfig config) throws IOException {
        Space s = PythonSpace.create(config, collector);
        List<String[]> cases = cases();
        int step = mode.contains("stress") ? 13 : 1;
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < cases.size(); i += step) {
            String[] c = cases.get(i);
            int base = s.ts.top();
            try {
                int a = s.ts.push(operand(s, c[1]));
                String[] rest = c[2].split("\\|");
                int b = s.ts.push(rest[0].equals("-") ? Py.NONE : operand(s, rest[0]));
                int m = s.ts.push(rest.length > 1 ? operand(s, rest[1]) : Py.NONE);
                String got;
                try {
                    int r = s.ts.push(evaluate(s, c[0], a, b, m));
                    got = describe(s, r);
                } catch (PyException e) {
                    int ex = s.ts.push(s.ts.takeRaised());
                    got = "!" + s.typeOf(s.ts.get(ex)).name + ": " + Exceptions.str(s, ex);
                }
                if (!got.equals(c[3])) {
                    failures.add(String.join(" ", c[0], c[1], c[2]) + ": expected " + c[3] + ", got " + got);
                }
                checked++;
            } finally {
                s.ts.truncate(base);
            }
        }
        assertTrue(checked > 1000, "cases read");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " of " + checked + " differ");
    }
}
