package dev.pyxis.python3.compiler;

import dev.pyxis.python.bytecode.Constant;
import dev.pyxis.python3.ast.BytesConstant;
import dev.pyxis.python3.ast.Expr;
import dev.pyxis.python3.ast.ExprContext;
import dev.pyxis.python3.ast.ImaginaryConstant;
import dev.pyxis.python3.ast.Singleton;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compile-time evaluation of constant expressions where CPython 3.11's AST optimizer does it:
 * literals, {@code __debug__}, unary operators on constants, binary operators on constants
 * within CPython's size limits (ints of at most 128 bits from *, ** and &lt;&lt;, sequences of at most
 * 256 items or 4096 characters from *), and tuples of constants. Results are bytecode
 * {@link Constant} values; {@link #NOT_CONSTANT} when the expression is not folded. Folding that
 * would raise (division by zero, ...) is left to run time, as CPython does.
 */
final class ConstantFolder {
    static final Object NOT_CONSTANT = new Object();
    private static final int MAX_INT_BITS = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final Map<Expr, Object> memo = new IdentityHashMap<>();
    private final boolean debug;

    ConstantFolder(boolean debug) {
        this.debug = debug;
    }

    /** The folded value of an expression, or {@link #NOT_CONSTANT}. */
    Object fold(Expr e) {
        Object v = memo.get(e);
        if (v == null) {
            v = compute(e);
            memo.put(e, v);
        }
        return v;
    }

    boolean isConstant(Expr e) {
        return fold(e) != NOT_CONSTANT;
    }

    /** The bytecode constant for an AST constant value. */
    static Object literal(Object v) {
        return switch (v) {
            case BigInteger b -> normalize(b);
            case ImaginaryConstant i -> new Constant.Complex(0.0, i.imag());
            case BytesConstant b -> new Constant.Bytes(b.bytes());
            case Singleton s -> s == Singleton.NONE ? Constant.Singleton.NONE : Constant.Singleton.ELLIPSIS;
            default -> v;
        };
    }

    static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private Object compute(Expr e) {
        switch (e) {
            case Expr.Constant c -> {
                return literal(c.value());
            }
            case Expr.Name n -> {
                return n.ctx() == ExprContext.Load && n.id().equals("__debug__") ? (Object) debug : NOT_CONSTANT;
            }
            case Expr.Tuple t -> {
                if (t.ctx() != ExprContext.Load) {
                    return NOT_CONSTANT;
                }
                List<Object> items = new ArrayList<>(t.elts().size());
                for (Expr x : t.elts()) {
                    Object v = fold(x);
                    if (v == NOT_CONSTANT) {
                        return NOT_CONSTANT;
                    }
                    items.add(v);
                }
                return new Constant.Tuple(items);
            }
            case Expr.UnaryOp u -> {
                Object v = fold(u.operand());
                if (v == NOT_CONSTANT) {
                    return NOT_CONSTANT;
                }
                return switch (u.op()) {
                    case Not -> truth(v) == null ? NOT_CONSTANT : (Object) !truth(v);
                    case USub -> negate(v);
                    case UAdd -> v instanceof Boolean b ? (Object) (b ? 1L : 0L) : isNumber(v) ? v : NOT_CONSTANT;
                    case Invert -> {
                        BigInteger i = asInt(v);
                        yield i == null ? NOT_CONSTANT : normalize(i.not());
                    }
                };
            }
            case Expr.BinOp b -> {
                Object l = fold(b.left());
                if (l == NOT_CONSTANT) {
                    return NOT_CONSTANT;
                }
                Object r = fold(b.right());
                if (r == NOT_CONSTANT) {
                    return NOT_CONSTANT;
                }
                Object v = binary(b.op(), l, r);
                return v == null ? NOT_CONSTANT : v;
            }
            default -> {
                return NOT_CONSTANT;
            }
        }
    }

    /** The truth value of a constant, or null if unknown. */
    static Boolean truth(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case Constant.Complex c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case Constant.Bytes b -> b.value().length != 0;
            case Constant.Tuple t -> !t.items().isEmpty();
            case Constant.FrozenSet f -> !f.items().isEmpty();
            case Constant.Singleton s -> s != Constant.Singleton.NONE;
            default -> null;
        };
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Constant.Complex;
    }

    private static BigInteger asInt(Object v) {
        return switch (v) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            default -> null;
        };
    }

    private static Object negate(Object v) {
        BigInteger i = asInt(v);
        if (i != null) {
            return normalize(i.negate());
        }
        if (v instanceof Double d) {
            return -d;
        }
        if (v instanceof Constant.Complex c) {
            return new Constant.Complex(-c.real(), -c.imag());
        }
        return NOT_CONSTANT;
    }

    private static Double asFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger i = asInt(v);
        if (i == null) {
            return null;
        }
        double d = i.doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    /** A folded binary operation or null when CPython would not fold it (or it would raise). */
    private static Object binary(dev.pyxis.python3.ast.Operator op, Object l, Object r) {
        if (l instanceof Boolean x && r instanceof Boolean y) {
            switch (op) {
                case BitAnd -> { return x & y; }
                case BitOr -> { return x | y; }
                case BitXor -> { return x ^ y; }
                default -> { }
            }
        }
        BigInteger a = asInt(l);
        BigInteger b = asInt(r);
        if (a != null && b != null) {
            return intOp(op, a, b);
        }
        if ((l instanceof Double || a != null) && (r instanceof Double || b != null)) {
            Double x = asFloat(l);
            Double y = asFloat(r);
            return x == null || y == null ? null : floatOp(op, x, y);
        }
        if (l instanceof Constant.Complex || r instanceof Constant.Complex) {
            return complexOp(op, l, r);
        }
        return sequenceOp(op, l, r);
    }

    private static Object intOp(dev.pyxis.python3.ast.Operator op, BigInteger a, BigInteger b) {
        switch (op) {
            case Add -> { return normalize(a.add(b)); }
            case Sub -> { return normalize(a.subtract(b)); }
            case Mult -> {
                if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_BITS) {
                    return null;
                }
                return normalize(a.multiply(b));
            }
            case FloorDiv, Mod -> {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                BigInteger m = qr[1];
                if (m.signum() != 0 && m.signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                    m = m.add(b);
                }
                return normalize(op == dev.pyxis.python3.ast.Operator.FloorDiv ? q : m);
            }
            case Div -> {
                if (b.signum() == 0 || a.bitLength() > 53 || b.bitLength() > 53) {
                    return null; // only where one IEEE division is the correctly rounded result
                }
                return a.doubleValue() / b.doubleValue();
            }
            case Pow -> {
                if (b.signum() < 0) {
                    if (a.signum() == 0 || a.bitLength() > 53) {
                        return null;
                    }
                    double v = Math.pow(a.doubleValue(), b.doubleValue());
                    return exactPowerOfTwoOrOne(a) ? (Object) v : null;
                }
                if (a.signum() != 0 && b.compareTo(BigInteger.valueOf(MAX_INT_BITS)) > 0) {
                    return a.abs().equals(BigInteger.ONE) ? normalize(a.pow(b.testBit(0) ? 1 : 2)) : null;
                }
                if (a.signum() != 0 && (long) a.bitLength() * b.longValue() > MAX_INT_BITS) {
                    return null;
                }
                return normalize(a.pow(b.intValue()));
            }
            case LShift -> {
                if (b.signum() < 0) {
                    return null;
                }
                if (a.signum() == 0) {
                    return 0L;
                }
                if (b.compareTo(BigInteger.valueOf(MAX_INT_BITS)) > 0 || a.bitLength() + b.intValue() > MAX_INT_BITS) {
                    return null;
                }
                return normalize(a.shiftLeft(b.intValue()));
            }
            case RShift -> {
                if (b.signum() < 0) {
                    return null;
                }
                return normalize(b.bitLength() > 31 ? (a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : a.shiftRight(b.intValue()));
            }
            case BitAnd -> { return normalize(a.and(b)); }
            case BitOr -> { return normalize(a.or(b)); }
            case BitXor -> { return normalize(a.xor(b)); }
            default -> { return null; }
        }
    }

    private static boolean exactPowerOfTwoOrOne(BigInteger a) {
        BigInteger m = a.abs();
        return m.bitCount() == 1;
    }

    private static Object floatOp(dev.pyxis.python3.ast.Operator op, double x, double y) {
        double v;
        switch (op) {
            case Add -> v = x + y;
            case Sub -> v = x - y;
            case Mult -> v = x * y;
            case Div -> {
                if (y == 0.0) {
                    return null;
                }
                v = x / y;
            }
            default -> {
                return null; // //, %, ** and friends: exact float semantics are left to run time
            }
        }
        return Double.isFinite(v) || !(Double.isFinite(x) && Double.isFinite(y)) ? (Object) v : null;
    }

    private static Object complexOp(dev.pyxis.python3.ast.Operator op, Object l, Object r) {
        double[] x = complexParts(l);
        double[] y = complexParts(r);
        if (x == null || y == null) {
            return null;
        }
        return switch (op) {
            case Add -> new Constant.Complex(x[0] + y[0], x[1] + y[1]);
            case Sub -> new Constant.Complex(x[0] - y[0], x[1] - y[1]);
            default -> null;
        };
    }

    private static double[] complexParts(Object v) {
        if (v instanceof Constant.Complex c) {
            return new double[] {c.real(), c.imag()};
        }
        Double d = asFloat(v);
        return d == null ? null : new double[] {d, 0.0};
    }

    private static Object sequenceOp(dev.pyxis.python3.ast.Operator op, Object l, Object r) {
        if (op == dev.pyxis.python3.ast.Operator.Add) {
            if (l instanceof String s && r instanceof String t) {
                return s + t;
            }
            if (l instanceof Constant.Bytes s && r instanceof Constant.Bytes t) {
                byte[] v = new byte[s.value().length + t.value().length];
                System.arraycopy(s.value(), 0, v, 0, s.value().length);
                System.arraycopy(t.value(), 0, v, s.value().length, t.value().length);
                return new Constant.Bytes(v);
            }
            if (l instanceof Constant.Tuple s && r instanceof Constant.Tuple t) {
                List<Object> v = new ArrayList<>(s.items());
                v.addAll(t.items());
                return new Constant.Tuple(v);
            }
            return null;
        }
        if (op == dev.pyxis.python3.ast.Operator.Mult) {
            BigInteger n = asInt(r);
            Object seq = l;
            if (n == null) {
                n = asInt(l);
                seq = r;
            }
            if (n == null) {
                return null;
            }
            int count = n.signum() < 0 ? 0 : n.bitLength() > 31 ? Integer.MAX_VALUE : n.intValue();
            switch (seq) {
                case String s -> {
                    int len = s.codePointCount(0, s.length());
                    if (len != 0 && count > MAX_STR_SIZE / len) {
                        return null;
                    }
                    return s.repeat(len == 0 ? 0 : count);
                }
                case Constant.Bytes s -> {
                    int len = s.value().length;
                    if (len != 0 && count > MAX_STR_SIZE / len) {
                        return null;
                    }
                    byte[] v = new byte[len == 0 ? 0 : len * count];
                    for (int i = 0; i < v.length; i += len) {
                        System.arraycopy(s.value(), 0, v, i, len);
                    }
                    return new Constant.Bytes(v);
                }
                case Constant.Tuple t -> {
                    int len = t.items().size();
                    if (len != 0 && count > MAX_COLLECTION_SIZE / len) {
                        return null;
                    }
                    List<Object> v = new ArrayList<>();
                    for (int i = 0; len != 0 && i < count; i++) {
                        v.addAll(t.items());
                    }
                    return new Constant.Tuple(v);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}
