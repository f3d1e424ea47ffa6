package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CompareOp;

/**
 * Definitions of builtin-type methods that check their receiver: a method descriptor called
 * through the type ({@code list.append(5, 1)}) must refuse objects of other types with CPython's
 * TypeError instead of reading a foreign object's fields. The check is on the native kind of the
 * unwrapped receiver, so instances of Python subclasses pass.
 */
final class Receivers {
    private Receivers() {}

    /**
     * A method of the builtin type {@code owner} (whose values have native kind {@code kind});
     * {@code style} null keeps the signature's default error wording.
     */
    static Builtin method(String owner, PyType.Native kind, String signature, Signature.Style style, Builtin.Body body) {
        Signature sig = Signature.parse(signature);
        if (style != null) {
            sig = sig.withStyle(style);
        }
        String name = sig.name;
        return Builtin.method(owner, sig, (s, a) -> {
            check(s, a.get(0), kind, owner, name);
            return body.call(s, a);
        });
    }

    /** A method taking exactly one argument besides self ("list.append() takes exactly one argument"). */
    static Builtin oneArg(String owner, PyType.Native kind, String signature, Builtin.Body body) {
        return method(owner, kind, signature, Signature.Style.ONE_ARG, body);
    }

    /** A method taking no argument besides self. */
    static Builtin noArgs(String owner, PyType.Native kind, String signature, Builtin.Body body) {
        return method(owner, kind, signature, Signature.Style.NO_ARGS, body);
    }

    /** A method with positional-only parameters ("pop expected at most 1 argument, got 2"). */
    static Builtin positional(String owner, PyType.Native kind, String signature, Builtin.Body body) {
        return method(owner, kind, signature, null, body);
    }

    /** Raises CPython's descriptor TypeError unless the receiver's unwrapped value has the kind. */
    static void check(Space s, long self, PyType.Native kind, String owner, String name) {
        PyType t = s.typeOf(s.unwrap(self));
        if (t.nativeKind == kind) {
            return;
        }
        String got = s.typeOf(self).name;
        if (name.startsWith("__") && name.endsWith("__")) {
            throw Errors.typeError(s, "descriptor '" + name + "' requires a '" + owner + "' object but received a '"
                    + got + "'");
        }
        throw Errors.typeError(s, "descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '"
                + got + "' object");
    }

    /** The rich comparison dunders of a builtin type, all answered by {@link Compare#builtin}. */
    static void comparisons(Space s, PyType t, String owner, PyType.Native kind) {
        for (CompareOp op : CompareOp.values()) {
            Builtins.method(s, t, method(owner, kind, op.method() + "(self, value, /)", null,
                    (sp, a) -> Compare.builtin(sp, op, a.slot(0), a.slot(1))));
        }
    }

    /** The value of an index-like argument (__index__), as a long clamped to the long range. */
    static long clampedIndex(Space s, int slot) {
        long w = s.ts.get(slot);
        if (Py.isSmallInt(w)) {
            return Py.smallValue(w);
        }
        java.math.BigInteger v = s.bigValue(BuiltinFunctions.index(s, slot));
        if (v.bitLength() > 62) {
            return v.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
        return v.longValue();
    }

    /** An index argument as a long; OverflowError beyond the range as CPython's ssize_t conversion. */
    static long exactIndex(Space s, int slot) {
        long w = s.ts.get(slot);
        if (Py.isSmallInt(w)) {
            return Py.smallValue(w);
        }
        java.math.BigInteger v = s.bigValue(BuiltinFunctions.index(s, slot));
        if (v.bitLength() > 63) {
            throw Errors.overflow(s, "Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    /**
     * A read-only attribute of a builtin type (range.start, slice.step, dict_keys.mapping): a
     * property whose getter is the builtin {@code getter(self)}.
     */
    static void readonly(Space s, PyType t, Builtin getter) {
        int fget = s.ts.push(Methods.builtin(s, getter));
        try {
            long p = s.allocFixed(Layouts.OBJ4, s.propertyType.rootShape);
            Space.putRaw(p, Layouts.F1, s.ts.get(fget));
            Space.putRaw(p, Layouts.F2, Py.NONE);
            Space.putRaw(p, Layouts.F3, Py.NONE);
            Space.putRaw(p, Layouts.F4, Py.NONE);
            t.put(getter.name(), p);
        } finally {
            s.ts.truncate(fget);
        }
    }

    /** Whether iter() would accept the object (without calling anything). */
    static boolean iterable(Space s, long w) {
        PyType t = s.typeOf(w);
        return switch (s.typeOf(s.unwrap(w)).nativeKind) {
            case STR, BYTES, BYTEARRAY, TUPLE, LIST, DICT, SET, FROZENSET, RANGE, ITERATOR, GENERATOR -> true;
            default -> t.lookup("__iter__") != 0 || t.lookup("__getitem__") != 0;
        };
    }
}
