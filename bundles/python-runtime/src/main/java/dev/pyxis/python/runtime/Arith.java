package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.BinaryOp;

/**
 * Binary and unary operators of the builtin types: the behaviour behind their special methods,
 * applied to unwrapped builtin values (numbers through {@link Numbers}), and the protocols of
 * divmod() and three-argument pow().
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
        if (op == BinaryOp.OR) {
            long u = Unions.or(s, a, b);
            if (u != 0) {
                return u;
            }
        }
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
        if (s.typeOf(s.ts.get(b)).heapType && Numbers.kind(s, y) != Numbers.NOT_NUMBER) {
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

    static long unary(Space s, String method, int slot) {
        long r = Numbers.unary(s, method, s.unwrap(s.ts.get(slot)));
        if (r == 0) {
            throw unaryError(s, method, s.typeOf(s.ts.get(slot)));
        }
        return r;
    }

    /** {@code divmod(a, b)}: __divmod__, then __rdivmod__ (first when b's type is a subclass overriding it). */
    static long divmod(Space s, int a, int b) {
        PyType tx = s.typeOf(s.ts.get(a)), ty = s.typeOf(s.ts.get(b));
        boolean reflectFirst = tx != ty && ty.isSubtypeOf(tx) && Ops.userSpecial(s, s.ts.get(b), "__rdivmod__") != 0;
        if (reflectFirst) {
            long r = Ops.callSpecial(s, Ops.userSpecial(s, s.ts.get(b), "__rdivmod__"), b, a);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        long m = Ops.userSpecial(s, s.ts.get(a), "__divmod__");
        long r = m != 0 ? Ops.callSpecial(s, m, a, b) : Numbers.divmod(s, s.unwrap(s.ts.get(a)), s.unwrap(s.ts.get(b)));
        if (r != Py.NOT_IMPLEMENTED) {
            return r;
        }
        if (!reflectFirst && tx != ty) {
            m = Ops.userSpecial(s, s.ts.get(b), "__rdivmod__");
            r = m != 0 ? Ops.callSpecial(s, m, b, a) : Numbers.divmod(s, s.unwrap(s.ts.get(a)), s.unwrap(s.ts.get(b)));
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError(s, "unsupported operand type(s) for divmod(): '" + s.typeOf(s.ts.get(a)).name + "' and '"
                + s.typeOf(s.ts.get(b)).name + "'");
    }

    /** {@code pow(a, b, m)} with a modulus: the first operand's __pow__, else the builtin ints. */
    static long power(Space s, int a, int b, int mod) {
        long m = Ops.userSpecial(s, s.ts.get(a), "__pow__");
        long r = m != 0 ? Ops.callSpecial(s, m, a, b, mod)
                : Numbers.power(s, s.unwrap(s.ts.get(a)), s.unwrap(s.ts.get(b)), s.unwrap(s.ts.get(mod)));
        if (r != Py.NOT_IMPLEMENTED) {
            return r;
        }
        throw Errors.typeError(s, "unsupported operand type(s) for ** or pow(): '" + s.typeOf(s.ts.get(a)).name + "', '"
                + s.typeOf(s.ts.get(b)).name + "', '" + s.typeOf(s.ts.get(mod)).name + "'");
    }

    private static PyException unaryError(Space s, String method, PyType t) {
        String sym = switch (method) {
            case "__neg__" -> "unary -";
            case "__pos__" -> "unary +";
            case "__abs__" -> "abs()";
            default -> "unary ~";
        };
        return Errors.typeError(s, "bad operand type for " + sym + ": '" + t.name + "'");
    }
}
