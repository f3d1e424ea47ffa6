package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.support.FloatMath;
import dev.pyxis.python.support.FloatSum;
import dev.pyxis.python.support.MathFunctions;
import dev.pyxis.python.support.PyFailure;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The math module: the functions of {@link MathFunctions} with CPython's argument conversion
 * (floats through __float__ or __index__, integers through __index__), floor/ceil/trunc
 * returning ints and honouring __floor__/__ceil__/__trunc__, logarithms of ints of any size.
 */
final class MathModule {
    private MathModule() {}

    private static final List<Builtin> FUNCTIONS = new ArrayList<>();

    private static double arg(Space s, Builtin.Args a, int i) {
        return NumberMethods.asDouble(s, a.slot(i), null);
    }

    private static BigInteger intArg(Space s, int slot) {
        return s.bigValue(BuiltinFunctions.index(s, slot));
    }

    /** Runs a support computation, turning its failures into Python exceptions. */
    private static <T> T checked(Space s, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (PyFailure failure) {
            throw Errors.fromFailure(s, failure);
        }
    }

    private static void unary(String name, DoubleUnaryOperator f) {
        FUNCTIONS.add(Builtin.method(null, Signature.parse("math." + name + "(x, /)").withStyle(Signature.Style.ONE_ARG), (s, a) -> {
            double x = arg(s, a, 0);
            return s.newFloat(checked(s, () -> f.applyAsDouble(x)));
        }));
    }

    private static void binary(String name, DoubleBinaryOperator f) {
        FUNCTIONS.add(Builtin.function("math." + name + "(x, y, /)", (s, a) -> {
            double x = arg(s, a, 0);
            double y = arg(s, a, 1);
            return s.newFloat(checked(s, () -> f.applyAsDouble(x, y)));
        }));
    }

    private static void predicate(String name, java.util.function.DoublePredicate f) {
        FUNCTIONS.add(Builtin.method(null, Signature.parse("math." + name + "(x, /)").withStyle(Signature.Style.ONE_ARG),
                (s, a) -> Py.bool(f.test(arg(s, a, 0)))));
    }

    private static void function(String signature, Builtin.Body body) {
        FUNCTIONS.add(Builtin.function("math." + signature, body));
    }

    private static void oneArg(String name, Builtin.Body body) {
        FUNCTIONS.add(Builtin.method(null, Signature.parse("math." + name + "(x, /)").withStyle(Signature.Style.ONE_ARG), body));
    }

    /** log, log2, log10 of an argument: ints of any size exactly, everything else as a float. */
    private static double log(Space s, int slot, int base) {
        long w = s.ts.get(slot);
        if (s.isInt(w)) {
            BigInteger n = s.bigValue(w);
            return checked(s, () -> switch (base) {
                case 0 -> MathFunctions.log(n);
                case 2 -> MathFunctions.log2(n);
                default -> MathFunctions.log10(n);
            });
        }
        double x = NumberMethods.asDouble(s, slot, null);
        return checked(s, () -> switch (base) {
            case 0 -> MathFunctions.log(x);
            case 2 -> MathFunctions.log2(x);
            default -> MathFunctions.log10(x);
        });
    }

    /** floor and ceil: floats directly, else the type's __floor__/__ceil__, else through float. */
    private static long rounding(Space s, int slot, String special, boolean floor) {
        long w = s.ts.get(slot);
        PyType t = s.typeOf(w);
        if (!t.heapType && t == s.floatType) {
            double x = s.floatValue(w);
            return s.newInt(checked(s, () -> MathFunctions.toInteger(floor ? MathFunctions.floor(x) : MathFunctions.ceil(x))));
        }
        long m = Ops.userSpecial(s, w, special);
        if (m != 0) {
            return Ops.callSpecial(s, m, slot);
        }
        if (s.isInt(w)) {
            return NumberMethods.exactInt(s.unwrap(w));
        }
        double x = NumberMethods.asDouble(s, slot, null);
        return s.newInt(checked(s, () -> MathFunctions.toInteger(floor ? MathFunctions.floor(x) : MathFunctions.ceil(x))));
    }

    /** The float items of an iterable, converted one by one. */
    private static double[] doubles(Space s, int slot) {
        int base = s.ts.top();
        try {
            int n = Iteration.pushAll(s, slot);
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = NumberMethods.asDouble(s, base + i, null);
            }
            return out;
        } finally {
            s.ts.truncate(base);
        }
    }

    /** A tuple of a float and another word, rooting the first across the second's allocation. */
    private static long floatPair(Space s, double first, long secondSmallOrImmediate) {
        return Tuples.pair(s, s.newFloat(first), secondSmallOrImmediate);
    }

    static {
        unary("acos", MathFunctions::acos);
        unary("acosh", MathFunctions::acosh);
        unary("asin", MathFunctions::asin);
        unary("asinh", MathFunctions::asinh);
        unary("atan", MathFunctions::atan);
        unary("atanh", MathFunctions::atanh);
        unary("cbrt", MathFunctions::cbrt);
        unary("cos", MathFunctions::cos);
        unary("cosh", MathFunctions::cosh);
        unary("degrees", MathFunctions::degrees);
        unary("erf", MathFunctions::erf);
        unary("erfc", MathFunctions::erfc);
        unary("exp", MathFunctions::exp);
        unary("exp2", MathFunctions::exp2);
        unary("expm1", MathFunctions::expm1);
        unary("fabs", MathFunctions::fabs);
        unary("gamma", MathFunctions::gamma);
        unary("lgamma", MathFunctions::lgamma);
        unary("log1p", MathFunctions::log1p);
        unary("radians", MathFunctions::radians);
        unary("sin", MathFunctions::sin);
        unary("sinh", MathFunctions::sinh);
        unary("sqrt", MathFunctions::sqrt);
        unary("tan", MathFunctions::tan);
        unary("tanh", MathFunctions::tanh);
        unary("ulp", MathFunctions::ulp);
        binary("atan2", MathFunctions::atan2);
        binary("copysign", MathFunctions::copysign);
        binary("fmod", MathFunctions::fmod);
        binary("remainder", MathFunctions::remainder);
        binary("pow", MathFunctions::pow);
        binary("nextafter", MathFunctions::nextafter);
        predicate("isfinite", MathFunctions::isfinite);
        predicate("isinf", MathFunctions::isinf);
        predicate("isnan", MathFunctions::isnan);

        function("log(*args)", (s, a) -> {
            long args = a.get(0);
            long n = Space.length(args);
            if (n < 1 || n > 2) {
                throw Errors.typeError(s, "math.log requires 1 to 2 arguments");
            }
            int base = s.ts.push(Space.item(args, 0));
            if (n == 2) {
                s.ts.push(Space.item(a.get(0), 1));
            }
            try {
                double x = log(s, base, 0);
                if (n == 1) {
                    return s.newFloat(x);
                }
                double b = log(s, base + 1, 0);
                return s.newFloat(checked(s, () -> MathFunctions.logOfBase(x, b)));
            } finally {
                s.ts.truncate(base);
            }
        });
        oneArg("log2", (s, a) -> s.newFloat(log(s, a.slot(0), 2)));
        oneArg("log10", (s, a) -> s.newFloat(log(s, a.slot(0), 10)));

        oneArg("floor", (s, a) -> rounding(s, a.slot(0), "__floor__", true));
        oneArg("ceil", (s, a) -> rounding(s, a.slot(0), "__ceil__", false));
        oneArg("trunc", (s, a) -> {
            long w = a.get(0);
            long m = Ops.userSpecial(s, w, "__trunc__");
            if (m != 0) {
                return Ops.callSpecial(s, m, a.slot(0));
            }
            if (s.isInt(w)) {
                return NumberMethods.exactInt(s.unwrap(w));
            }
            if (s.typeOf(w).isSubtypeOf(s.floatType)) {
                double x = s.floatValue(w);
                return s.newInt(checked(s, () -> FloatMath.toBigInteger(x)));
            }
            throw Errors.typeError(s, "type " + s.typeOf(w).name + " doesn't define __trunc__ method");
        });
        oneArg("frexp", (s, a) -> {
            double x = arg(s, a, 0);
            return floatPair(s, MathFunctions.frexpMantissa(x), Py.smallInt(MathFunctions.frexpExponent(x)));
        });
        oneArg("modf", (s, a) -> {
            double x = arg(s, a, 0);
            double whole = MathFunctions.modfInteger(x);
            return NumberMethods.pairOf(s, s.newFloat(MathFunctions.modfFraction(x)), () -> s.newFloat(whole));
        });
        function("ldexp(x, i, /)", (s, a) -> {
            double x = arg(s, a, 0);
            if (!s.isInt(a.get(1))) {
                throw Errors.typeError(s, "Expected an int as second argument to ldexp.");
            }
            BigInteger i = s.bigValue(a.get(1));
            return s.newFloat(checked(s, () -> MathFunctions.ldexp(x, i)));
        });
        function("isclose(a, b, *, rel_tol=?, abs_tol=?)", (s, a) -> {
            double x = arg(s, a, 0);
            double y = arg(s, a, 1);
            double rel = a.given(2) ? arg(s, a, 2) : 1e-09;
            double abs = a.given(3) ? arg(s, a, 3) : 0.0;
            return Py.bool(checked(s, () -> MathFunctions.isclose(x, y, rel, abs)));
        });
        function("fsum(seq, /)", (s, a) -> {
            FloatSum sum = new FloatSum();
            int it = s.ts.push(Ops.iter(s, a.slot(0)));
            try {
                while (true) {
                    long v = Ops.next(s, it);
                    if (v == 0) {
                        break;
                    }
                    int item = s.ts.push(v);
                    double x = NumberMethods.asDouble(s, item, null);
                    s.ts.truncate(item);
                    checked(s, () -> {
                        sum.add(x);
                        return null;
                    });
                }
                return s.newFloat(checked(s, sum::sum));
            } finally {
                s.ts.truncate(it);
            }
        });
        function("hypot(*coordinates)", (s, a) -> {
            double[] xs = doubles(s, a.slot(0));
            return s.newFloat(MathFunctions.hypot(xs));
        });
        function("dist(p, q, /)", (s, a) -> {
            double[] p = doubles(s, a.slot(0));
            double[] q = doubles(s, a.slot(1));
            return s.newFloat(checked(s, () -> MathFunctions.dist(p, q)));
        });
        function("prod(iterable, /, *, start=1)", (s, a) -> {
            int acc = s.ts.push(a.get(1));
            int it = s.ts.push(Ops.iter(s, a.slot(0)));
            int item = s.ts.push(0);
            try {
                while (true) {
                    long v = Ops.next(s, it);
                    if (v == 0) {
                        return s.ts.get(acc);
                    }
                    s.ts.set(item, v);
                    s.ts.set(acc, Ops.binary(s, BinaryOp.MULTIPLY, acc, item));
                }
            } finally {
                s.ts.truncate(acc);
            }
        });

        oneArg("factorial", (s, a) -> {
            BigInteger n = intArg(s, a.slot(0));
            return s.newInt(checked(s, () -> MathFunctions.factorial(n)));
        });
        oneArg("isqrt", (s, a) -> {
            BigInteger n = intArg(s, a.slot(0));
            return s.newInt(checked(s, () -> MathFunctions.isqrt(n)));
        });
        function("gcd(*integers)", (s, a) -> s.newInt(MathFunctions.gcd(ints(s, a.slot(0)))));
        function("lcm(*integers)", (s, a) -> s.newInt(MathFunctions.lcm(ints(s, a.slot(0)))));
        function("comb(n, k, /)", (s, a) -> {
            BigInteger n = intArg(s, a.slot(0));
            BigInteger k = intArg(s, a.slot(1));
            return s.newInt(checked(s, () -> MathFunctions.comb(n, k)));
        });
        function("perm(n, k=None, /)", (s, a) -> {
            BigInteger n = intArg(s, a.slot(0));
            if (a.get(1) == Py.NONE) {
                return s.newInt(checked(s, () -> MathFunctions.factorial(n)));
            }
            BigInteger k = intArg(s, a.slot(1));
            return s.newInt(checked(s, () -> MathFunctions.perm(n, k)));
        });
    }

    /** The int values of the items of a tuple of arguments, each through __index__. */
    private static BigInteger[] ints(Space s, int tupleSlot) {
        int n = (int) Space.length(s.ts.get(tupleSlot));
        BigInteger[] out = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            int item = s.ts.push(Space.item(s.ts.get(tupleSlot), i));
            try {
                out[i] = intArg(s, item);
            } finally {
                s.ts.truncate(item);
            }
        }
        return out;
    }

    /** Creates the module object (on first import). */
    static long create(Space s) {
        int m = s.ts.push(Modules.create(s, "math"));
        int d = s.ts.push(Modules.dict(s.ts.get(m)));
        try {
            for (Builtin b : FUNCTIONS) {
                Dicts.putStr(s, d, b.name(), Methods.builtin(s, b));
            }
            Dicts.putStr(s, d, "pi", s.newFloat(MathFunctions.PI));
            Dicts.putStr(s, d, "e", s.newFloat(MathFunctions.E));
            Dicts.putStr(s, d, "tau", s.newFloat(MathFunctions.TAU));
            Dicts.putStr(s, d, "inf", s.newFloat(MathFunctions.INF));
            Dicts.putStr(s, d, "nan", s.newFloat(MathFunctions.NAN));
            return s.ts.get(m);
        } finally {
            s.ts.truncate(m);
        }
    }
}
