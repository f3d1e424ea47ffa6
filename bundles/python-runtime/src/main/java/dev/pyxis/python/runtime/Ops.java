package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CompareOp;

/**
 * The object protocol used by the interpreter and the builtins: special-method dispatch with
 * Java fast paths for the builtin types. Operands are root slots (calls into Python may move
 * anything); results are words the caller stores before its next safepoint.
 *
 * <p>Dispatch rule: a builtin type's behaviour is Java code here; a class defined in Python uses
 * its special method if it defines one (found along the MRO), else the behaviour of the builtin
 * type it derives from, applied to the wrapped base value.
 */
final class Ops {
    private Ops() {}

    /** The special method {@code name} a class defined in Python provides, or 0 (builtins use Java). */
    static long userSpecial(Space s, long w, String name) {
        PyType t = s.typeOf(w);
        if (!t.heapType) {
            return t.behaviour != null && t.behaviour.namespaceSpecials() ? t.getOwn(name) : 0;
        }
        long m = t.lookup(name);
        if (m == 0 || s.typeOf(m) == s.builtinType) {
            return 0;
        }
        return m;
    }

    /** Calls the special method {@code m} with the object in {@code selfSlot} and extra root slots. */
    static long callSpecial(Space s, long m, int selfSlot, int... argSlots) {
        ThreadState ts = s.ts;
        int base = ts.push(m);
        ts.push(ts.get(selfSlot));
        for (int a : argSlots) {
            ts.push(ts.get(a));
        }
        try {
            PyType mt = s.typeOf(ts.get(base));
            if (mt == s.staticmethodType) {
                ts.set(base, Space.get(ts.get(base), F1));
                return Calls.call(s, base, base + 2, argSlots.length, -1);
            }
            if (mt == s.classmethodType) {
                ts.set(base, Space.get(ts.get(base), F1));
                ts.set(base + 1, s.typeWord(s.typeOf(ts.get(base + 1))));
            } else if (mt.heapType && mt.lookup("__get__") != 0 && mt != s.functionType) {
                ts.set(base, Attributes.bind(s, ts.get(base), base + 1, s.typeOf(ts.get(base + 1))));
                return Calls.call(s, base, base + 2, argSlots.length, -1);
            }
            return Calls.call(s, base, base + 1, argSlots.length + 1, -1);
        } finally {
            ts.truncate(base);
        }
    }

    // ---------------------------------------------------------------- truth, length

    static boolean truth(Space s, int slot) {
        long w = s.ts.get(slot);
        if (w == Py.TRUE) {
            return true;
        }
        if (w == Py.FALSE || w == Py.NONE) {
            return false;
        }
        if (Py.isSmallInt(w)) {
            return w != Py.smallInt(0);
        }
        if (Py.isImmediate(w)) {
            return true;
        }
        PyType t = s.typeOf(w);
        if (t.heapType) {
            long m = userSpecial(s, w, "__bool__");
            if (m != 0) {
                long r = callSpecial(s, m, slot);
                if (r != Py.TRUE && r != Py.FALSE) {
                    throw Errors.typeError(s, "__bool__ should return bool, returned " + s.typeOf(r).name);
                }
                return r == Py.TRUE;
            }
            m = userSpecial(s, w, "__len__");
            if (m != 0) {
                return lenResult(s, callSpecial(s, m, slot)) != 0;
            }
            if (!t.wrapsBase) {
                return true;
            }
        }
        long v = s.unwrap(w);
        return switch (s.typeOf(v).nativeKind) {
            case INT -> !Py.isSmallInt(v) || v != Py.smallInt(0);
            case FLOAT -> s.floatValue(v) != 0.0;
            case COMPLEX -> s.complexReal(v) != 0.0 || s.complexImag(v) != 0.0;
            case STR -> s.strLength(v) != 0;
            case BYTES -> Space.get(v, BYTES_LENGTH) != 0;
            case BYTEARRAY -> ByteArrays.size(v) != 0;
            case TUPLE -> Space.length(v) != 0;
            case LIST -> Lists.size(v) != 0;
            case DICT -> Dicts.size(v) != 0;
            case SET, FROZENSET -> Sets.size(v) != 0;
            case RANGE -> Ranges.length(s, v) != 0;
            default -> true;
        };
    }

    private static long lenResult(Space s, long r) {
        if (!s.isInt(r)) {
            throw Errors.typeError(s, "'" + s.typeOf(r).name + "' object cannot be interpreted as an integer");
        }
        java.math.BigInteger n = s.bigValue(r);
        if (n.signum() < 0) {
            throw Errors.valueError(s, "__len__() should return >= 0");
        }
        if (n.bitLength() > 63) {
            throw Errors.overflow(s, "cannot fit 'int' into an index-sized integer");
        }
        return n.longValue();
    }

    static long len(Space s, int slot) {
        long w = s.ts.get(slot);
        long m = userSpecial(s, w, "__len__");
        if (m != 0) {
            return lenResult(s, callSpecial(s, m, slot));
        }
        long v = s.unwrap(w);
        PyType t = s.typeOf(v);
        return switch (t.nativeKind) {
            case STR -> s.strLength(v);
            case BYTES -> Space.get(v, BYTES_LENGTH);
            case BYTEARRAY -> ByteArrays.size(v);
            case TUPLE -> Space.length(v);
            case LIST -> Lists.size(v);
            case DICT -> Dicts.size(v);
            case SET, FROZENSET -> Sets.size(v);
            case RANGE -> Ranges.length(s, v);
            default -> {
                if (DictViews.isView(s, v)) {
                    yield Dicts.size(Space.get(v, F1));
                }
                throw Errors.typeError(s, "object of type '" + s.typeOf(w).name + "' has no len()");
            }
        };
    }

    // ---------------------------------------------------------------- repr and str

    static long repr(Space s, int slot) {
        return s.newStr(reprString(s, slot));
    }

    /** repr() as Java text. */
    static String reprString(Space s, int slot) {
        s.ts.enterRecursion(" while getting the repr of an object");
        try {
            return reprUnguarded(s, slot);
        } finally {
            s.ts.leaveRecursion();
        }
    }

    private static String reprUnguarded(Space s, int slot) {
        long w = s.ts.get(slot);
        long m = userSpecial(s, w, "__repr__");
        if (m != 0) {
            long r = callSpecial(s, m, slot);
            if (!s.isStr(r)) {
                throw Errors.typeError(s, "__repr__ returned non-string (type " + s.typeOf(r).name + ")");
            }
            return s.str(r);
        }
        return Repr.of(s, slot);
    }

    static long str(Space s, int slot) {
        long w = s.ts.get(slot);
        if (Py.isObject(w) && s.typeOf(w) == s.strType) {
            return w;
        }
        return s.newStr(strString(s, slot));
    }

    /** str() as Java text. */
    static String strString(Space s, int slot) {
        long w = s.ts.get(slot);
        if (Py.isObject(w) && s.typeOf(w) == s.strType) {
            return s.str(w);
        }
        s.ts.enterRecursion(" while getting the str of an object");
        try {
            return strUnguarded(s, slot);
        } finally {
            s.ts.leaveRecursion();
        }
    }

    private static String strUnguarded(Space s, int slot) {
        long w = s.ts.get(slot);
        long m = userSpecial(s, w, "__str__");
        if (m != 0) {
            long r = callSpecial(s, m, slot);
            if (!s.isStr(r)) {
                throw Errors.typeError(s, "__str__ returned non-string (type " + s.typeOf(r).name + ")");
            }
            return s.str(r);
        }
        PyType t = s.typeOf(w);
        if (t.isSubtypeOf(s.strType)) {
            return s.str(w);
        }
        if (t.solidBase.nativeKind == PyType.Native.EXCEPTION && userSpecial(s, w, "__repr__") == 0) {
            return Exceptions.str(s, slot);
        }
        return reprString(s, slot);
    }

    // ---------------------------------------------------------------- hashing and equality

    static long hash(Space s, int slot) {
        long w = s.ts.get(slot);
        PyType t = s.typeOf(w);
        if (t.heapType) {
            long h = t.lookup("__hash__");
            if (h == Py.NONE) {
                throw Errors.typeError(s, "unhashable type: '" + t.name + "'");
            }
            long m = userSpecial(s, w, "__hash__");
            if (m != 0) {
                long r = callSpecial(s, m, slot);
                if (!s.isInt(r)) {
                    throw Errors.typeError(s, "__hash__ method should return an integer");
                }
                // A result that fits a machine word is the hash itself (-1 becomes -2); a larger
                // int is hashed as an int.
                java.math.BigInteger v = s.bigValue(r);
                if (v.bitLength() < 64) {
                    return Hashing.fixMinusOne(v.longValue());
                }
                return Keys.hash(s, s.newInt(v));
            }
            if (!t.wrapsBase) {
                return Hashing.fixMinusOne(s.identity(w) >> 4);
            }
            w = s.unwrap(w);
            t = s.typeOf(w);
        }
        switch (t.nativeKind) {
            case LIST, DICT, SET, BYTEARRAY, SLICE -> throw Errors.typeError(s, "unhashable type: '" + t.name + "'");
            case FROZENSET -> {
                int f = s.ts.push(w);
                try {
                    return SetMethods.frozensetHash(s, f);
                } finally {
                    s.ts.truncate(f);
                }
            }
            case RANGE -> {
                return RangeMethods.hash(s, slot);
            }
            case INT, BOOL, FLOAT, COMPLEX, STR, BYTES, NONE, NOT_IMPLEMENTED, ELLIPSIS -> {
                return Keys.hash(s, w);
            }
            case TUPLE -> {
                return Keys.tupleHash(s, slot);
            }
            case METHOD -> {
                return Hashing.fixMinusOne((s.identity(Space.get(w, F1)) >> 4) ^ (s.identity(Space.get(w, F2)) >> 4));
            }
            default -> {
                if (t.getOwn("__hash__") == Py.NONE) {
                    throw Errors.typeError(s, "unhashable type: '" + t.name + "'");
                }
                if (MemoryViews.isView(s, w)) {
                    int v = s.ts.push(w);
                    try {
                        return MemoryViews.hash(s, v);
                    } finally {
                        s.ts.truncate(v);
                    }
                }
                return Hashing.fixMinusOne(s.identity(w) >> 4);
            }
        }
    }

    /** {@code a == b} as a Java boolean (identity implies equality, as in containers). */
    static boolean equal(Space s, int a, int b) {
        long x = s.ts.get(a), y = s.ts.get(b);
        if (x == y) {
            return true;
        }
        return truth(s, s.ts.push(compare(s, CompareOp.EQ, a, b)), true);
    }

    private static boolean truth(Space s, int slot, boolean popAfter) {
        try {
            return truth(s, slot);
        } finally {
            s.ts.truncate(slot);
        }
    }

    /** Rich comparison {@code a op b}: the reflected method first when b's type is a subclass of a's. */
    static long compare(Space s, CompareOp op, int a, int b) {
        long x = s.ts.get(a), y = s.ts.get(b);
        Boolean fast = Numbers.compare(s, op, x, y);
        if (fast != null && !s.typeOf(x).heapType && !s.typeOf(y).heapType) {
            return Py.bool(fast);
        }
        s.ts.enterRecursion(" in comparison");
        try {
            return compareUnguarded(s, op, a, b);
        } finally {
            s.ts.leaveRecursion();
        }
    }

    private static long compareUnguarded(Space s, CompareOp op, int a, int b) {
        long x = s.ts.get(a), y = s.ts.get(b);
        PyType tx = s.typeOf(x), ty = s.typeOf(y);
        boolean reflectFirst = tx != ty && ty.isSubtypeOf(tx) && userSpecial(s, y, op.swapped().method()) != 0;
        if (reflectFirst) {
            long r = tryCompare(s, op.swapped(), b, a);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        long r = tryCompare(s, op, a, b);
        if (r != Py.NOT_IMPLEMENTED) {
            return r;
        }
        if (!reflectFirst) {
            r = tryCompare(s, op.swapped(), b, a);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        x = s.ts.get(a);
        y = s.ts.get(b);
        if (op == CompareOp.EQ) {
            return Py.bool(x == y);
        }
        if (op == CompareOp.NE) {
            return Py.bool(x != y);
        }
        throw Errors.typeError(s, "'" + op.symbol() + "' not supported between instances of '"
                + s.typeOf(x).name + "' and '" + s.typeOf(y).name + "'");
    }

    private static long tryCompare(Space s, CompareOp op, int a, int b) {
        long x = s.ts.get(a);
        long m = userSpecial(s, x, op.method());
        if (m != 0) {
            return callSpecial(s, m, a, b);
        }
        if (op == CompareOp.NE && userSpecial(s, x, "__eq__") != 0) {
            long eq = callSpecial(s, userSpecial(s, x, "__eq__"), a, b);
            if (eq == Py.NOT_IMPLEMENTED) {
                return eq;
            }
            return Py.bool(!truth(s, s.ts.push(eq), true));
        }
        if (s.typeOf(s.ts.get(b)).heapType && narrowerNumber(s, x, s.ts.get(b))) {
            // As for arithmetic: int's comparison does not take a float subclass; the other side's does.
            return Py.NOT_IMPLEMENTED;
        }
        return Compare.builtin(s, op, a, b);
    }

    // ---------------------------------------------------------------- binary and unary operators

    static long binary(Space s, BinaryOp op, int a, int b) {
        long x = s.ts.get(a), y = s.ts.get(b);
        // Exact str has neither __iadd__ nor a subclass to defer to: + and += both concatenate.
        if (op.base() == BinaryOp.ADD && s.isExact(x, s.strType) && s.isExact(y, s.strType)) {
            return Strs.concat(s, a, b);
        }
        if (!s.typeOf(x).heapType && !s.typeOf(y).heapType) {
            long r = Numbers.binary(s, op, x, y);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op.isInPlace()) {
            long m = userSpecial(s, x, op.method());
            if (m != 0) {
                long r = callSpecial(s, m, a, b);
                if (r != Py.NOT_IMPLEMENTED) {
                    return r;
                }
            } else {
                long r = Arith.inPlace(s, op.base(), a, b);
                if (r != Py.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        BinaryOp base = op.base();
        PyType tx = s.typeOf(s.ts.get(a)), ty = s.typeOf(s.ts.get(b));
        boolean reflectFirst = tx != ty && ty.isSubtypeOf(tx) && userSpecial(s, s.ts.get(b), base.reflectedMethod()) != 0;
        if (reflectFirst) {
            long r = reflected(s, base, a, b);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        long m = userSpecial(s, s.ts.get(a), base.binaryMethod());
        long r;
        if (m != 0) {
            r = callSpecial(s, m, a, b);
        } else if (ty.heapType && narrowerNumber(s, s.ts.get(a), s.ts.get(b))) {
            // int's slot does not take a float (subclass), nor float's a complex: the right
            // operand's reflected method decides (its own, else its builtin base's).
            r = Py.NOT_IMPLEMENTED;
        } else {
            r = Arith.builtin(s, base, a, b);
        }
        if (r != Py.NOT_IMPLEMENTED) {
            return r;
        }
        if (!reflectFirst && tx != ty) {
            r = reflected(s, base, a, b);
            if (r != Py.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Arith.unsupported(s, op, a, b);
    }

    /** Whether x is a builtin number of a kind below y's (int below float below complex). */
    private static boolean narrowerNumber(Space s, long x, long y) {
        int kx = Numbers.kind(s, s.unwrap(x));
        return kx != Numbers.NOT_NUMBER && kx < Numbers.kind(s, s.unwrap(y));
    }

    private static long reflected(Space s, BinaryOp op, int a, int b) {
        long m = userSpecial(s, s.ts.get(b), op.reflectedMethod());
        if (m != 0) {
            return callSpecial(s, m, b, a);
        }
        return Arith.builtinReflected(s, op, a, b);
    }

    static long unary(Space s, String method, int slot) {
        long w = s.ts.get(slot);
        long m = userSpecial(s, w, method);
        if (m != 0) {
            return callSpecial(s, m, slot);
        }
        return Arith.unary(s, method, slot);
    }

    // ---------------------------------------------------------------- iteration

    static long iter(Space s, int slot) {
        long w = s.ts.get(slot);
        long m = userSpecial(s, w, "__iter__");
        if (m == Py.NONE) {
            throw Errors.typeError(s, "'" + s.typeOf(w).name + "' object is not iterable");
        }
        if (m != 0) {
            long it = callSpecial(s, m, slot);
            PyType itType = s.typeOf(it);
            if (!Iteration.isIterator(s, it)) {
                throw Errors.typeError(s, "iter() returned non-iterator of type '" + itType.name + "'");
            }
            return it;
        }
        long r = Iteration.builtinIter(s, slot);
        if (r != 0) {
            return r;
        }
        if (userSpecial(s, w, "__getitem__") != 0) {
            return Iteration.sequenceIterator(s, slot);
        }
        throw Errors.typeError(s, "'" + s.typeOf(w).name + "' object is not iterable");
    }

    /** next(it): the next item, or 0 when the iterator is exhausted (StopIteration is consumed). */
    static long next(Space s, int slot) {
        long w = s.ts.get(slot);
        if (s.isExact(w, s.generatorType)) {
            return Generators.next(s, slot);
        }
        PyType t = s.typeOf(w);
        if (!t.heapType) {
            return Iteration.builtinNext(s, slot);
        }
        long m = t.lookup("__next__");
        if (m == 0) {
            throw Errors.typeError(s, "'" + t.name + "' object is not an iterator");
        }
        try {
            return callSpecial(s, m, slot);
        } catch (PyException e) {
            if (Exceptions.matches(s, s.ts.peekRaised(), "StopIteration")) {
                s.ts.takeRaised();
                return 0;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- subscripts and containment

    static long getItem(Space s, int objSlot, int keySlot) {
        long w = s.ts.get(objSlot);
        long m = userSpecial(s, w, "__getitem__");
        if (m != 0) {
            return callSpecial(s, m, objSlot, keySlot);
        }
        long asType = s.asType(w) != null ? s.asType(w).lookup("__class_getitem__") : 0;
        if (asType != 0) {
            return Calls.invoke(s, Space.get(asType, F1) != 0 && s.typeOf(asType) == s.classmethodType
                    ? Space.get(asType, F1) : asType, w, s.ts.get(keySlot));
        }
        return Subscripts.get(s, objSlot, keySlot);
    }

    static void setItem(Space s, int objSlot, int keySlot, int valueSlot) {
        long m = userSpecial(s, s.ts.get(objSlot), "__setitem__");
        if (m != 0) {
            callSpecial(s, m, objSlot, keySlot, valueSlot);
            return;
        }
        Subscripts.set(s, objSlot, keySlot, valueSlot);
    }

    static void delItem(Space s, int objSlot, int keySlot) {
        long m = userSpecial(s, s.ts.get(objSlot), "__delitem__");
        if (m != 0) {
            callSpecial(s, m, objSlot, keySlot);
            return;
        }
        Subscripts.delete(s, objSlot, keySlot);
    }

    static boolean contains(Space s, int containerSlot, int itemSlot) {
        long w = s.ts.get(containerSlot);
        long m = userSpecial(s, w, "__contains__");
        if (m == Py.NONE) {
            throw Errors.typeError(s, "'" + s.typeOf(w).name + "' object is not a container");
        }
        if (m != 0) {
            return truth(s, s.ts.push(callSpecial(s, m, containerSlot, itemSlot)), true);
        }
        return Subscripts.contains(s, containerSlot, itemSlot);
    }
}
