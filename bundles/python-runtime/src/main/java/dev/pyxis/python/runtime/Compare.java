package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CompareOp;

/** Rich comparison of builtin values (numbers, str, bytes, tuples, lists, sets, dicts). */
final class Compare {
    private Compare() {}

    /** {@code a op b} for builtin behaviour, NotImplemented when the types do not compare. */
    static long builtin(Space s, CompareOp op, int a, int b) {
        long x = s.unwrap(s.ts.get(a)), y = s.unwrap(s.ts.get(b));
        Boolean n = Numbers.compare(s, op, x, y);
        if (n != null) {
            return Py.bool(n);
        }
        PyType tx = s.typeOf(x), ty = s.typeOf(y);
        if ((tx.nativeKind == PyType.Native.OTHER && DictViews.isView(s, x))
                || (ty.nativeKind == PyType.Native.OTHER && DictViews.isView(s, y))) {
            return DictMethods.viewCompare(s, op, a, b);
        }
        if (tx == s.complexType || ty == s.complexType) {
            if ((op == CompareOp.EQ || op == CompareOp.NE) && isNumber(s, x) && isNumber(s, y)) {
                boolean eq = re(s, x) == re(s, y) && im(s, x) == im(s, y);
                return Py.bool(eq == (op == CompareOp.EQ));
            }
            return Py.NOT_IMPLEMENTED;
        }
        if (isBytes(tx) && isBytes(ty)) {
            return Py.bool(result(op, java.util.Arrays.compareUnsigned(BytesMethods.bytesLike(s, x), BytesMethods.bytesLike(s, y))));
        }
        if (tx.nativeKind != ty.nativeKind) {
            boolean sets = isSet(tx) && isSet(ty);
            if (!sets) {
                return Py.NOT_IMPLEMENTED;
            }
        }
        switch (tx.nativeKind) {
            case METHOD -> {
                if (op != CompareOp.EQ && op != CompareOp.NE) {
                    return Py.NOT_IMPLEMENTED;
                }
                boolean eq = Space.get(x, Layouts.F1) == Space.get(y, Layouts.F1) && Space.get(x, Layouts.F2) == Space.get(y, Layouts.F2);
                return Py.bool(eq == (op == CompareOp.EQ));
            }
            case STR -> {
                return Py.bool(result(op, Strs.compare(s.unwrap(x), s.unwrap(y))));
            }
            case BYTES -> {
                return Py.bool(result(op, java.util.Arrays.compareUnsigned(s.bytes(x), s.bytes(y))));
            }
            case TUPLE, LIST -> {
                return sequences(s, op, a, b);
            }
            case SET, FROZENSET -> {
                return SetOps.compare(s, op, a, b);
            }
            case DICT -> {
                if (op == CompareOp.EQ || op == CompareOp.NE) {
                    return Py.bool(DictOps.equal(s, a, b) == (op == CompareOp.EQ));
                }
                return Py.NOT_IMPLEMENTED;
            }
            case RANGE -> {
                return RangeMethods.compare(s, op, x, y);
            }
            case SLICE -> {
                return SliceMethods.compare(s, op, a, b);
            }
            default -> {
                if (op == CompareOp.EQ) {
                    return x == y ? Py.TRUE : Py.NOT_IMPLEMENTED;
                }
                if (op == CompareOp.NE) {
                    return x == y ? Py.FALSE : Py.NOT_IMPLEMENTED;
                }
                return Py.NOT_IMPLEMENTED;
            }
        }
    }

    private static boolean isBytes(PyType t) {
        return t.nativeKind == PyType.Native.BYTES || t.nativeKind == PyType.Native.BYTEARRAY;
    }

    private static boolean isSet(PyType t) {
        return t.nativeKind == PyType.Native.SET || t.nativeKind == PyType.Native.FROZENSET;
    }

    private static boolean isNumber(Space s, long w) {
        PyType t = s.typeOf(w);
        return t == s.complexType || t == s.floatType || s.isInt(w);
    }

    private static double re(Space s, long w) {
        return s.typeOf(w) == s.complexType ? s.complexReal(w) : Numbers.toDouble(s, w);
    }

    private static double im(Space s, long w) {
        return s.typeOf(w) == s.complexType ? s.complexImag(w) : 0.0;
    }

    static boolean result(CompareOp op, int c) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    /** Python str order: by code point (Java compares UTF-16 units, which differs above U+FFFF). */
    static int compareCodePoints(String p, String q) {
        int i = 0, j = 0;
        while (i < p.length() && j < q.length()) {
            int a = p.codePointAt(i), b = q.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < p.length(), j < q.length());
    }

    /** Lexicographic comparison of tuples or lists: the first unequal pair decides. */
    private static long sequences(Space s, CompareOp op, int a, int b) {
        ThreadState ts = s.ts;
        long n = Sequences.length(s, ts.get(a)), m = Sequences.length(s, ts.get(b));
        if ((op == CompareOp.EQ || op == CompareOp.NE) && n != m) {
            return Py.bool(op == CompareOp.NE);
        }
        int x = ts.push(0), y = ts.push(0);
        try {
            long i = 0;
            for (; i < n && i < m; i++) {
                ts.set(x, Sequences.item(s, ts.get(a), i));
                ts.set(y, Sequences.item(s, ts.get(b), i));
                // Numbers, str and bytes compare without Python code (or anything moving).
                boolean same = Keys.isSimple(s, ts.get(x)) && Keys.isSimple(s, ts.get(y))
                        ? Keys.equal(s, ts.get(x), ts.get(y)) : Ops.equal(s, x, y);
                if (!same) {
                    break;
                }
                n = Sequences.length(s, ts.get(a));
                m = Sequences.length(s, ts.get(b));
            }
            if (i >= n || i >= m) {
                return Py.bool(result(op, Long.compare(n, m)));
            }
            if (op == CompareOp.EQ) {
                return Py.FALSE;
            }
            if (op == CompareOp.NE) {
                return Py.TRUE;
            }
            return Ops.compare(s, op, x, y);
        } finally {
            ts.truncate(x);
        }
    }
}
