package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.support.FloatMath;
import dev.pyxis.python.support.IntMath;
import java.math.BigInteger;

/**
 * Arithmetic and comparison of the builtin numbers (bool, int, float): a small-int fast path
 * without allocation, exact big-int arithmetic beyond it, and float arithmetic with Python's
 * rules. Returns {@link Py#NOT_IMPLEMENTED} for operands it does not handle, so the caller can
 * go on to the general protocol.
 */
final class Numbers {
    private Numbers() {}

    private static boolean isIntLike(Space s, long w) {
        return Py.isSmallInt(w) || w == Py.TRUE || w == Py.FALSE
                || (Py.isObject(w) && s.typeOf(w) == s.intType);
    }

    private static boolean isFloat(Space s, long w) {
        return Py.isObject(w) && s.typeOf(w) == s.floatType;
    }

    static long binary(Space s, BinaryOp op, long a, long b) {
        if (Py.isSmallInt(a) && Py.isSmallInt(b)) {
            long r = smallBinary(s, op.base(), Py.smallValue(a), Py.smallValue(b));
            if (r != 0) {
                return r;
            }
        }
        boolean ai = isIntLike(s, a), bi = isIntLike(s, b);
        if (ai && bi) {
            return bigBinary(s, op.base(), s.bigValue(a), s.bigValue(b));
        }
        if ((ai || isFloat(s, a)) && (bi || isFloat(s, b))) {
            return floatBinary(s, op.base(), toDouble(s, a), toDouble(s, b));
        }
        return Py.NOT_IMPLEMENTED;
    }

    static double toDouble(Space s, long w) {
        if (Py.isSmallInt(w) || Py.isImmediate(w)) {
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

    /** Small-int arithmetic; 0 (never a valid result word) when the result needs the slow path. */
    private static long smallBinary(Space s, BinaryOp op, long x, long y) {
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
            case FLOOR_DIVIDE -> {
                if (y == 0) {
                    throw Errors.zeroDivision(s, "integer division or modulo by zero");
                }
                r = Math.floorDiv(x, y);
            }
            case REMAINDER -> {
                if (y == 0) {
                    throw Errors.zeroDivision(s, "integer division or modulo by zero");
                }
                r = Math.floorMod(x, y);
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
                if (y.bitLength() > 31) {
                    if (x.abs().compareTo(BigInteger.ONE) <= 0) {
                        yield s.newInt(x.signum() == 0 ? BigInteger.ZERO : (x.signum() > 0 || !y.testBit(0) ? BigInteger.ONE : x));
                    }
                    throw Errors.raise(s, "MemoryError", "");
                }
                yield s.newInt(IntMath.pow(x, y.intValue()));
            }
            case LSHIFT -> s.newInt(IntMath.shiftLeft(x, y.bitLength() > 62 ? (y.signum() < 0 ? -1 : Long.MAX_VALUE) : y.longValue()));
            case RSHIFT -> s.newInt(IntMath.shiftRight(x, y.bitLength() > 62 ? (y.signum() < 0 ? -1 : Long.MAX_VALUE) : y.longValue()));
            case AND -> s.newInt(x.and(y));
            case OR -> s.newInt(x.or(y));
            case XOR -> s.newInt(x.xor(y));
            default -> Py.NOT_IMPLEMENTED;
        };
    }

    private static long floatBinary(Space s, BinaryOp op, double x, double y) {
        return switch (op) {
            case ADD -> s.newFloat(x + y);
            case SUBTRACT -> s.newFloat(x - y);
            case MULTIPLY -> s.newFloat(x * y);
            case TRUE_DIVIDE -> s.newFloat(FloatMath.trueDivide(x, y));
            case FLOOR_DIVIDE -> s.newFloat(FloatMath.floorDiv(x, y));
            case REMAINDER -> s.newFloat(FloatMath.mod(x, y));
            case POWER -> s.newFloat(Math.pow(x, y));
            default -> Py.NOT_IMPLEMENTED;
        };
    }

    /** Comparison of two builtin numbers; null when either is not one. */
    static Boolean compare(Space s, CompareOp op, long a, long b) {
        int c;
        if (Py.isSmallInt(a) && Py.isSmallInt(b)) {
            c = Long.compare(a, b);
        } else {
            boolean ai = isIntLike(s, a), bi = isIntLike(s, b);
            if (ai && bi) {
                c = s.bigValue(a).compareTo(s.bigValue(b));
            } else if ((ai || isFloat(s, a)) && (bi || isFloat(s, b))) {
                double x = ai ? Double.NaN : s.floatValue(a);
                double y = bi ? Double.NaN : s.floatValue(b);
                if (ai || bi) {
                    // Exact comparison of an int with a float: compare in the exact domain.
                    double f = ai ? y : x;
                    if (Double.isNaN(f)) {
                        return op == CompareOp.NE;
                    }
                    if (Double.isInfinite(f)) {
                        c = ai ? (f > 0 ? -1 : 1) : (f > 0 ? 1 : -1);
                    } else {
                        java.math.BigDecimal fi = new java.math.BigDecimal(f);
                        java.math.BigDecimal iv = new java.math.BigDecimal(s.bigValue(ai ? a : b));
                        c = ai ? iv.compareTo(fi) : fi.compareTo(iv);
                    }
                } else {
                    if (Double.isNaN(x) || Double.isNaN(y)) {
                        return op == CompareOp.NE;
                    }
                    c = Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
                }
            } else {
                return null;
            }
        }
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
