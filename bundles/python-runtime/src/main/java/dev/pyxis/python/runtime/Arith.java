package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.support.ComplexMath;

/**
 * Binary and unary operators of the builtin non-numeric types (sequences, sets, dicts, complex):
 * the behaviour behind their special methods, applied to unwrapped builtin values.
 */
final class Arith {
    private Arith() {}

    static PyException unsupported(Space s, BinaryOp op, int a, int b) {
        PyType left = s.typeOf(s.unwrap(s.ts.get(a))), right = s.typeOf(s.unwrap(s.ts.get(b)));
        if (op.base() == BinaryOp.ADD) {
            String other = s.typeOf(s.ts.get(b)).name;
            switch (left.nativeKind) {
                case STR, LIST, TUPLE -> {
                    return Errors.typeError(s, "can only concatenate " + left.name + " (not \"" + other + "\") to " + left.name);
                }
                case BYTES, BYTEARRAY -> {
                    return Errors.typeError(s, "can't concat " + other + " to " + left.name);
                }
                default -> { }
            }
        }
        if (op.base() == BinaryOp.MULTIPLY && (isSequence(left) || isSequence(right))) {
            return Errors.typeError(s, "can't multiply sequence by non-int of type '"
                    + s.typeOf(s.ts.get(isSequence(left) ? b : a)).name + "'");
        }
        String sym = op.symbol();
        if (op.base() == BinaryOp.POWER && !op.isInPlace()) {
            sym = "** or pow()";
        }
        return Errors.typeError(s, "unsupported operand type(s) for " + sym + ": '"
                + s.typeOf(s.ts.get(a)).name + "' and '" + s.typeOf(s.ts.get(b)).name + "'");
    }

    /** Whether a sequence may be repeated by the value: an int or an object with __index__. */
    private static boolean isIndexable(Space s, long w) {
        return s.isInt(w) || Ops.userSpecial(s, w, "__index__") != 0;
    }

    private static boolean isSequence(PyType t) {
        return switch (t.nativeKind) {
            case STR, LIST, TUPLE, BYTES, BYTEARRAY -> true;
            default -> false;
        };
    }

    /** {@code a op b} for builtin left operands; NotImplemented if the pair is not handled. */
    static long builtin(Space s, BinaryOp op, int a, int b) {
        long x = s.unwrap(s.ts.get(a)), y = s.unwrap(s.ts.get(b));
        if (op == BinaryOp.MULTIPLY && !s.isInt(y) && isIndexable(s, s.ts.get(b))
                && (s.typeOf(x) == s.strType || s.typeOf(x) == s.listType || s.typeOf(x) == s.tupleType || s.typeOf(x) == s.bytesType)) {
            int n = s.ts.push(BuiltinFunctions.index(s, b));
            try {
                return builtin(s, op, a, n);
            } finally {
                s.ts.truncate(n);
            }
        }
        long r = Numbers.binary(s, op, x, y);
        if (r != Py.NOT_IMPLEMENTED) {
            return r;
        }
        PyType tx = s.typeOf(x), ty = s.typeOf(y);
        if (tx == s.complexType || ty == s.complexType) {
            return complex(s, op, x, y);
        }
        switch (tx.nativeKind) {
            case STR -> {
                if (op == BinaryOp.ADD && ty == s.strType) {
                    return Strs.concat(s, a, b);
                }
                if (op == BinaryOp.MULTIPLY && s.isInt(y)) {
                    return Sequences.repeatStr(s, a, b);
                }
                if (op == BinaryOp.REMAINDER) {
                    return PercentFormatting.format(s, a, b);
                }
            }
            case LIST -> {
                if (op == BinaryOp.ADD && ty == s.listType) {
                    return Sequences.concatLists(s, a, b);
                }
                if (op == BinaryOp.MULTIPLY && s.isInt(y)) {
                    return Sequences.repeat(s, a, b);
                }
            }
            case TUPLE -> {
                if (op == BinaryOp.ADD && ty == s.tupleType) {
                    return Sequences.concatTuples(s, a, b);
                }
                if (op == BinaryOp.MULTIPLY && s.isInt(y)) {
                    return Sequences.repeat(s, a, b);
                }
            }
            case BYTES, BYTEARRAY -> {
                long bytes = BytesMethods.binary(s, op, a, b);
                if (bytes != Py.NOT_IMPLEMENTED) {
                    return bytes;
                }
            }
            case SET, FROZENSET -> {
                if (ty.nativeKind == PyType.Native.SET || ty.nativeKind == PyType.Native.FROZENSET) {
                    return SetMethods.binary(s, op, a, b);
                }
            }
            case DICT -> {
                if (op == BinaryOp.OR && ty.nativeKind == PyType.Native.DICT) {
                    return DictOps.union(s, a, b);
                }
            }
            case OTHER -> {
                if (DictViews.isView(s, x) && !tx.name.equals("dict_values")) {
                    return DictMethods.viewBinary(s, op, a, b);
                }
            }
            default -> { }
        }
        if (op == BinaryOp.MULTIPLY && s.isInt(x)) {
            PyType k = ty;
            if (k == s.strType || k == s.listType || k == s.tupleType || k == s.bytesType || k == s.bytearrayType) {
                return builtin(s, op, b, a);
            }
        }
        return Py.NOT_IMPLEMENTED;
    }

    /** The reflected operation for a builtin right operand (numbers only reflect among themselves). */
    static long builtinReflected(Space s, BinaryOp op, int a, int b) {
        long x = s.unwrap(s.ts.get(a)), y = s.unwrap(s.ts.get(b));
        PyType ty = s.typeOf(y);
        if (ty.nativeKind == PyType.Native.OTHER && DictViews.isView(s, y) && !ty.name.equals("dict_values")) {
            return DictMethods.viewBinary(s, op, a, b);
        }
        if (s.typeOf(s.ts.get(b)).heapType && (ty.nativeKind == PyType.Native.INT || ty.nativeKind == PyType.Native.FLOAT)) {
            return Numbers.binary(s, op, x, y);
        }
        return Py.NOT_IMPLEMENTED;
    }

    /** In-place forms builtins implement by mutation (list +=, set |= ...). */
    static long inPlace(Space s, BinaryOp op, int a, int b) {
        long x = s.unwrap(s.ts.get(a));
        PyType tx = s.typeOf(x);
        if (tx == s.listType && op == BinaryOp.ADD) {
            ListMethods.extend(s, a, b);
            return s.ts.get(a);
        }
        if (tx == s.listType && op == BinaryOp.MULTIPLY && s.isInt(s.ts.get(b))) {
            long r = Sequences.repeat(s, a, b);
            int rs = s.ts.push(r);
            Lists.clear(s, s.unwrap(s.ts.get(a)));
            ListMethods.extend(s, a, rs);
            s.ts.truncate(rs);
            return s.ts.get(a);
        }
        if (tx == s.setType && (op == BinaryOp.OR || op == BinaryOp.AND || op == BinaryOp.SUBTRACT || op == BinaryOp.XOR)
                && (s.typeOf(s.unwrap(s.ts.get(b))).nativeKind == PyType.Native.SET
                || s.typeOf(s.unwrap(s.ts.get(b))).nativeKind == PyType.Native.FROZENSET)) {
            return SetMethods.inPlace(s, op, a, b);
        }
        if (tx == s.bytearrayType && (op == BinaryOp.ADD || op == BinaryOp.MULTIPLY)) {
            return BytesMethods.inPlace(s, op, a, b);
        }
        if (tx == s.dictType && op == BinaryOp.OR) {
            DictOps.update(s, a, b);
            return s.ts.get(a);
        }
        return Py.NOT_IMPLEMENTED;
    }

    private static long complex(Space s, BinaryOp op, long x, long y) {
        double[] p = toComplex(s, x), q = toComplex(s, y);
        if (p == null || q == null) {
            return Py.NOT_IMPLEMENTED;
        }
        double[] r = switch (op) {
            case ADD -> new double[] {p[0] + q[0], p[1] + q[1]};
            case SUBTRACT -> new double[] {p[0] - q[0], p[1] - q[1]};
            case MULTIPLY -> ComplexMath.multiply(p[0], p[1], q[0], q[1]);
            case TRUE_DIVIDE -> ComplexMath.divide(p[0], p[1], q[0], q[1]);
            case POWER -> ComplexMath.pow(p[0], p[1], q[0], q[1]);
            default -> null;
        };
        if (r == null) {
            return Py.NOT_IMPLEMENTED;
        }
        return s.newComplex(r[0], r[1]);
    }

    private static double[] toComplex(Space s, long w) {
        PyType t = s.typeOf(w);
        if (t == s.complexType) {
            return new double[] {s.complexReal(w), s.complexImag(w)};
        }
        if (t == s.floatType || s.isInt(w)) {
            return new double[] {Numbers.toDouble(s, w), 0.0};
        }
        return null;
    }

    static long unary(Space s, String method, int slot) {
        long w = s.unwrap(s.ts.get(slot));
        PyType t = s.typeOf(w);
        if (s.isInt(w)) {
            java.math.BigInteger v = s.bigValue(w);
            return switch (method) {
                case "__neg__" -> s.newInt(v.negate());
                case "__pos__" -> s.newInt(v);
                case "__invert__" -> s.newInt(v.not());
                default -> throw unaryError(s, method, t);
            };
        }
        if (t == s.floatType) {
            double d = s.floatValue(w);
            return switch (method) {
                case "__neg__" -> s.newFloat(-d);
                case "__pos__" -> s.newFloat(d);
                default -> throw unaryError(s, method, t);
            };
        }
        if (t == s.complexType) {
            double re = s.complexReal(w), im = s.complexImag(w);
            return switch (method) {
                case "__neg__" -> s.newComplex(-re, -im);
                case "__pos__" -> s.newComplex(re, im);
                default -> throw unaryError(s, method, t);
            };
        }
        throw unaryError(s, method, s.typeOf(s.ts.get(slot)));
    }

    private static PyException unaryError(Space s, String method, PyType t) {
        String sym = switch (method) {
            case "__neg__" -> "unary -";
            case "__pos__" -> "unary +";
            default -> "unary ~";
        };
        return Errors.typeError(s, "bad operand type for " + sym + ": '" + t.name + "'");
    }
}
