package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CompareOp;
import java.util.ArrayList;
import java.util.List;

/**
 * What the methods of int, bool, float and complex share: receiver checks with CPython's
 * descriptor messages, the binary, comparison and unary special methods as builtin methods
 * (so that {@code super().__add__(x)} in a subclass and {@code int.__add__(a, b)} work), and
 * read-only attributes such as {@code real}. The operations themselves are {@link Numbers}'.
 *
 * <p>A special method of a numeric type accepts the other operand when its kind is at most
 * the type's own ({@code int.__add__} takes ints, {@code float.__add__} ints and floats,
 * {@code complex.__add__} any number) and returns NotImplemented otherwise.
 */
final class NumberMethods {
    private NumberMethods() {}

    /** The type standing for a kind of number. */
    static PyType typeOf(Space s, int kind) {
        return switch (kind) {
            case Numbers.INT -> s.intType;
            case Numbers.FLOAT -> s.floatType;
            default -> s.complexType;
        };
    }

    /**
     * The builtin value of the receiver {@code self} of method {@code name} of {@code owner}, or
     * TypeError in CPython's words (special methods and named methods word it differently).
     */
    static long receiver(Space s, long self, PyType owner, String name) {
        PyType t = s.typeOf(self);
        if (!t.isSubtypeOf(owner)) {
            throw Errors.typeError(s, name.startsWith("__")
                    ? "descriptor '" + name + "' requires a '" + owner.name + "' object but received a '" + t.name + "'"
                    : "descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '" + t.name + "' object");
        }
        return s.unwrap(self);
    }

    /** The int value of an int receiver as an exact int (bools become 0 and 1). */
    static long exactInt(long v) {
        return v == Py.TRUE ? Py.smallInt(1) : v == Py.FALSE ? Py.smallInt(0) : v;
    }

    /** The other operand's value if a method of a {@code kind} type accepts it, else 0. */
    private static long operand(Space s, long other, int kind) {
        long v = s.unwrap(other);
        int k = Numbers.kind(s, v);
        return k == Numbers.NOT_NUMBER || k > kind ? 0 : v;
    }

    // ---------------------------------------------------------------- method tables

    /** Binary special methods (forward and reflected) of a numeric type for the given operators. */
    static List<Builtin> binaryMethods(String owner, int kind, boolean boolResults, BinaryOp... ops) {
        List<Builtin> out = new ArrayList<>();
        for (BinaryOp op : ops) {
            out.add(binary(owner, kind, boolResults, op, op.binaryMethod(), false));
            out.add(binary(owner, kind, boolResults, op, op.reflectedMethod(), true));
        }
        return out;
    }

    private static Builtin binary(String owner, int kind, boolean boolResults, BinaryOp op, String name, boolean reflected) {
        if (op == BinaryOp.POWER) {
            return Builtin.method(owner, name + "(self, value, mod=None, /)", (s, a) -> {
                long x = receiver(s, a.get(0), typeOf(s, kind), name);
                long y = operand(s, a.get(1), kind);
                if (y == 0) {
                    return Py.NOT_IMPLEMENTED;
                }
                if (a.get(2) == Py.NONE) {
                    return reflected ? Numbers.binary(s, op, y, x) : Numbers.binary(s, op, x, y);
                }
                long m = s.unwrap(a.get(2));
                if (kind == Numbers.INT && Numbers.kind(s, m) != Numbers.INT) {
                    return Py.NOT_IMPLEMENTED;
                }
                return reflected ? Numbers.power(s, y, x, m) : Numbers.power(s, x, y, m);
            });
        }
        return Builtin.method(owner, name + "(self, value, /)", (s, a) -> {
            long x = receiver(s, a.get(0), typeOf(s, kind), name);
            long y = operand(s, a.get(1), kind);
            if (y == 0) {
                return Py.NOT_IMPLEMENTED;
            }
            long r = reflected ? Numbers.binary(s, op, y, x) : Numbers.binary(s, op, x, y);
            // int.__and__(True, False) is 0: only bool's own methods keep bool results.
            return !boolResults && Py.isImmediate(r) && r != Py.NOT_IMPLEMENTED ? exactInt(r) : r;
        });
    }

    /** __divmod__ and __rdivmod__ of a numeric type. */
    static List<Builtin> divmodMethods(String owner, int kind) {
        List<Builtin> out = new ArrayList<>();
        for (boolean reflected : new boolean[] {false, true}) {
            String name = reflected ? "__rdivmod__" : "__divmod__";
            out.add(Builtin.method(owner, name + "(self, value, /)", (s, a) -> {
                long x = receiver(s, a.get(0), typeOf(s, kind), name);
                long y = operand(s, a.get(1), kind);
                if (y == 0) {
                    return Py.NOT_IMPLEMENTED;
                }
                return reflected ? Numbers.divmod(s, y, x) : Numbers.divmod(s, x, y);
            }));
        }
        return out;
    }

    /** The six rich comparisons of a numeric type. */
    static List<Builtin> comparisonMethods(String owner, int kind) {
        List<Builtin> out = new ArrayList<>();
        for (CompareOp op : CompareOp.values()) {
            String name = op.method();
            out.add(Builtin.method(owner, name + "(self, value, /)", (s, a) -> {
                long x = receiver(s, a.get(0), typeOf(s, kind), name);
                long y = operand(s, a.get(1), kind);
                if (y == 0) {
                    return Py.NOT_IMPLEMENTED;
                }
                Boolean r = Numbers.compare(s, op, x, y);
                return r == null ? Py.NOT_IMPLEMENTED : Py.bool(r);
            }));
        }
        return out;
    }

    /** Unary special methods (__neg__, __pos__, __abs__, __invert__) of a numeric type. */
    static List<Builtin> unaryMethods(String owner, int kind, String... names) {
        List<Builtin> out = new ArrayList<>();
        for (String name : names) {
            out.add(Builtin.method(owner, name + "(self, /)", (s, a) -> {
                long x = receiver(s, a.get(0), typeOf(s, kind), name);
                long r = Numbers.unary(s, name, x);
                return Py.isImmediate(r) ? exactInt(r) : r;
            }));
        }
        return out;
    }

    /** __bool__, __hash__ and __format__, common to the numeric types. */
    static List<Builtin> commonMethods(String owner, int kind) {
        List<Builtin> out = new ArrayList<>();
        out.add(Builtin.method(owner, "__bool__(self, /)", (s, a) -> {
            long x = receiver(s, a.get(0), typeOf(s, kind), "__bool__");
            return Py.bool(switch (Numbers.kind(s, x)) {
                case Numbers.INT -> Py.isObject(x) || Space.smallOrBool(x) != 0;
                case Numbers.FLOAT -> s.floatValue(x) != 0.0;
                default -> s.complexReal(x) != 0.0 || s.complexImag(x) != 0.0;
            });
        }));
        out.add(Builtin.method(owner, "__hash__(self, /)", (s, a) -> {
            long x = receiver(s, a.get(0), typeOf(s, kind), "__hash__");
            return s.newInt(Keys.hash(s, x));
        }));
        out.add(Builtin.method(owner, "__format__(self, format_spec, /)", (s, a) -> {
            receiver(s, a.get(0), typeOf(s, kind), "__format__");
            long spec = a.get(1);
            if (!s.isStr(spec)) {
                throw Errors.typeError(s, "__format__() argument must be str, not " + s.typeOf(spec).name);
            }
            return s.newStr(Formatting.formatBuiltin(s, a.slot(0), s.str(spec)));
        }));
        return out;
    }

    /** Registers methods in a type's namespace. */
    static void install(Space s, PyType t, List<Builtin> methods) {
        for (Builtin b : methods) {
            Builtins.method(s, t, b);
        }
    }

    /**
     * Defines a read-only attribute of a builtin type: a property whose getter is {@code getter}
     * (a one-argument builtin function named like the attribute).
     */
    static void attribute(Space s, PyType t, Builtin getter) {
        int fn = s.ts.push(Methods.builtin(s, getter));
        try {
            long p = s.allocFixed(OBJ4, s.propertyType.rootShape);
            Space.putRaw(p, F1, s.ts.get(fn));
            Space.putRaw(p, F2, Py.NONE);
            Space.putRaw(p, F3, Py.NONE);
            Space.putRaw(p, F4, Py.NONE);
            t.put(getter.name(), p);
        } finally {
            s.ts.truncate(fn);
        }
    }

    /**
     * The float value of the object in {@code slot} as C code's PyFloat_AsDouble sees it: a
     * float, else the type's __float__, else __index__, else an int; otherwise TypeError with
     * {@code message} (default "must be real number, not T").
     */
    static double asDouble(Space s, int slot, String message) {
        long w = s.ts.get(slot);
        PyType t = s.typeOf(w);
        if (t.isSubtypeOf(s.floatType)) {
            return s.floatValue(w);
        }
        long m = Ops.userSpecial(s, w, "__float__");
        if (m != 0) {
            long r = Ops.callSpecial(s, m, slot);
            if (!s.typeOf(r).isSubtypeOf(s.floatType)) {
                throw Errors.typeError(s, t.name + ".__float__ returned non-float (type " + s.typeOf(r).name + ")");
            }
            return BuiltinFunctions.exactFloat(s, t, r);
        }
        if (!s.isInt(w) && Ops.userSpecial(s, w, "__index__") == 0) {
            throw Errors.typeError(s, message != null ? message : "must be real number, not " + t.name);
        }
        return Numbers.toDouble(s, s.unwrap(BuiltinFunctions.index(s, slot)));
    }

    /** A tuple of two words, the second computed after the first is rooted. */
    static long pairOf(Space s, long first, java.util.function.LongSupplier second) {
        int f = s.ts.push(first);
        try {
            long w = second.getAsLong();
            return Tuples.pair(s, s.ts.get(f), w);
        } finally {
            s.ts.truncate(f);
        }
    }
}
