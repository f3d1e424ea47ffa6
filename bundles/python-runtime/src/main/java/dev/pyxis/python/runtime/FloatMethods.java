package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.NumberMethods.receiver;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.support.FloatMath;
import dev.pyxis.python.support.FloatRepr;
import dev.pyxis.python.support.MathFunctions;
import dev.pyxis.python.support.PyFailure;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The methods and attributes of float. */
final class FloatMethods {
    private FloatMethods() {}

    private static double value(Space s, Builtin.Args a, String name) {
        return s.floatValue(receiver(s, a.get(0), s.floatType, name));
    }

    /** The receiver as an exact float (itself when it is one). */
    private static long exact(Space s, Builtin.Args a, String name) {
        long v = receiver(s, a.get(0), s.floatType, name);
        return v == a.get(0) ? v : s.newFloat(s.floatValue(v));
    }

    /** A method converting the receiver to an int with a support function that may fail. */
    private interface ToInt {
        BigInteger apply(double x);
    }

    private static Builtin toInt(String name, ToInt f) {
        return Builtin.method("float", name + "(self, /)", (s, a) -> {
            try {
                return s.newInt(f.apply(value(s, a, name)));
            } catch (PyFailure failure) {
                throw Errors.fromFailure(s, failure);
            }
        });
    }

    private static final Builtin ROUND = Builtin.method("float", "__round__(self, ndigits=None, /)", (s, a) -> {
        double x = value(s, a, "__round__");
        try {
            if (a.get(1) == Py.NONE) {
                return s.newInt(FloatMath.round(x));
            }
            BigInteger nd = s.bigValue(BuiltinFunctions.index(s, a.slot(1)));
            long ndigits = nd.bitLength() < 63 ? nd.longValue() : (nd.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
            return s.newFloat(FloatMath.round(x, ndigits));
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    });

    private static final Builtin FLOAT = Builtin.method("float", "__float__(self, /)", (s, a) -> exact(s, a, "__float__"));
    private static final Builtin CONJUGATE = Builtin.method("float", "conjugate(self, /)", (s, a) -> exact(s, a, "conjugate"));

    private static final Builtin REPR = Builtin.method("float", "__repr__(self, /)",
            (s, a) -> s.newStr(FloatRepr.repr(value(s, a, "__repr__"))));

    private static final Builtin GETNEWARGS = Builtin.method("float", "__getnewargs__(self, /)",
            (s, a) -> Tuples.single(s, exact(s, a, "__getnewargs__")));

    private static final Builtin IS_INTEGER = Builtin.method("float", "is_integer(self, /)",
            (s, a) -> Py.bool(FloatMath.isInteger(value(s, a, "is_integer"))));

    private static final Builtin AS_INTEGER_RATIO = Builtin.method("float", "as_integer_ratio(self, /)", (s, a) -> {
        BigInteger[] r;
        try {
            r = FloatMath.asIntegerRatio(value(s, a, "as_integer_ratio"));
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
        return NumberMethods.pairOf(s, s.newInt(r[0]), () -> s.newInt(r[1]));
    });

    private static final Builtin HEX = Builtin.method("float", "hex(self, /)",
            (s, a) -> s.newStr(FloatMath.hex(value(s, a, "hex"))));

    private static final Builtin FROMHEX = Builtin.method("float", "fromhex(cls, string, /)", (s, a) -> {
        long w = a.get(1);
        if (!s.isStr(w)) {
            throw Errors.typeError(s, "bad argument type for built-in operation");
        }
        long f;
        try {
            f = s.newFloat(FloatMath.fromHex(s.str(w)));
        } catch (PyFailure failure) {
            throw Errors.fromFailure(s, failure);
        }
        return s.asType(a.get(0)) == s.floatType ? f : Calls.invoke(s, a.get(0), f);
    });

    private static final Builtin GETFORMAT = Builtin.method("float", "__getformat__(cls, typestr, /)", (s, a) -> {
        long w = a.get(1);
        if (!s.isStr(w)) {
            throw Errors.typeError(s, "__getformat__() argument must be str, not " + s.typeOf(w).name);
        }
        String t = s.str(w);
        if (!t.equals("double") && !t.equals("float")) {
            throw Errors.valueError(s, "__getformat__() argument 1 must be 'double' or 'float'");
        }
        return s.newStr("IEEE, little-endian");
    });

    private static final Builtin REAL = Builtin.function("real(self, /)", (s, a) -> exact(s, a, "real"));
    private static final Builtin IMAG = Builtin.function("imag(self, /)", (s, a) -> {
        value(s, a, "imag");
        return s.newFloat(0.0);
    });

    private static final List<Builtin> METHODS = new ArrayList<>();

    static {
        METHODS.addAll(NumberMethods.binaryMethods("float", Numbers.FLOAT, false, BinaryOp.ADD, BinaryOp.SUBTRACT,
                BinaryOp.MULTIPLY, BinaryOp.TRUE_DIVIDE, BinaryOp.FLOOR_DIVIDE, BinaryOp.REMAINDER, BinaryOp.POWER));
        METHODS.addAll(NumberMethods.divmodMethods("float", Numbers.FLOAT));
        METHODS.addAll(NumberMethods.comparisonMethods("float", Numbers.FLOAT));
        METHODS.addAll(NumberMethods.unaryMethods("float", Numbers.FLOAT, "__neg__", "__pos__", "__abs__"));
        METHODS.addAll(NumberMethods.commonMethods("float", Numbers.FLOAT));
        METHODS.add(toInt("__int__", FloatMath::toBigInteger));
        METHODS.add(toInt("__trunc__", FloatMath::toBigInteger));
        METHODS.add(toInt("__floor__", x -> MathFunctions.toInteger(MathFunctions.floor(x))));
        METHODS.add(toInt("__ceil__", x -> MathFunctions.toInteger(MathFunctions.ceil(x))));
        METHODS.addAll(List.of(ROUND, FLOAT, CONJUGATE, REPR, GETNEWARGS, IS_INTEGER, AS_INTEGER_RATIO, HEX));
    }

    static void install(Space s) {
        NumberMethods.install(s, s.floatType, METHODS);
        Builtins.classMethod(s, s.floatType, FROMHEX);
        Builtins.classMethod(s, s.floatType, GETFORMAT);
        NumberMethods.attribute(s, s.floatType, REAL);
        NumberMethods.attribute(s, s.floatType, IMAG);
    }
}
