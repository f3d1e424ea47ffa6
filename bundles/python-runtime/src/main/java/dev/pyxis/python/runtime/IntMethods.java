package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.NumberMethods.exactInt;
import static dev.pyxis.python.runtime.NumberMethods.receiver;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.support.IntMath;
import dev.pyxis.python.support.PyFailure;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The methods and attributes of int and bool (Python 3.11: no int.is_integer). */
final class IntMethods {
    private IntMethods() {}

    private static long self(Space s, Builtin.Args a, String name) {
        return receiver(s, a.get(0), s.intType, name);
    }

    /** A method returning the receiver as an exact int (int(self)). */
    private static Builtin identity(String name) {
        return Builtin.method("int", name + "(self, /)", (s, a) -> exactInt(self(s, a, name)));
    }

    private static final Builtin ROUND = Builtin.method("int", "__round__(self, ndigits=?, /)", (s, a) -> {
        long v = exactInt(self(s, a, "__round__"));
        if (!a.given(1)) {
            return v;
        }
        BigInteger nd = s.bigValue(BuiltinFunctions.index(s, a.slot(1)));
        if (nd.signum() >= 0) {
            return exactInt(s.unwrap(a.get(0)));
        }
        long digits = nd.bitLength() < 63 ? nd.longValue() : Long.MIN_VALUE;
        return s.newInt(IntMath.round(s.bigValue(s.unwrap(a.get(0))), digits));
    });

    private static final Builtin FLOAT = Builtin.method("int", "__float__(self, /)",
            (s, a) -> s.newFloat(Numbers.toDouble(s, self(s, a, "__float__"))));

    private static final Builtin REPR = Builtin.method("int", "__repr__(self, /)",
            (s, a) -> s.newStr(Repr.intRepr(s, exactInt(self(s, a, "__repr__")))));

    private static final Builtin GETNEWARGS = Builtin.method("int", "__getnewargs__(self, /)",
            (s, a) -> Tuples.single(s, exactInt(self(s, a, "__getnewargs__"))));

    private static final Builtin BIT_LENGTH = Builtin.method("int", "bit_length(self, /)", (s, a) -> {
        long v = self(s, a, "bit_length");
        return Py.isObject(v) ? s.newInt(IntMath.bitLength(s.bigValue(v))) : Py.smallInt(IntMath.bitLength(Space.smallOrBool(v)));
    });

    private static final Builtin BIT_COUNT = Builtin.method("int", "bit_count(self, /)", (s, a) -> {
        long v = self(s, a, "bit_count");
        return Py.isObject(v) ? s.newInt(IntMath.bitCount(s.bigValue(v))) : Py.smallInt(IntMath.bitCount(Space.smallOrBool(v)));
    });

    private static final Builtin AS_INTEGER_RATIO = Builtin.method("int", "as_integer_ratio(self, /)",
            (s, a) -> Tuples.pair(s, exactInt(self(s, a, "as_integer_ratio")), Py.smallInt(1)));

    private static final Builtin TO_BYTES = Builtin.method("int",
            "to_bytes(self, length=1, byteorder=?, *, signed=False)", (s, a) -> {
                BigInteger v = s.bigValue(self(s, a, "to_bytes"));
                BigInteger length = s.bigValue(BuiltinFunctions.index(s, a.slot(1)));
                String order = byteorder(s, a, 2, "to_bytes");
                boolean signed = Ops.truth(s, a.slot(3));
                try {
                    long n = length.bitLength() < 63 ? length.longValue() : (length.signum() < 0 ? -1 : Long.MAX_VALUE);
                    return s.newBytes(IntMath.toBytes(v, n, order, signed));
                } catch (PyFailure f) {
                    throw Errors.fromFailure(s, f);
                }
            });

    private static final Builtin FROM_BYTES = Builtin.method("int",
            "from_bytes(cls, bytes, byteorder=?, *, signed=False)", (s, a) -> {
                byte[] data = bytesOf(s, a.slot(1));
                String order = byteorder(s, a, 2, "from_bytes");
                boolean signed = Ops.truth(s, a.slot(3));
                long v;
                try {
                    v = s.newInt(IntMath.fromBytes(data, order, signed));
                } catch (PyFailure f) {
                    throw Errors.fromFailure(s, f);
                }
                PyType cls = s.asType(a.get(0));
                if (cls == s.intType) {
                    return v;
                }
                return Calls.invoke(s, a.get(0), v);
            });

    private static String byteorder(Space s, Builtin.Args a, int i, String method) {
        if (!a.given(i)) {
            return "big";
        }
        long w = a.get(i);
        if (!s.isStr(w)) {
            throw Errors.typeError(s, method + "() argument 'byteorder' must be str, not " + s.typeOf(w).name);
        }
        return s.str(w);
    }

    /** The bytes of a bytes object or of an iterable of ints in range(256). */
    private static byte[] bytesOf(Space s, int slot) {
        long w = s.ts.get(slot);
        PyType t = s.typeOf(w);
        if (t.isSubtypeOf(s.bytesType)) {
            return s.bytes(w);
        }
        if (t.isSubtypeOf(s.strType)) {
            throw Errors.typeError(s, "cannot convert '" + t.name + "' object to bytes");
        }
        int base = s.ts.top();
        try {
            int n;
            try {
                n = Iteration.pushAll(s, slot);
            } catch (PyException e) {
                if (!Exceptions.matches(s, s.ts.peekRaised(), "TypeError")) {
                    throw e;
                }
                s.ts.takeRaised();
                throw Errors.typeError(s, "cannot convert '" + t.name + "' object to bytes");
            }
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                BigInteger b = s.bigValue(BuiltinFunctions.index(s, base + i));
                if (b.signum() < 0 || b.bitLength() > 8) {
                    throw Errors.valueError(s, "bytes must be in range(0, 256)");
                }
                out[i] = (byte) b.intValue();
            }
            return out;
        } finally {
            s.ts.truncate(base);
        }
    }

    private static final Builtin REAL = Builtin.function("real(self, /)", (s, a) -> exactInt(self(s, a, "real")));
    private static final Builtin NUMERATOR = Builtin.function("numerator(self, /)", (s, a) -> exactInt(self(s, a, "numerator")));
    private static final Builtin IMAG = Builtin.function("imag(self, /)", (s, a) -> {
        self(s, a, "imag");
        return Py.smallInt(0);
    });
    private static final Builtin DENOMINATOR = Builtin.function("denominator(self, /)", (s, a) -> {
        self(s, a, "denominator");
        return Py.smallInt(1);
    });

    private static final Builtin BOOL_REPR = Builtin.method("bool", "__repr__(self, /)", (s, a) -> {
        long v = receiver(s, a.get(0), s.boolType, "__repr__");
        return s.newStr(v == Py.TRUE ? "True" : "False");
    });

    private static final List<Builtin> METHODS = new ArrayList<>();
    private static final List<Builtin> BOOL_METHODS = NumberMethods.binaryMethods("bool", Numbers.INT, true,
            BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR);

    static {
        METHODS.addAll(NumberMethods.binaryMethods("int", Numbers.INT, false, BinaryOp.ADD, BinaryOp.SUBTRACT,
                BinaryOp.MULTIPLY, BinaryOp.TRUE_DIVIDE, BinaryOp.FLOOR_DIVIDE, BinaryOp.REMAINDER, BinaryOp.POWER,
                BinaryOp.LSHIFT, BinaryOp.RSHIFT, BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR));
        METHODS.addAll(NumberMethods.divmodMethods("int", Numbers.INT));
        METHODS.addAll(NumberMethods.comparisonMethods("int", Numbers.INT));
        METHODS.addAll(NumberMethods.unaryMethods("int", Numbers.INT, "__neg__", "__pos__", "__abs__", "__invert__"));
        METHODS.addAll(NumberMethods.commonMethods("int", Numbers.INT));
        for (String name : new String[] {"__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "conjugate"}) {
            METHODS.add(identity(name));
        }
        METHODS.addAll(List.of(ROUND, FLOAT, REPR, GETNEWARGS, BIT_LENGTH, BIT_COUNT, AS_INTEGER_RATIO, TO_BYTES));
    }

    static void install(Space s) {
        NumberMethods.install(s, s.intType, METHODS);
        Builtins.classMethod(s, s.intType, FROM_BYTES);
        for (Builtin b : new Builtin[] {REAL, IMAG, NUMERATOR, DENOMINATOR}) {
            NumberMethods.attribute(s, s.intType, b);
        }
        NumberMethods.install(s, s.boolType, BOOL_METHODS);
        Builtins.method(s, s.boolType, BOOL_REPR);
    }
}
