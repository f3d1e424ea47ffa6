package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.support.ComplexMath;
import dev.pyxis.python.support.FloatMath;
import dev.pyxis.python.support.IntMath;
import dev.pyxis.python.support.MathFunctions;
import dev.pyxis.python.support.PyFailure;
import java.math.BigInteger;

/**
 * The arithmetic core of the builtin numbers (bool, int, float, complex): binary operators,
 * divmod, three-argument pow, unary operators and comparisons, with Python 3.11's results and
 * error messages. Operands are builtin values (already unwrapped from subclass instances) passed
 * as words; each method reads everything it needs before it allocates its result, so no word is
 * held across an allocation. Small ints take an allocation-free path.
 *
 * <p>Methods return {@link Py#NOT_IMPLEMENTED} (or null for comparisons) for operands they do
 * not handle, so the caller goes on with the general protocol.
 */
final class Numbers {
    private Numbers() {}

    /** Kinds of numbers, ordered so that a mixed operation happens in the larger kind. */
    static final int NOT_NUMBER = 0, INT = 1, FLOAT = 2, COMPLEX = 3;

    private static final long TWO_53 = 1L << 53;
    /** CPython's largest int size in 30-bit digits: (ssize_t max - header) / digit size. */
    private static final BigInteger MAX_LONG_DIGITS = BigInteger.valueOf((Long.MAX_VALUE - 24) / 4);
    private static final BigInteger THIRTY = BigInteger.valueOf(30);

    /** The kind of a builtin value (bool counts as INT). */
    static int kind(Space s, long w) {
        if (!Py.isObject(w)) {
            return Py.isSmallInt(w) || w == Py.TRUE || w == Py.FALSE ? INT : NOT_NUMBER;
        }
        PyType t = s.typeOf(w);
        if (t == s.intType) {
            return INT;
        }
        if (t == s.floatType) {
            return FLOAT;
        }
        return t == s.complexType ? COMPLEX : NOT_NUMBER;
    }

    // ---------------------------------------------------------------- conversions

    /** float(i) of an int, or the value of a float; OverflowError for ints beyond the float range. */
    static double toDouble(Space s, long w) {
        if (!Py.isObject(w)) {
            return Space.smallOrBool(w);
        }
        if (s.typeOf(w) == s.floatType) {
            return s.floatValue(w);
        }
        double d = s.bigValue(w).doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflow(s, "int too large to convert to float");
        }
        return d;
    }

    private static double real(Space s, long w, int kind) {
        return kind == COMPLEX ? s.complexReal(w) : toDouble(s, w);
    }

    private static double imag(Space s, long w, int kind) {
        return kind == COMPLEX ? s.complexImag(w) : 0.0;
    }

    // ---------------------------------------------------------------- binary operators

    /** {@code a op b} for two builtin numbers; NotImplemented if either is not one. */
    static long binary(Space s, BinaryOp op, long a, long b) {
        op = op.base();
        if ((a == Py.TRUE || a == Py.FALSE) && (b == Py.TRUE || b == Py.FALSE) && (op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.XOR)) {
            boolean x = a == Py.TRUE, y = b == Py.TRUE;
            return Py.bool(op == BinaryOp.AND ? x & y : op == BinaryOp.OR ? x | y : x ^ y);
        }
        if (Py.isSmallInt(a) && Py.isSmallInt(b)) {
            long r = smallBinary(s, op, Py.smallValue(a), Py.smallValue(b));
            if (r != 0) {
                return r;
            }
        }
        int ka = kind(s, a), kb = kind(s, b);
        if (ka == NOT_NUMBER || kb == NOT_NUMBER) {
            return Py.NOT_IMPLEMENTED;
        }
        try {
            return switch (Math.max(ka, kb)) {
                case INT -> intBinary(s, op, a, b);
                case FLOAT -> isFloatOp(op) ? floatBinary(s, op, toDouble(s, a), toDouble(s, b)) : Py.NOT_IMPLEMENTED;
                default -> complexBinary(s, op, a, ka, b, kb);
            };
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    }

    private static boolean isFloatOp(BinaryOp op) {
        return switch (op) {
            case ADD, SUBTRACT, MULTIPLY, TRUE_DIVIDE, FLOOR_DIVIDE, REMAINDER, POWER -> true;
            default -> false;
        };
    }

    /**
     * Arithmetic on two 63-bit values; 0 (never a valid result word) when the result needs the
     * big-int path. Division results are floats (allocated) as the operator requires.
     */
    static long smallBinary(Space s, BinaryOp op, long x, long y) {
        long r;
        switch (op) {
            case ADD -> r = x + y;
            case SUBTRACT -> r = x - y;
            case MULTIPLY -> {
                long hi = Math.multiplyHigh(x, y);
                r = x * y;
                if ((hi != 0 || r < 0) && (hi != -1 || r >= 0)) {
                    return 0;
                }
            }
            case TRUE_DIVIDE -> {
                if (y == 0) {
                    throw Errors.zeroDivision(s, "division by zero");
                }
                return s.newFloat(IntMath.trueDivide(x, y));
            }
            case FLOOR_DIVIDE -> {
                if (y == 0) {
                    throw Errors.zeroDivision(s, "integer division or modulo by zero");
                }
                r = Math.floorDiv(x, y);
            }
            case REMAINDER -> {
                if (y == 0) {
                    throw Errors.zeroDivision(s, "integer modulo by zero");
                }
                r = Math.floorMod(x, y);
            }
            case POWER -> {
                if (y < 0) {
                    return floatPower(s, x, y);
                }
                r = smallPower(x, y);
                if (r == 0 && x != 0) {
                    return 0;
                }
            }
            case LSHIFT -> {
                if (y < 0) {
                    throw Errors.valueError(s, "negative shift count");
                }
                if (x == 0) {
                    return Py.smallInt(0);
                }
                if (y >= 63) {
                    return 0;
                }
                r = x << y;
                if (r >> y != x) {
                    return 0;
                }
            }
            case RSHIFT -> {
                if (y < 0) {
                    throw Errors.valueError(s, "negative shift count");
                }
                r = x >> Math.min(y, 63);
            }
            case AND -> r = x & y;
            case OR -> r = x | y;
            case XOR -> r = x ^ y;
            default -> {
                return 0;
            }
        }
        return Py.fitsSmall(r) ? Py.smallInt(r) : 0;
    }

    /** x ** y for y &gt;= 0 by squaring; 0 when an intermediate leaves the long range (0 ** y is handled by the caller). */
    private static long smallPower(long x, long y) {
        if (x == 0) {
            return y == 0 ? 1 : 0;
        }
        if (x == 1) {
            return 1;
        }
        if (x == -1) {
            return (y & 1) == 0 ? 1 : -1;
        }
        if (y >= 63) {
            return 0;
        }
        long result = 1, base = x;
        try {
            while (true) {
                if ((y & 1) != 0) {
                    result = Math.multiplyExact(result, base);
                }
                y >>= 1;
                if (y == 0) {
                    return result;
                }
                base = Math.multiplyExact(base, base);
            }
        } catch (ArithmeticException overflow) {
            return 0;
        }
    }

    private static long intBinary(Space s, BinaryOp op, long a, long b) {
        if (!Py.isObject(a) && !Py.isObject(b)) {
            if (Py.isImmediate(a) && Py.isImmediate(b) && (op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.XOR)) {
                boolean x = a == Py.TRUE, y = b == Py.TRUE;
                return Py.bool(op == BinaryOp.AND ? x & y : op == BinaryOp.OR ? x | y : x ^ y);
            }
            long r = smallBinary(s, op, Space.smallOrBool(a), Space.smallOrBool(b));
            if (r != 0) {
                return r;
            }
        }
        return bigBinary(s, op, s.bigValue(a), s.bigValue(b));
    }

    private static long bigBinary(Space s, BinaryOp op, BigInteger x, BigInteger y) {
        return switch (op) {
            case ADD -> s.newInt(x.add(y));
            case SUBTRACT -> s.newInt(x.subtract(y));
            case MULTIPLY -> s.newInt(x.multiply(y));
            case FLOOR_DIVIDE -> s.newInt(IntMath.floorDiv(x, y));
            case REMAINDER -> s.newInt(IntMath.mod(x, y));
            case TRUE_DIVIDE -> s.newFloat(IntMath.trueDivide(x, y));
            case POWER -> {
                if (y.signum() < 0) {
                    yield floatBinary(s, BinaryOp.POWER, IntMath.toDouble(x), IntMath.toDouble(y));
                }
                // Exponents beyond a long only succeed for bases 0, 1 and -1: keep the parity.
                long e = y.bitLength() < 64 ? y.longValue() : (y.testBit(0) ? Long.MAX_VALUE : Long.MAX_VALUE - 1);
                yield s.newInt(IntMath.pow(x, e));
            }
            case LSHIFT -> {
                if (x.signum() != 0 && y.bitLength() > 60) {
                    // CPython sizes the result in 30-bit digits first; a size beyond its maximum is
                    // this error (a smaller but still impossible one is a MemoryError).
                    BigInteger[] qr = y.divideAndRemainder(THIRTY);
                    long digits = (x.abs().bitLength() + 29) / 30 + (qr[1].signum() != 0 ? 1 : 0);
                    if (qr[0].add(BigInteger.valueOf(digits)).compareTo(MAX_LONG_DIGITS) > 0) {
                        throw Errors.overflow(s, "too many digits in integer");
                    }
                }
                yield s.newInt(IntMath.shiftLeft(x, clampShift(y)));
            }
            case RSHIFT -> s.newInt(IntMath.shiftRight(x, clampShift(y)));
            case AND -> s.newInt(x.and(y));
            case OR -> s.newInt(x.or(y));
            case XOR -> s.newInt(x.xor(y));
            default -> Py.NOT_IMPLEMENTED;
        };
    }

    private static long clampShift(BigInteger y) {
        return y.bitLength() < 63 ? y.longValue() : (y.signum() < 0 ? -1 : Long.MAX_VALUE);
    }

    private static long floatPower(Space s, long x, long y) {
        try {
            return floatBinary(s, BinaryOp.POWER, x, y);
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    }

    static long floatBinary(Space s, BinaryOp op, double x, double y) {
        return switch (op) {
            case ADD -> s.newFloat(x + y);
            case SUBTRACT -> s.newFloat(x - y);
            case MULTIPLY -> s.newFloat(x * y);
            case TRUE_DIVIDE -> s.newFloat(FloatMath.trueDivide(x, y));
            case FLOOR_DIVIDE -> s.newFloat(FloatMath.floorDiv(x, y));
            case REMAINDER -> s.newFloat(FloatMath.mod(x, y));
            case POWER -> {
                if (MathFunctions.isComplexPower(x, y)) {
                    // A negative base to a fractional power: Python 3 gives the complex result.
                    double[] c = ComplexMath.pow(x, 0.0, y, 0.0);
                    yield s.newComplex(c[0], c[1]);
                }
                yield s.newFloat(MathFunctions.floatPower(x, y));
            }
            default -> Py.NOT_IMPLEMENTED;
        };
    }

    private static long complexBinary(Space s, BinaryOp op, long a, int ka, long b, int kb) {
        if (op != BinaryOp.ADD && op != BinaryOp.SUBTRACT && op != BinaryOp.MULTIPLY
                && op != BinaryOp.TRUE_DIVIDE && op != BinaryOp.POWER) {
            return Py.NOT_IMPLEMENTED;
        }
        double ar = real(s, a, ka), ai = imag(s, a, ka), br = real(s, b, kb), bi = imag(s, b, kb);
        return switch (op) {
            case ADD -> s.newComplex(ar + br, ai + bi);
            case SUBTRACT -> s.newComplex(ar - br, ai - bi);
            case MULTIPLY -> {
                double[] r = ComplexMath.multiply(ar, ai, br, bi);
                yield s.newComplex(r[0], r[1]);
            }
            case TRUE_DIVIDE -> {
                double[] r = ComplexMath.divide(ar, ai, br, bi);
                yield s.newComplex(r[0], r[1]);
            }
            default -> {
                double[] r = ComplexMath.pow(ar, ai, br, bi);
                yield s.newComplex(r[0], r[1]);
            }
        };
    }

    // ---------------------------------------------------------------- divmod and pow(a, b, m)

    /** {@code divmod(a, b)} for two builtin numbers; NotImplemented if unsupported (complex included). */
    static long divmod(Space s, long a, long b) {
        int ka = kind(s, a), kb = kind(s, b);
        if (ka == NOT_NUMBER || kb == NOT_NUMBER || ka == COMPLEX || kb == COMPLEX) {
            return Py.NOT_IMPLEMENTED;
        }
        try {
            if (ka == INT && kb == INT) {
                if (!Py.isObject(a) && !Py.isObject(b)) {
                    long x = Space.smallOrBool(a), y = Space.smallOrBool(b);
                    if (y == 0) {
                        throw Errors.zeroDivision(s, "integer division or modulo by zero");
                    }
                    long q = Math.floorDiv(x, y);
                    if (Py.fitsSmall(q)) {
                        return Tuples.pair(s, Py.smallInt(q), Py.smallInt(Math.floorMod(x, y)));
                    }
                }
                BigInteger[] qr = IntMath.divmod(s.bigValue(a), s.bigValue(b));
                int q = s.ts.push(s.newInt(qr[0]));
                s.ts.push(s.newInt(qr[1]));
                try {
                    return s.newTupleFromRoots(q, 2);
                } finally {
                    s.ts.truncate(q);
                }
            }
            double[] qr = FloatMath.divmod(toDouble(s, a), toDouble(s, b));
            int q = s.ts.push(s.newFloat(qr[0]));
            try {
                long r = s.newFloat(qr[1]);
                return Tuples.pair(s, s.ts.get(q), r);
            } finally {
                s.ts.truncate(q);
            }
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    }

    /**
     * {@code pow(a, b, m)} for builtin values: ints only (ValueError "complex modulo" for a
     * complex, TypeError for other numbers); NotImplemented when an operand is no number.
     */
    static long power(Space s, long a, long b, long m) {
        int ka = kind(s, a), kb = kind(s, b), km = kind(s, m);
        if (ka == NOT_NUMBER || kb == NOT_NUMBER || km == NOT_NUMBER) {
            return Py.NOT_IMPLEMENTED;
        }
        if (ka == COMPLEX || kb == COMPLEX) {
            throw Errors.valueError(s, "complex modulo");
        }
        if (ka != INT || kb != INT || km != INT) {
            throw Errors.typeError(s, "pow() 3rd argument not allowed unless all arguments are integers");
        }
        try {
            return s.newInt(IntMath.modPow(s.bigValue(a), s.bigValue(b), s.bigValue(m)));
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    }

    // ---------------------------------------------------------------- unary operators

    /** {@code -v}, {@code +v}, {@code ~v} or {@code abs(v)} of a builtin number; 0 if unsupported. */
    static long unary(Space s, String method, long v) {
        int k = kind(s, v);
        if (k == INT) {
            if (!Py.isObject(v)) {
                long x = Space.smallOrBool(v);
                return switch (method) {
                    case "__neg__" -> s.newInt(-x);
                    case "__pos__" -> Py.smallInt(x);
                    case "__invert__" -> Py.smallInt(~x);
                    case "__abs__" -> s.newInt(Math.abs(x));
                    default -> 0;
                };
            }
            BigInteger x = s.bigValue(v);
            return switch (method) {
                case "__neg__" -> s.newInt(x.negate());
                case "__pos__" -> v;
                case "__invert__" -> s.newInt(x.not());
                case "__abs__" -> x.signum() < 0 ? s.newInt(x.negate()) : v;
                default -> 0;
            };
        }
        if (k == FLOAT) {
            double d = s.floatValue(v);
            return switch (method) {
                case "__neg__" -> s.newFloat(-d);
                case "__pos__" -> v;
                case "__abs__" -> s.newFloat(Math.abs(d));
                default -> 0;
            };
        }
        if (k == COMPLEX) {
            double re = s.complexReal(v), im = s.complexImag(v);
            return switch (method) {
                case "__neg__" -> s.newComplex(-re, -im);
                case "__pos__" -> v;
                case "__abs__" -> {
                    try {
                        yield s.newFloat(ComplexMath.abs(re, im));
                    } catch (PyFailure f) {
                        throw Errors.fromFailure(s, f);
                    }
                }
                default -> 0;
            };
        }
        return 0;
    }

    // ---------------------------------------------------------------- comparisons

    /**
     * {@code a op b} for two builtin numbers, exact across int and float (no rounding of big
     * ints); complex numbers compare for equality only. Null when Python would try other
     * methods (a non-number, or an ordering with a complex).
     */
    static Boolean compare(Space s, CompareOp op, long a, long b) {
        if (Py.isSmallInt(a) && Py.isSmallInt(b)) {
            return Compare.result(op, Long.compare(a, b));
        }
        int ka = kind(s, a), kb = kind(s, b);
        if (ka == NOT_NUMBER || kb == NOT_NUMBER) {
            return null;
        }
        if (ka == COMPLEX || kb == COMPLEX) {
            if (op != CompareOp.EQ && op != CompareOp.NE) {
                return null;
            }
            return complexEquals(s, a, ka, b, kb) == (op == CompareOp.EQ);
        }
        int c;
        if (ka == INT && kb == INT) {
            c = compareInts(s, a, b);
        } else if (ka == FLOAT && kb == FLOAT) {
            double x = s.floatValue(a), y = s.floatValue(b);
            if (x != x || y != y) {
                return op == CompareOp.NE;
            }
            c = x < y ? -1 : x > y ? 1 : 0;
        } else if (ka == INT) {
            double y = s.floatValue(b);
            if (y != y) {
                return op == CompareOp.NE;
            }
            c = compareIntFloat(s, a, y);
        } else {
            double x = s.floatValue(a);
            if (x != x) {
                return op == CompareOp.NE;
            }
            c = -compareIntFloat(s, b, x);
        }
        return Compare.result(op, c);
    }

    private static int compareInts(Space s, long a, long b) {
        if (!Py.isObject(a) && !Py.isObject(b)) {
            return Long.compare(Space.smallOrBool(a), Space.smallOrBool(b));
        }
        return s.bigValue(a).compareTo(s.bigValue(b));
    }

    /** The sign of {@code i - f} computed exactly, for an int word and a non-NaN double. */
    static int compareIntFloat(Space s, long i, double f) {
        if (Double.isInfinite(f)) {
            return f > 0 ? -1 : 1;
        }
        if (!Py.isObject(i)) {
            long v = Space.smallOrBool(i);
            if (-TWO_53 <= v && v <= TWO_53) {
                double d = v;
                return d < f ? -1 : d > f ? 1 : 0;
            }
            double floor = Math.floor(f);
            if (floor >= 0x1p63) {
                return -1;
            }
            if (floor < -0x1p63) {
                return 1;
            }
            long lf = (long) floor;
            return v != lf ? Long.compare(v, lf) : (f > floor ? -1 : 0);
        }
        double floor = Math.floor(f);
        int c = s.bigValue(i).compareTo(MathFunctions.toInteger(floor));
        return c != 0 ? c : (f > floor ? -1 : 0);
    }

    private static boolean complexEquals(Space s, long a, int ka, long b, int kb) {
        if (ka == INT || kb == INT) {
            long i = ka == INT ? a : b, c = ka == INT ? b : a;
            int kc = ka == INT ? kb : ka;
            double re = real(s, c, kc);
            return imag(s, c, kc) == 0.0 && re == re && compareIntFloat(s, i, re) == 0;
        }
        return real(s, a, ka) == real(s, b, kb) && imag(s, a, ka) == imag(s, b, kb);
    }
}
