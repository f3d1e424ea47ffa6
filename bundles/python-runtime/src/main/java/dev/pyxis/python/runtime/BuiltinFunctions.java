package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.support.FloatMath;
import dev.pyxis.python.support.FloatParser;
import dev.pyxis.python.support.IntParser;
import dev.pyxis.python.support.IntText;
import dev.pyxis.python.support.StrRepr;
import java.math.BigInteger;

/** The functions of the builtins module and the constructors of the core builtin types. */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    // ---------------------------------------------------------------- helpers

    /** tuple(iterable) for the iterable in a root slot. */
    static long tupleOf(Space s, int slot) {
        long w = s.ts.get(slot);
        if (s.typeOf(w) == s.tupleType) {
            return w;
        }
        int base = s.ts.top();
        int n = Iteration.pushAll(s, slot);
        try {
            return s.newTupleFromRoots(base, n);
        } finally {
            s.ts.truncate(base);
        }
    }

    /** For a heap subclass of a builtin type: an instance wrapping the builtin value; else the value. */
    static long wrap(Space s, int clsSlot, long value) {
        PyType t = s.asType(s.ts.get(clsSlot));
        if (!t.heapType) {
            return value;
        }
        int v = s.ts.push(value);
        try {
            long o = Instances.allocate(s, t);
            s.put(o, INSTANCE_SLOTS, s.ts.get(v));
            return o;
        } finally {
            s.ts.truncate(v);
        }
    }

    /**
     * The exact int of an int that a special method returned; for an instance of a subclass
     * (bool included), CPython's DeprecationWarning first.
     */
    static long exactInt(Space s, String method, long r) {
        if (Py.isSmallInt(r) || s.typeOf(r) == s.intType) {
            return r;
        }
        Warnings.warn(s, "DeprecationWarning", method + " returned non-int (type " + s.typeOf(r).name
                + ").  The ability to return an instance of a strict subclass of int is deprecated, "
                + "and may be removed in a future version of Python.");
        long v = s.unwrap(r);
        return v == Py.TRUE ? Py.smallInt(1) : v == Py.FALSE ? Py.smallInt(0) : v;
    }

    /**
     * The float value a __float__ method returned (checked to be a float); for an instance of a
     * subclass, CPython's DeprecationWarning first.
     */
    static double exactFloat(Space s, PyType owner, long r) {
        if (s.typeOf(r) != s.floatType) {
            double d = s.floatValue(r);
            Warnings.warn(s, "DeprecationWarning", owner.name + ".__float__ returned non-float (type "
                    + s.typeOf(r).name + ").  The ability to return an instance of a strict subclass of float "
                    + "is deprecated, and may be removed in a future version of Python.");
            return d;
        }
        return s.floatValue(r);
    }

    static long index(Space s, int slot) {
        long w = s.ts.get(slot);
        if (w == Py.TRUE || w == Py.FALSE) {
            return Py.smallInt(w == Py.TRUE ? 1 : 0);
        }
        if (s.isInt(w)) {
            return s.unwrap(w) == w ? w : s.unwrap(w);
        }
        long m = Ops.userSpecial(s, w, "__index__");
        if (m == 0) {
            throw Errors.typeError(s, "'" + s.typeOf(w).name + "' object cannot be interpreted as an integer");
        }
        long r = Ops.callSpecial(s, m, slot);
        if (!s.isInt(r)) {
            throw Errors.typeError(s, "__index__ returned non-int (type " + s.typeOf(r).name + ")");
        }
        return exactInt(s, "__index__", r);
    }

    // ---------------------------------------------------------------- constructors

    static final Builtin INT_NEW = Builtin.method("int", "__new__(cls, x=?, /, base=?)", (s, a) -> {
        long x = a.get(1);
        long v;
        if (x == 0) {
            if (a.given(2)) {
                throw Errors.typeError(s, "int() missing string argument");
            }
            v = Py.smallInt(0);
        } else if (a.given(2)) {
            long b = s.bigValue(index(s, a.slot(2))).longValue();
            if (!s.isStr(x) && BytesMethods.bytesLike(s, x) == null) {
                throw Errors.typeError(s, "int() can't convert non-string with explicit base");
            }
            v = parseInt(s, x, (int) b);
        } else {
            v = intValue(s, a.slot(1));
        }
        return wrap(s, a.slot(0), v);
    });

    private static long parseInt(Space s, long x, int base) {
        byte[] raw = s.isStr(x) ? null : BytesMethods.bytesLike(s, x);
        String text = s.isStr(x) ? s.str(x) : new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            return s.newInt(IntParser.parse(text, base, s.maxStrDigits));
        } catch (dev.pyxis.python.support.PyFailure f) {
            if (!s.isStr(x) && f.getMessage().startsWith("invalid literal")) {
                String shown = StrRepr.bytesRepr(raw);
                if (s.typeOf(s.unwrap(x)) == s.bytearrayType) {
                    shown = "bytearray(" + shown + ")";
                }
                throw Errors.valueError(s, "invalid literal for int() with base " + base + ": " + shown);
            }
            throw Errors.fromFailure(s, f);
        }
    }

    /** int(x) for one argument. */
    static long intValue(Space s, int slot) {
        long x = s.ts.get(slot);
        if (s.isInt(x)) {
            long v = s.unwrap(x);
            return v == Py.TRUE ? Py.smallInt(1) : v == Py.FALSE ? Py.smallInt(0) : v;
        }
        PyType t = s.typeOf(x);
        if (t.isSubtypeOf(s.floatType)) {
            double d = s.floatValue(x);
            try {
                return s.newInt(FloatMath.toBigInteger(d));
            } catch (dev.pyxis.python.support.PyFailure f) {
                throw Errors.fromFailure(s, f);
            }
        }
        for (String name : new String[] {"__int__", "__index__", "__trunc__"}) {
            long m = Ops.userSpecial(s, x, name);
            if (m != 0) {
                if (name.equals("__trunc__")) {
                    Warnings.warn(s, "DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.");
                }
                long r = Ops.callSpecial(s, m, slot);
                if (!s.isInt(r)) {
                    throw Errors.typeError(s, name + " returned non-int (type " + s.typeOf(r).name + ")");
                }
                return name.equals("__trunc__") ? s.unwrap(r) : exactInt(s, name, r);
            }
        }
        if (s.isStr(x) || BytesMethods.bytesLike(s, x) != null) {
            return parseInt(s, x, 10);
        }
        throw Errors.typeError(s, "int() argument must be a string, a bytes-like object or a real number, not '" + t.name + "'");
    }

    static final Builtin FLOAT_NEW = Builtin.method("float", "__new__(cls, x=?, /)", (s, a) -> {
        long x = a.get(1);
        double d;
        if (x == 0) {
            d = 0.0;
        } else {
            d = floatValue(s, a.slot(1));
        }
        return wrap(s, a.slot(0), s.newFloat(d));
    });

    static double floatValue(Space s, int slot) {
        long x = s.ts.get(slot);
        PyType t = s.typeOf(x);
        if (t.isSubtypeOf(s.floatType)) {
            return s.floatValue(x);
        }
        if (s.isInt(x)) {
            return Numbers.toDouble(s, s.unwrap(x));
        }
        if (s.isStr(x)) {
            try {
                return FloatParser.parse(s.str(x));
            } catch (dev.pyxis.python.support.PyFailure f) {
                throw Errors.fromFailure(s, f);
            }
        }
        long m = Ops.userSpecial(s, x, "__float__");
        if (m != 0) {
            long r = Ops.callSpecial(s, m, slot);
            if (!s.typeOf(r).isSubtypeOf(s.floatType)) {
                throw Errors.typeError(s, t.name + ".__float__ returned non-float (type " + s.typeOf(r).name + ")");
            }
            return exactFloat(s, t, r);
        }
        m = Ops.userSpecial(s, x, "__index__");
        if (m != 0) {
            return Numbers.toDouble(s, Ops.callSpecial(s, m, slot));
        }
        byte[] raw = BytesMethods.bytesLike(s, x);
        if (raw != null) {
            try {
                return FloatParser.parse(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1));
            } catch (dev.pyxis.python.support.PyFailure f) {
                throw Errors.fromFailure(s, f);
            }
        }
        throw Errors.typeError(s, "float() argument must be a string or a real number, not '" + t.name + "'");
    }

    /** The text of str()'s encoding or errors argument, which must be a str. */
    private static String strArgument(Space s, long w, String name) {
        if (!s.isStr(w)) {
            throw Errors.typeError(s, "str() argument '" + name + "' must be str, not " + (w == Py.NONE ? "None" : s.typeOf(w).name));
        }
        return s.str(w);
    }

    static final Builtin STR_NEW = Builtin.method("str", "__new__(cls, object=?, encoding=?, errors=?)", (s, a) -> {
        long v;
        if (!a.given(1)) {
            v = s.newStr("");
        } else if (a.given(2) || a.given(3)) {
            String encoding = a.given(2) ? strArgument(s, a.get(2), "encoding") : "utf-8";
            String errors = a.given(3) ? strArgument(s, a.get(3), "errors") : "strict";
            v = StrEncoding.decode(s, a.slot(1), encoding, errors);
        } else {
            v = Ops.str(s, a.slot(1));
        }
        return wrap(s, a.slot(0), v);
    });

    static final Builtin BOOL_NEW = Builtin.method("bool", "__new__(cls, x=False, /)", (s, a) -> Py.bool(Ops.truth(s, a.slot(1))));

    static final Builtin TUPLE_NEW = Builtin.method("tuple", "__new__(cls, iterable=?, /)", (s, a) -> {
        long v = a.given(1) ? tupleOf(s, a.slot(1)) : s.emptyTuple();
        return wrap(s, a.slot(0), v);
    });

    static final Builtin LIST_NEW = Builtin.method("list", "__new__(cls, *args, **kwargs)",
            (s, a) -> wrap(s, a.slot(0), Lists.create(s, 0)));

    static final Builtin LIST_INIT = Builtin.method("list", "__init__(self, iterable=?, /)", (s, a) -> {
        Lists.clear(s, s.unwrap(a.get(0)));
        if (a.given(1)) {
            ListMethods.extend(s, a.slot(0), a.slot(1));
        }
        return Py.NONE;
    });

    static final Builtin DICT_NEW = Builtin.method("dict", "__new__(cls, *args, **kwargs)",
            (s, a) -> wrap(s, a.slot(0), Dicts.create(s)));

    static final Builtin DICT_INIT = Builtin.method("dict", "__init__(self, iterable=?, /, **kwargs)", (s, a) -> {
        int d = s.ts.push(s.unwrap(a.get(0)));
        if (a.given(1)) {
            DictOps.update(s, d, a.slot(1));
        }
        if (Dicts.size(a.get(2)) > 0) {
            DictOps.update(s, d, a.slot(2));
        }
        s.ts.truncate(d);
        return Py.NONE;
    });

    static final Builtin SET_NEW = Builtin.method("set", "__new__(cls, *args, **kwargs)",
            (s, a) -> wrap(s, a.slot(0), Sets.create(s, false)));

    static final Builtin SET_INIT = Builtin.method("set", "__init__(self, iterable=?, /)", (s, a) -> {
        int set = s.ts.push(s.unwrap(a.get(0)));
        Sets.clear(s, set);
        if (a.given(1)) {
            SetMethods.update(s, set, a.slot(1));
        }
        s.ts.truncate(set);
        return Py.NONE;
    });

    static final Builtin FROZENSET_NEW = Builtin.method("frozenset", "__new__(cls, iterable=?, /)", (s, a) -> {
        int set = s.ts.push(Sets.create(s, true));
        if (a.given(1)) {
            SetMethods.update(s, set, a.slot(1));
        }
        return wrap(s, a.slot(0), s.ts.get(set));
    });

    static final Builtin RANGE_NEW = Builtin.method("range", "__new__(cls, /, *args)", (s, a) -> {
        long args = a.get(1);
        int n = (int) Space.length(args);
        if (n == 0) {
            throw Errors.typeError(s, "range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw Errors.typeError(s, "range expected at most 3 arguments, got " + n);
        }
        int base = s.ts.top();
        for (int i = 0; i < n; i++) {
            int v = s.ts.push(Space.item(a.get(1), i));
            s.ts.set(v, index(s, v));
        }
        if (n == 1) {
            s.ts.push(s.ts.get(base));
            s.ts.set(base, Py.smallInt(0));
        }
        if (n < 3) {
            s.ts.push(Py.smallInt(1));
        }
        return Ranges.create(s, base, base + 1, base + 2);
    });

    static final Builtin SLICE_NEW = Builtin.method("slice", "__new__(cls, /, *args)", (s, a) -> {
        long args = a.get(1);
        int n = (int) Space.length(args);
        if (n == 0 || n > 3) {
            throw Errors.typeError(s, n == 0 ? "slice expected at least 1 argument, got 0" : "slice expected at most 3 arguments, got " + n);
        }
        int base = s.ts.top();
        if (n == 1) {
            s.ts.push(Py.NONE);
            s.ts.push(Space.item(a.get(1), 0));
            s.ts.push(Py.NONE);
        } else {
            for (int i = 0; i < 3; i++) {
                s.ts.push(i < n ? Space.item(a.get(1), i) : Py.NONE);
            }
        }
        return Slices.create(s, base, base + 1, base + 2);
    });

    static final Builtin COMPLEX_NEW = Builtin.method("complex", "__new__(cls, real=?, imag=?)", (s, a) -> {
        if (a.given(1) && !a.given(2) && s.typeOf(a.get(1)) == s.complexType && s.asType(a.get(0)) == s.complexType) {
            return a.get(1);
        }
        double[] c = ComplexMethods.construct(s, a);
        return wrap(s, a.slot(0), s.newComplex(c[0], c[1]));
    });

    static final Builtin ENUMERATE_NEW = Builtin.method("enumerate", "__new__(cls, iterable, start=0)", (s, a) -> {
        int it = s.ts.push(Ops.iter(s, a.slot(1)));
        return Iteration.makePublic(s, "enumerate", s.ts.get(it), index(s, a.slot(2)));
    });

    static final Builtin ZIP_NEW = Builtin.method("zip", "__new__(cls, *iterables, strict=False)", (s, a) -> {
        long n = Space.length(a.get(1));
        int base = s.ts.top();
        for (long i = 0; i < n; i++) {
            int x = s.ts.push(Space.item(a.get(1), i));
            s.ts.set(x, Ops.iter(s, x));
        }
        long iters = s.newTupleFromRoots(base, (int) n);
        return Iteration.makePublic(s, "zip", iters, Py.bool(Ops.truth(s, a.slot(2))));
    });

    static final Builtin MAP_NEW = Builtin.method("map", "__new__(cls, /, *args)", (s, a) -> {
        long n = Space.length(a.get(1)) - 1;
        if (n < 1) {
            throw Errors.typeError(s, "map() must have at least two arguments.");
        }
        int first = s.ts.top();
        for (long i = 1; i <= n; i++) {
            int x = s.ts.push(Space.item(a.get(1), i));
            s.ts.set(x, Ops.iter(s, x));
        }
        long iters = s.newTupleFromRoots(first, (int) n);
        return Iteration.makePublic(s, "map", Space.item(a.get(1), 0), iters);
    });

    static final Builtin FILTER_NEW = Builtin.method("filter", "__new__(cls, function, iterable, /)", (s, a) -> {
        int it = s.ts.push(Ops.iter(s, a.slot(2)));
        return Iteration.makePublic(s, "filter", a.get(1), s.ts.get(it));
    });

    static final Builtin REVERSED_NEW = Builtin.method("reversed", "__new__(cls, sequence, /)", (s, a) -> {
        long seq = a.get(1);
        // The type's __reversed__, builtin ones included (range, dict views); None opts out.
        long m = s.typeOf(seq).lookup("__reversed__");
        if (m == Py.NONE) {
            throw Errors.typeError(s, "'" + s.typeOf(seq).name + "' object is not reversible");
        }
        if (m != 0) {
            return Ops.callSpecial(s, m, a.slot(1));
        }
        PyType t = s.typeOf(s.unwrap(seq));
        if (t == s.listType) {
            int l = s.ts.push(s.unwrap(seq));
            return Iteration.reversedList(s, l);
        }
        if (t.nativeKind == PyType.Native.DICT) {
            int keys = s.ts.push(s.unwrap(seq));
            int base = s.ts.top();
            int n = Iteration.pushAll(s, keys);
            long list = Lists.fromRoots(s, base, n);
            s.ts.set(keys, list);
            return Iteration.reversedList(s, keys);
        }
        if (Ops.userSpecial(s, seq, "__getitem__") == 0 && t != s.tupleType && t != s.strType && t != s.rangeType && t != s.bytesType
                && t != s.bytearrayType) {
            throw Errors.typeError(s, "'" + s.typeOf(seq).name + "' object is not reversible");
        }
        long n = Ops.len(s, a.slot(1));
        long it = s.allocFixed(OBJ3, s.builtinTypes.get("reversed").rootShape);
        Space.putRaw(it, F1, a.get(1));
        Space.putRaw(it, F2, Py.smallInt(n - 1));
        Space.putRaw(it, F3, 0);
        return it;
    });

    // ---------------------------------------------------------------- functions

    static final Builtin LEN = Builtin.function("len(obj, /)", (s, a) -> s.newInt(Ops.len(s, a.slot(0))));
    static final Builtin REPR = Builtin.function("repr(obj, /)", (s, a) -> Ops.repr(s, a.slot(0)));
    static final Builtin ASCII = Builtin.function("ascii(obj, /)", (s, a) -> s.newStr(asciiRepr(Ops.reprString(s, a.slot(0)))));
    static final Builtin ID = Builtin.function("id(obj, /)", (s, a) -> s.newInt(s.identity(a.get(0))));
    static final Builtin HASH = Builtin.function("hash(obj, /)", (s, a) -> s.newInt(Ops.hash(s, a.slot(0))));
    static final Builtin CALLABLE = Builtin.function("callable(obj, /)", (s, a) -> {
        PyType t = s.typeOf(a.get(0));
        return Py.bool(t == s.functionType || t == s.builtinType || t == s.methodType || t == s.staticmethodType
                || s.asType(a.get(0)) != null
                || t.lookup("__call__") != 0);
    });

    private static String asciiRepr(String r) {
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    static final Builtin ABS = Builtin.function("abs(x, /)", (s, a) -> {
        long x = a.get(0);
        long m = Ops.userSpecial(s, x, "__abs__");
        if (m != 0) {
            return Ops.callSpecial(s, m, a.slot(0));
        }
        long v = s.unwrap(x);
        PyType t = s.typeOf(v);
        if (s.isInt(v)) {
            return s.newInt(s.bigValue(v).abs());
        }
        if (t == s.floatType) {
            return s.newFloat(Math.abs(s.floatValue(v)));
        }
        if (t == s.complexType) {
            return s.newFloat(dev.pyxis.python.support.ComplexMath.abs(s.complexReal(v), s.complexImag(v)));
        }
        throw Errors.typeError(s, "bad operand type for abs(): '" + s.typeOf(x).name + "'");
    });

    static boolean isInstance(Space s, int objSlot, int clsSlot) {
        long cls = s.ts.get(clsSlot);
        if (s.typeOf(cls) == s.tupleType) {
            long n = Space.length(cls);
            for (long i = 0; i < n; i++) {
                int c = s.ts.push(Space.item(s.ts.get(clsSlot), i));
                try {
                    if (isInstance(s, objSlot, c)) {
                        return true;
                    }
                } finally {
                    s.ts.truncate(c);
                }
            }
            return false;
        }
        if (Unions.isUnion(s, cls)) {
            int args = s.ts.push(Unions.args(s, clsSlot));
            try {
                return isInstance(s, objSlot, args);
            } finally {
                s.ts.truncate(args);
            }
        }
        PyType t = s.asType(cls);
        if (t == null) {
            if (Py.isObject(cls) && s.typeOf(cls) == s.builtinTypes.get("types.GenericAlias")) {
                throw Errors.typeError(s, "isinstance() argument 2 cannot be a parameterized generic");
            }
            throw Errors.typeError(s, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyType meta = s.typeOf(cls);
        if (meta != s.typeType) {
            long check = meta.lookup("__instancecheck__");
            if (check != 0 && check != s.typeType.getOwn("__instancecheck__")) {
                int r = s.ts.push(Ops.callSpecial(s, check, clsSlot, objSlot));
                try {
                    return Ops.truth(s, r);
                } finally {
                    s.ts.truncate(r);
                }
            }
        }
        return s.typeOf(s.ts.get(objSlot)).isSubtypeOf(t);
    }

    static final Builtin ISINSTANCE = Builtin.function("isinstance(obj, class_or_tuple, /)",
            (s, a) -> Py.bool(isInstance(s, a.slot(0), a.slot(1))));

    static boolean isSubclass(Space s, int subSlot, int clsSlot) {
        long cls = s.ts.get(clsSlot);
        if (s.typeOf(cls) == s.tupleType) {
            for (long i = 0; i < Space.length(s.ts.get(clsSlot)); i++) {
                int c = s.ts.push(Space.item(s.ts.get(clsSlot), i));
                try {
                    if (isSubclass(s, subSlot, c)) {
                        return true;
                    }
                } finally {
                    s.ts.truncate(c);
                }
            }
            return false;
        }
        if (Unions.isUnion(s, cls)) {
            int args = s.ts.push(Unions.args(s, clsSlot));
            try {
                return isSubclass(s, subSlot, args);
            } finally {
                s.ts.truncate(args);
            }
        }
        PyType t = s.asType(cls);
        if (t == null) {
            if (Py.isObject(cls) && s.typeOf(cls) == s.builtinTypes.get("types.GenericAlias")) {
                throw Errors.typeError(s, "issubclass() argument 2 cannot be a parameterized generic");
            }
            throw Errors.typeError(s, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        PyType meta = s.typeOf(cls);
        if (meta != s.typeType) {
            long check = meta.lookup("__subclasscheck__");
            if (check != 0 && check != s.typeType.getOwn("__subclasscheck__")) {
                int r = s.ts.push(Ops.callSpecial(s, check, clsSlot, subSlot));
                try {
                    return Ops.truth(s, r);
                } finally {
                    s.ts.truncate(r);
                }
            }
        }
        PyType sub = s.asType(s.ts.get(subSlot));
        if (sub == null) {
            throw Errors.typeError(s, "issubclass() arg 1 must be a class");
        }
        return sub.isSubtypeOf(t);
    }

    static final Builtin ISSUBCLASS = Builtin.function("issubclass(cls, class_or_tuple, /)",
            (s, a) -> Py.bool(isSubclass(s, a.slot(0), a.slot(1))));

    static final Builtin GETATTR = Builtin.function("getattr(object, name, default=?, /)", (s, a) -> {
        String name = attrName(s, a.get(1), "getattr");
        if (a.given(2)) {
            long v = Attributes.find(s, a.slot(0), name);
            return v == 0 ? a.get(2) : v;
        }
        return Attributes.get(s, a.slot(0), name);
    });

    private static String attrName(Space s, long w, String fn) {
        if (!s.isStr(w)) {
            throw Errors.typeError(s, fn.equals("getattr") || fn.equals("hasattr") || fn.equals("delattr") || fn.equals("setattr")
                    ? "attribute name must be string, not '" + s.typeOf(w).name + "'" : fn);
        }
        return s.str(w);
    }

    static final Builtin HASATTR = Builtin.function("hasattr(obj, name, /)",
            (s, a) -> Py.bool(Attributes.find(s, a.slot(0), attrName(s, a.get(1), "hasattr")) != 0));

    static final Builtin SETATTR = Builtin.function("setattr(obj, name, value, /)", (s, a) -> {
        Attributes.set(s, a.slot(0), attrName(s, a.get(1), "setattr"), a.slot(2));
        return Py.NONE;
    });

    static final Builtin DELATTR = Builtin.function("delattr(obj, name, /)", (s, a) -> {
        Attributes.delete(s, a.slot(0), attrName(s, a.get(1), "delattr"));
        return Py.NONE;
    });

    static final Builtin ITER = Builtin.function("iter(object, sentinel=?, /)", (s, a) -> {
        if (a.given(1)) {
            PyType t = s.typeOf(a.get(0));
            if (!(t == s.functionType || t == s.builtinType || t == s.methodType || s.asType(a.get(0)) != null || t.lookup("__call__") != 0)) {
                throw Errors.typeError(s, "iter(v, w): v must be callable");
            }
            return Iteration.callableIterator(s, a.slot(0), a.slot(1));
        }
        return Ops.iter(s, a.slot(0));
    });

    /** aiter(async_iterable): type(x).__aiter__(x), which must give an async iterator. */
    static final Builtin AITER = Builtin.function("aiter(async_iterable, /)", (s, a) -> {
        long m = s.typeOf(a.get(0)).lookup("__aiter__");
        if (m == 0) {
            throw Errors.typeError(s, "'" + s.typeOf(a.get(0)).name + "' object is not an async iterable");
        }
        long it = Ops.callSpecial(s, m, a.slot(0));
        if (s.typeOf(it).lookup("__anext__") == 0) {
            throw Errors.typeError(s, "aiter() returned not an async iterator of type '" + s.typeOf(it).name + "'");
        }
        return it;
    });

    /**
     * anext(async_iterator[, default]): the awaitable of type(x).__anext__(x); with a default,
     * a coroutine that gives the default instead of StopAsyncIteration.
     */
    static final Builtin ANEXT = Builtin.function("anext(aiterator, default=?, /)", (s, a) -> {
        long m = s.typeOf(a.get(0)).lookup("__anext__");
        if (m == 0) {
            throw Errors.typeError(s, "'" + s.typeOf(a.get(0)).name + "' object is not an async iterator");
        }
        long awaitable = Ops.callSpecial(s, m, a.slot(0));
        if (!a.given(1)) {
            return awaitable;
        }
        int base = s.ts.push(awaitable);
        try {
            int module = s.ts.push(Imports.loaded(s, "_sitebuiltins"));
            long helper = Attributes.get(s, module, "_anext_or_default");
            return Calls.invoke(s, helper, s.ts.get(base), a.get(1));
        } finally {
            s.ts.truncate(base);
        }
    });

    static final Builtin NEXT = Builtin.function("next(iterator, default=?, /)", (s, a) -> {
        long it = a.get(0);
        if (!Iteration.isIterator(s, it)) {
            throw Errors.typeError(s, "'" + s.typeOf(it).name + "' object is not an iterator");
        }
        if (Generators.isGenerator(s, it)) {
            long v = Generators.resume(s, a.slot(0), -1, Generators.Mode.SEND);
            if (v == 0) {
                if (a.given(1)) {
                    s.ts.takeReturned();
                    return a.get(1);
                }
                throw Generators.stopIteration(s);
            }
            return v;
        }
        // Java awaitables end with StopIteration(value), which their __next__ raises.
        if (s.typeOf(it).heapType || s.typeOf(it).behaviour instanceof Generators.Awaitable) {
            if (a.given(1)) {
                long v = Ops.next(s, a.slot(0));
                return v == 0 ? a.get(1) : v;
            }
            return Ops.callSpecial(s, s.typeOf(it).lookup("__next__"), a.slot(0));
        }
        long v = Ops.next(s, a.slot(0));
        if (v == 0) {
            if (a.given(1)) {
                return a.get(1);
            }
            throw Errors.stopIteration(s);
        }
        return v;
    });

    static final Builtin CHR = Builtin.function("chr(i, /)", (s, a) -> {
        java.math.BigInteger big = s.bigValue(index(s, a.slot(0)));
        if (big.bitLength() > 31) {
            throw Errors.raise(s, "OverflowError", "Python int too large to convert to C int");
        }
        long i = big.longValue();
        if (i < 0 || i > 0x10FFFF) {
            throw Errors.valueError(s, "chr() arg not in range(0x110000)");
        }
        return s.charStr((int) i);
    });

    static final Builtin ORD = Builtin.function("ord(c, /)", (s, a) -> {
        long c = a.get(0);
        if (s.isStr(c)) {
            long n = s.strLength(c);
            if (n != 1) {
                throw Errors.typeError(s, "ord() expected a character, but string of length " + n + " found");
            }
            return Py.smallInt(Strs.codePointAt(s.unwrap(c), 0));
        }
        if (s.typeOf(s.unwrap(c)) == s.bytesType || s.typeOf(s.unwrap(c)) == s.bytearrayType) {
            byte[] b = BytesMethods.bytesLike(s, c);
            if (b.length != 1) {
                throw Errors.typeError(s, "ord() expected a character, but string of length " + b.length + " found");
            }
            return Py.smallInt(b[0] & 0xff);
        }
        throw Errors.typeError(s, "ord() expected string of length 1, but " + s.typeOf(c).name + " found");
    });

    private static long minMax(Space s, Builtin.Args a, CompareOp op, String name) {
        ThreadState ts = s.ts;
        long args = a.get(0);
        int n = (int) Space.length(args);
        int iterSlot;
        if (n == 0) {
            throw Errors.typeError(s, name + " expected at least 1 argument, got 0");
        }
        // The keywords are checked after the count, as CPython does: at most key and default.
        long kw = a.get(1);
        long nkw = Dicts.size(kw);
        if (nkw > 2) {
            throw Errors.typeError(s, name + "() takes at most 2 keyword arguments (" + nkw + " given)");
        }
        for (long e = 0; e < Dicts.entryCount(kw); e++) {
            long k = Dicts.keyAt(kw, e);
            if (k != 0 && !s.str(k).equals("key") && !s.str(k).equals("default")) {
                throw Errors.typeError(s, "'" + s.str(k) + "' is an invalid keyword argument for " + name + "()");
            }
        }
        int keyFn = ts.push(Dicts.getStr(s, a.get(1), "key"));
        if (ts.get(keyFn) == 0) {
            ts.set(keyFn, Py.NONE);
        }
        int dflt = ts.push(Dicts.getStr(s, a.get(1), "default"));
        boolean hasDefault = ts.get(dflt) != 0;
        int base = ts.top();
        if (n == 1) {
            int src = ts.push(Space.item(a.get(0), 0));
            base = ts.top();
            int count = Iteration.pushAll(s, src);
            if (count == 0) {
                if (hasDefault) {
                    return ts.get(dflt);
                }
                throw Errors.valueError(s, name + "() arg is an empty sequence");
            }
            iterSlot = count;
        } else {
            if (hasDefault) {
                throw Errors.typeError(s, "Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            for (int i = 0; i < n; i++) {
                ts.push(Space.item(a.get(0), i));
            }
            iterSlot = n;
        }
        int count = iterSlot;
        int best = ts.push(ts.get(base));
        int bestKey = ts.push(ts.get(keyFn) == Py.NONE ? ts.get(base) : Calls.invoke(s, ts.get(keyFn), ts.get(base)));
        int cand = ts.push(0);
        int candKey = ts.push(0);
        for (int i = 1; i < count; i++) {
            ts.set(cand, ts.get(base + i));
            ts.set(candKey, ts.get(keyFn) == Py.NONE ? ts.get(cand) : Calls.invoke(s, ts.get(keyFn), ts.get(cand)));
            int r = ts.push(Ops.compare(s, op, candKey, bestKey));
            boolean better = Ops.truth(s, r);
            ts.truncate(r);
            if (better) {
                ts.set(best, ts.get(cand));
                ts.set(bestKey, ts.get(candKey));
            }
        }
        return ts.get(best);
    }

    static final Builtin MIN = Builtin.function("min(*args, **kwargs)", (s, a) -> minMax(s, a, CompareOp.LT, "min"));
    static final Builtin MAX = Builtin.function("max(*args, **kwargs)", (s, a) -> minMax(s, a, CompareOp.GT, "max"));

    static final Builtin SUM = Builtin.function("sum(iterable, /, start=0)", (s, a) -> {
        long start = a.get(1);
        if (s.isStr(start)) {
            throw Errors.typeError(s, "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (s.typeOf(start) == s.bytesType) {
            throw Errors.typeError(s, "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (s.typeOf(start) == s.bytearrayType) {
            throw Errors.typeError(s, "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        ThreadState ts = s.ts;
        int acc = ts.push(start);
        int it = ts.push(Ops.iter(s, a.slot(0)));
        int x = ts.push(0);
        while (true) {
            long v = Ops.next(s, it);
            if (v == 0) {
                return ts.get(acc);
            }
            ts.set(x, v);
            ts.set(acc, Ops.binary(s, dev.pyxis.python.bytecode.BinaryOp.ADD, acc, x));
        }
    });

    private static long anyAll(Space s, Builtin.Args a, boolean any) {
        ThreadState ts = s.ts;
        int it = ts.push(Ops.iter(s, a.slot(0)));
        int x = ts.push(0);
        while (true) {
            long v = Ops.next(s, it);
            if (v == 0) {
                return Py.bool(!any);
            }
            ts.set(x, v);
            if (Ops.truth(s, x) == any) {
                return Py.bool(any);
            }
        }
    }

    static final Builtin ANY = Builtin.function("any(iterable, /)", (s, a) -> anyAll(s, a, true));
    static final Builtin ALL = Builtin.function("all(iterable, /)", (s, a) -> anyAll(s, a, false));

    /** sorted() is list.sort() on a new list in CPython, so keyword errors speak of sort(). */
    static final Builtin SORTED = Builtin.function("sorted(*args, **kwargs)", (s, a) -> {
        if (Space.length(a.get(0)) != 1) {
            throw Errors.typeError(s, "sorted expected 1 argument, got " + Space.length(a.get(0)));
        }
        // The list is made first: an iterable that fails does so before any keyword error.
        int base = s.ts.top();
        int src = s.ts.push(Space.item(a.get(0), 0));
        int n = Iteration.pushAll(s, src);
        int list = s.ts.push(Lists.fromRoots(s, base + 1, n));
        long kw = a.get(1);
        long nkw = Dicts.size(kw);
        if (nkw > 2) {
            throw Errors.typeError(s, "sort() takes at most 2 keyword arguments (" + nkw + " given)");
        }
        for (long e = 0; e < Dicts.entryCount(kw); e++) {
            long k = Dicts.keyAt(kw, e);
            if (k != 0 && !s.str(k).equals("key") && !s.str(k).equals("reverse")) {
                throw Errors.typeError(s, "'" + s.str(k) + "' is an invalid keyword argument for sort()");
            }
        }
        int key = s.ts.push(Dicts.getStr(s, a.get(1), "key"));
        if (s.ts.get(key) == 0) {
            s.ts.set(key, Py.NONE);
        }
        int reverse = s.ts.push(Dicts.getStr(s, a.get(1), "reverse"));
        boolean rev = s.ts.get(reverse) != 0 && Ops.truth(s, reverse);
        Sorting.sort(s, list, key, rev);
        return s.ts.get(list);
    });

    static final Builtin GLOBALS = Builtin.function("globals()", (s, a) -> s.ts.get(s.ts.frame.base + Frame.GLOBALS));

    static final Builtin LOCALS = Builtin.function("locals()", (s, a) -> FrameLocals.locals(s, s.ts.frame));

    static final Builtin VARS = Builtin.function("vars(object=?, /)", (s, a) -> {
        if (!a.given(0)) {
            return FrameLocals.locals(s, s.ts.frame);
        }
        long d = Attributes.find(s, a.slot(0), "__dict__");
        if (d == 0) {
            throw Errors.typeError(s, "vars() argument must have __dict__ attribute");
        }
        return d;
    });

    static final Builtin DIR = Builtin.function("dir(object=?, /)", (s, a) -> {
        if (!a.given(0)) {
            int l = s.ts.push(FrameLocals.locals(s, s.ts.frame));
            int base = s.ts.top();
            int n = Iteration.pushAll(s, l);
            int list = s.ts.push(Lists.fromRoots(s, base, n));
            Sorting.sort(s, list, -1, false);
            return s.ts.get(list);
        }
        return Dir.dir(s, a.slot(0));
    });

    static final Builtin FORMAT = Builtin.function("format(value, format_spec=?, /)", (s, a) -> {
        long spec = a.get(1);
        if (spec == 0) {
            return Formatting.format(s, a.slot(0), "");
        }
        if (!s.isStr(spec)) {
            throw Errors.typeError(s, "format() argument 2 must be str, not "
                    + (spec == Py.NONE ? "None" : s.typeOf(spec).name));
        }
        return Formatting.format(s, a.slot(0), s.str(spec));
    });

    static final Builtin DIVMOD = Builtin.function("divmod(x, y, /)", (s, a) -> Arith.divmod(s, a.slot(0), a.slot(1)));

    static final Builtin POW = Builtin.function("pow(base, exp, mod=None)", (s, a) -> a.get(2) == Py.NONE
            ? Ops.binary(s, dev.pyxis.python.bytecode.BinaryOp.POWER, a.slot(0), a.slot(1))
            : Arith.power(s, a.slot(0), a.slot(1), a.slot(2)));

    static final Builtin ROUND = Builtin.function("round(number, ndigits=None)", (s, a) -> {
        long x = a.get(0);
        long m = Ops.userSpecial(s, x, "__round__");
        if (m != 0) {
            return a.get(1) == Py.NONE ? Ops.callSpecial(s, m, a.slot(0)) : Ops.callSpecial(s, m, a.slot(0), a.slot(1));
        }
        long v = s.unwrap(x);
        if (s.isInt(v)) {
            if (a.get(1) == Py.NONE) {
                return s.newInt(s.bigValue(v));
            }
            return s.newInt(dev.pyxis.python.support.IntMath.round(s.bigValue(v), s.bigValue(index(s, a.slot(1))).longValue()));
        }
        if (s.typeOf(v) == s.floatType) {
            try {
                if (a.get(1) == Py.NONE) {
                    return s.newInt(FloatMath.round(s.floatValue(v)));
                }
                BigInteger nd = s.bigValue(index(s, a.slot(1)));
                long ndigits = nd.bitLength() > 62 ? (nd.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : nd.longValue();
                return s.newFloat(FloatMath.round(s.floatValue(s.unwrap(a.get(0))), ndigits));
            } catch (dev.pyxis.python.support.PyFailure f) {
                throw Errors.fromFailure(s, f);
            }
        }
        throw Errors.typeError(s, "type " + s.typeOf(x).name + " doesn't define __round__ method");
    });

    private static Builtin base(String name, int radix) {
        return Builtin.function(name + "(number, /)", (s, a) -> {
            BigInteger v = s.bigValue(index(s, a.slot(0)));
            return s.newStr(switch (radix) {
                case 2 -> IntText.bin(v);
                case 8 -> IntText.oct(v);
                default -> IntText.hex(v);
            });
        });
    }

    static final Builtin BIN = base("bin", 2);
    static final Builtin OCT = base("oct", 8);
    static final Builtin HEX = base("hex", 16);

    static final Builtin INPUT = Builtin.function("input(prompt=?, /)", (s, a) -> {
        if (a.get(0) != 0 && s.isStr(a.get(0)) && s.strLength(a.get(0)) > 0) {
            Streams.writeStdout(s, s.str(a.get(0)));
        }
        if (Streams.isStd(s, Sys.get(s, "stdout"))) {
            Streams.stream(s, Sys.get(s, "stdout")).flush();
        } else {
            FileObjects.flushAll(s);
        }
        long in = Sys.get(s, "stdin");
        if (!Streams.isStd(s, in)) {
            int f = s.ts.push(in);
            try {
                int m = s.ts.push(Attributes.get(s, f, "readline"));
                long line = Calls.call(s, m, m + 1, 0, -1);
                if (!s.isStr(line)) {
                    throw Errors.typeError(s, "object.readline() returned non-string");
                }
                String text = s.str(line);
                if (text.isEmpty()) {
                    throw Errors.raise(s, "EOFError", "EOF when reading a line");
                }
                return s.newStr(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
            } finally {
                s.ts.truncate(f);
            }
        }
        Streams.TextStream st = Streams.stream(s, in);
        try {
            String line = st.in == null ? null : Streams.readLine(st.in);
            if (line == null) {
                throw Errors.raise(s, "EOFError", "EOF when reading a line");
            }
            return s.newStr(line.endsWith("\n") ? line.substring(0, line.length() - 1) : line);
        } catch (java.io.IOException e) {
            throw Streams.readFailure(s, e);
        }
    });

    static final Builtin BREAKPOINT = Builtin.function("breakpoint(*args, **kws)", (s, a) -> Py.NONE);

    static void install(Space s) {
        for (String name : Iteration.KINDS) {
            PyType t = s.newType(name, new PyType[] {s.objectType}, PyType.Native.ITERATOR, false);
            s.builtinTypes.put(name, t);
            s.materialize(t);
        }
        s.listIteratorType = s.builtinTypes.get("list_iterator");
        s.tupleIteratorType = s.builtinTypes.get("tuple_iterator");
        s.rangeIteratorType = s.builtinTypes.get("range_iterator");
        for (String name : Iteration.PUBLIC) {
            PyType t = s.newType(name, new PyType[] {s.objectType}, PyType.Native.ITERATOR, false);
            s.builtinTypes.put(name, t);
            s.materialize(t);
            Builtins.defineValue(s, name, s.typeWord(t));
        }
        PyType alias = s.newType("types.GenericAlias", new PyType[] {s.objectType}, PyType.Native.OTHER, false);
        s.builtinTypes.put("types.GenericAlias", alias);
        s.materialize(alias);
        GenericAlias.install(s, alias);
        Builtins.defineValue(s, "reversed", s.typeWord(s.builtinTypes.get("reversed")));
        Builtins.staticMethod(s, s.intType, INT_NEW);
        Builtins.staticMethod(s, s.floatType, FLOAT_NEW);
        Builtins.staticMethod(s, s.strType, STR_NEW);
        Builtins.staticMethod(s, s.boolType, BOOL_NEW);
        Builtins.staticMethod(s, s.tupleType, TUPLE_NEW);
        Builtins.staticMethod(s, s.listType, LIST_NEW);
        Builtins.method(s, s.listType, LIST_INIT);
        Builtins.staticMethod(s, s.dictType, DICT_NEW);
        Builtins.method(s, s.dictType, DICT_INIT);
        Builtins.staticMethod(s, s.setType, SET_NEW);
        Builtins.method(s, s.setType, SET_INIT);
        Builtins.staticMethod(s, s.frozensetType, FROZENSET_NEW);
        Builtins.staticMethod(s, s.rangeType, RANGE_NEW);
        Builtins.staticMethod(s, s.sliceType, SLICE_NEW);
        Builtins.staticMethod(s, s.complexType, COMPLEX_NEW);
        Builtins.staticMethod(s, s.builtinTypes.get("enumerate"), ENUMERATE_NEW);
        Builtins.staticMethod(s, s.builtinTypes.get("zip"), ZIP_NEW);
        Builtins.staticMethod(s, s.builtinTypes.get("map"), MAP_NEW);
        Builtins.staticMethod(s, s.builtinTypes.get("filter"), FILTER_NEW);
        Builtins.staticMethod(s, s.builtinTypes.get("reversed"), REVERSED_NEW);
        for (Builtin b : new Builtin[] {Streams.PRINT, LEN, REPR, ASCII, ID, HASH, CALLABLE, ABS, ISINSTANCE,
                ISSUBCLASS, GETATTR, HASATTR, SETATTR, DELATTR, ITER, NEXT, AITER, ANEXT, CHR, ORD, MIN, MAX, SUM, ANY, ALL,
                SORTED, GLOBALS, LOCALS, VARS, DIR, FORMAT, DIVMOD, POW, ROUND, BIN, OCT, HEX, INPUT, BREAKPOINT,
                BuildClass.BUILD_CLASS}) {
            Builtins.function(s, b);
        }
    }
}
