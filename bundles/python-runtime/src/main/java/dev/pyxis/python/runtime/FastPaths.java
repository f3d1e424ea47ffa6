package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CompareOp;

/**
 * The interpreter's shortcuts for the commonest operand types, tried before the full protocol
 * ({@link Ops}): small ints and floats in arithmetic and comparisons, list, tuple and dict
 * subscripts. Each returns 0 when its case does not apply (or needs an error raised); the
 * caller then takes the full protocol, which gives the same result or the error. Exact builtin
 * types only: a subclass may override the operation.
 */
final class FastPaths {
    private FastPaths() {}

    /** {@code a op b} for small ints and floats (a float with a small int too), or 0. */
    static long binary(Space s, int opIndex, long a, long b) {
        BinaryOp op = BinaryOp.of(opIndex).base();
        if (Py.isSmallInt(a)) {
            if (Py.isSmallInt(b)) {
                return Numbers.smallBinary(s, op, Py.smallValue(a), Py.smallValue(b));
            }
            if (s.isExact(b, s.floatType)) {
                return floatBinary(s, op, (double) Py.smallValue(a), floatOf(b));
            }
            return 0;
        }
        if (s.isExact(a, s.floatType)) {
            if (Py.isSmallInt(b)) {
                return floatBinary(s, op, floatOf(a), (double) Py.smallValue(b));
            }
            if (s.isExact(b, s.floatType)) {
                return floatBinary(s, op, floatOf(a), floatOf(b));
            }
        }
        return 0;
    }

    private static long floatBinary(Space s, BinaryOp op, double x, double y) {
        return switch (op) {
            case ADD, SUBTRACT, MULTIPLY, TRUE_DIVIDE -> Numbers.floatBinary(s, op, x, y);
            default -> 0;
        };
    }

    private static double floatOf(long w) {
        return Double.longBitsToDouble(Space.get(w, FLOAT_VALUE));
    }

    /** {@code a op b} as a bool word for two small ints or two floats, or 0. */
    static long compare(Space s, int opIndex, long a, long b) {
        if (Py.isSmallInt(a) && Py.isSmallInt(b)) {
            return Py.bool(Compare.result(CompareOp.of(opIndex), Long.compare(a, b)));
        }
        if (s.isExact(a, s.floatType) && s.isExact(b, s.floatType)) {
            double x = floatOf(a), y = floatOf(b);
            // IEEE comparisons, as Python's: every one with a NaN is false but !=.
            return Py.bool(switch (CompareOp.of(opIndex)) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            });
        }
        return 0;
    }

    /**
     * The next item of a list, tuple or small-int range iterator that has one, or 0 (then the
     * general protocol steps it, and reports the end).
     */
    static long next(Space s, long it) {
        if (!Py.isObject(it)) {
            return 0;
        }
        int shape = Space.shapeId(it);
        long target = Space.get(it, F1);
        if (target == 0) {
            return 0;
        }
        long i = Py.smallValue(Space.get(it, F2));
        long v;
        if (shape == s.listIteratorType.rootShape.id) {
            if (i >= Lists.size(target)) {
                return 0;
            }
            v = Lists.get(target, i);
        } else if (shape == s.tupleIteratorType.rootShape.id) {
            if (i >= Space.length(target)) {
                return 0;
            }
            v = Space.item(target, i);
        } else if (shape == s.rangeIteratorType.rootShape.id) {
            long start = Space.get(target, F1), stop = Space.get(target, F2), step = Space.get(target, F3);
            if (!Py.isSmallInt(start) || !Py.isSmallInt(stop) || !Py.isSmallInt(step)) {
                return 0;
            }
            // Item i exists while it lies before stop (no division for the length); sums too
            // large for a long take the general path.
            long x, d = Py.smallValue(step);
            try {
                x = Math.addExact(Py.smallValue(start), Math.multiplyExact(i, d));
            } catch (ArithmeticException e) {
                return 0;
            }
            long end = Py.smallValue(stop);
            if ((d > 0 ? x >= end : x <= end) || !Py.fitsSmall(x)) {
                return 0;
            }
            v = Py.smallInt(x);
        } else {
            return 0;
        }
        Space.putRaw(it, F2, Py.smallInt(i + 1));
        return v;
    }

    /** {@code c[k]} for a list or tuple and a small int in range, or a dict holding the key; else 0. */
    static long getItem(Space s, long c, long k) {
        if (!Py.isObject(c)) {
            return 0;
        }
        int shape = Space.shapeId(c);
        if (Py.isSmallInt(k)) {
            long i = Py.smallValue(k);
            if (shape == s.listType.rootShape.id) {
                long n = Lists.size(c);
                if (i < 0) {
                    i += n;
                }
                return i >= 0 && i < n ? Lists.get(c, i) : 0;
            }
            if (shape == s.tupleType.rootShape.id) {
                long n = Space.length(c);
                if (i < 0) {
                    i += n;
                }
                return i >= 0 && i < n ? Space.item(c, i) : 0;
            }
        }
        // Only keys whose hash and equality are Java's: a miss repeats the lookup in the full protocol.
        if (shape == s.dictType.rootShape.id && Keys.isSimple(s, k)) {
            return Dicts.get(s, c, k);
        }
        return 0;
    }

    /**
     * {@code k in c} for an exact set, frozenset or dict and a key whose hash and equality are
     * Java's: 1 or 0; -1 when the case does not apply.
     */
    static int contains(Space s, long c, long k) {
        if (!Py.isObject(c) || !Keys.isSimple(s, k)) {
            return -1;
        }
        int shape = Space.shapeId(c);
        if (shape == s.setType.rootShape.id || shape == s.frozensetType.rootShape.id) {
            return Sets.contains(s, c, k) ? 1 : 0;
        }
        if (shape == s.dictType.rootShape.id) {
            return Dicts.get(s, c, k) != 0 ? 1 : 0;
        }
        return -1;
    }

    /** {@code c[k] = v} for a list and a small int in range, or a dict; false when not done. Operands in root slots. */
    static boolean setItem(Space s, int containerSlot, int keySlot, int valueSlot) {
        long c = s.ts.get(containerSlot);
        if (!Py.isObject(c)) {
            return false;
        }
        int shape = Space.shapeId(c);
        long k = s.ts.get(keySlot);
        if (shape == s.listType.rootShape.id && Py.isSmallInt(k)) {
            long i = Py.smallValue(k);
            long n = Lists.size(c);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                return false;
            }
            Lists.set(s, c, i, s.ts.get(valueSlot));
            return true;
        }
        if (shape == s.dictType.rootShape.id) {
            Dicts.put(s, containerSlot, keySlot, valueSlot);
            return true;
        }
        return false;
    }
}
