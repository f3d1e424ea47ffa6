package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Support for builtin types and modules written in Java outside the core (itertools, functools,
 * operator): their types, their objects and their module objects.
 *
 * <p>Such an object is a reference array in the STORAGE layout whose shape names its type: a
 * fixed number of fields, each a word (values, small-int counters, or 0 for "none"), so the
 * collector sees every field and nothing is kept on the Java side.
 */
final class NativeObjects {
    private NativeObjects() {}

    private static final Map<String, Builtin> NEXT = new ConcurrentHashMap<>();
    private static final Map<String, Builtin> ITER = new ConcurrentHashMap<>();
    private static final Map<String, Builtin> REPR = new ConcurrentHashMap<>();

    /**
     * The builtin type {@code qualifiedName} ("itertools.count"), created on first use with the
     * given behaviour; an iterator type also gets Python-visible {@code __iter__}/{@code __next__}.
     */
    static PyType type(Space s, String qualifiedName, PyType.Native kind, NativeBehaviour behaviour) {
        PyType t = s.builtinTypes.get(qualifiedName);
        if (t != null) {
            return t;
        }
        t = s.newType(qualifiedName, new PyType[] {s.objectType}, kind, false);
        t.behaviour = behaviour;
        s.builtinTypes.put(qualifiedName, t);
        s.materialize(t);
        if (kind == PyType.Native.ITERATOR) {
            Builtins.method(s, t, ITER.computeIfAbsent(qualifiedName, n ->
                    Builtin.method(n, "__iter__(self, /)", (sp, a) -> a.get(0))));
            Builtins.method(s, t, NEXT.computeIfAbsent(qualifiedName, n ->
                    Builtin.method(n, "__next__(self, /)", (sp, a) -> {
                        long v = Ops.next(sp, a.slot(0));
                        if (v == 0) {
                            throw Errors.stopIteration(sp);
                        }
                        return v;
                    })));
        }
        Builtins.method(s, t, REPR.computeIfAbsent(qualifiedName, n ->
                // The type's own repr: Ops.repr would find this method again on a type whose
                // specials are read from its namespace, and recurse.
                Builtin.method(n, "__repr__(self, /)", (sp, a) -> sp.newStr(Repr.of(sp, a.slot(0))))));
        return t;
    }

    /**
     * Installs {@code b} as the type's {@code __new__}. The builtin's own name is the one CPython's
     * argument errors show ("islice expected at most 4 arguments, got 5").
     */
    static void constructor(Space s, PyType t, Builtin b) {
        int fn = s.ts.push(Methods.builtin(s, b));
        long sm = s.allocFixed(OBJ1, s.staticmethodType.rootShape);
        Space.putRaw(sm, F1, s.ts.get(fn));
        s.ts.truncate(fn);
        t.put("__new__", sm);
    }

    /**
     * CPython's argument checks for a C type's constructor (or call) that takes positional
     * arguments only, for a builtin declared {@code name(cls, /, *args, **kwargs)}: the *args tuple
     * is argument 1 and the **kwargs dict argument 2 of {@code a}. Returns the number of arguments.
     */
    static int positional(Space s, String name, Builtin.Args a, int min, int max) {
        if (Dicts.size(a.get(2)) > 0) {
            throw Errors.typeError(s, name + "() takes no keyword arguments");
        }
        int given = (int) Space.length(a.get(1));
        if (given < min || given > max) {
            String bound = min == max ? "" : given > max ? "at most " : "at least ";
            int n = given > max ? max : min;
            throw Errors.typeError(s, name + " expected " + bound + n + " argument" + (n == 1 ? "" : "s")
                    + ", got " + given);
        }
        return given;
    }

    /** Positional argument {@code i} of a builtin checked by {@link #positional}, or 0 if not given. */
    static long arg(Builtin.Args a, int i) {
        long args = a.get(1);
        return i < Space.length(args) ? Space.item(args, i) : 0;
    }

    /** A new object of type {@code t} with {@code fields} fields, all 0. */
    static long alloc(Space s, PyType t, int fields) {
        return s.allocArray(STORAGE, fields, t.rootShape);
    }

    /** A new object whose fields are taken from root slots {@code [base, base + n)}. */
    static long fromRoots(Space s, PyType t, int base, int n) {
        long o = s.allocArray(STORAGE, n, t.rootShape);
        for (int i = 0; i < n; i++) {
            Space.initItem(o, i, s.ts.get(base + i));
        }
        return o;
    }

    static long field(long o, int i) {
        return Space.item(o, i);
    }

    /** The field of the object in root slot {@code slot}. */
    static long field(Space s, int slot, int i) {
        return Space.item(s.ts.get(slot), i);
    }

    static void set(Space s, long o, int i, long v) {
        s.setItem(o, i, v);
    }

    /** Sets field {@code i} of the object in root slot {@code slot}. */
    static void set(Space s, int slot, int i, long v) {
        s.setItem(s.ts.get(slot), i, v);
    }

    /** A small-int field's value. */
    static long intField(Space s, int slot, int i) {
        return Py.smallValue(Space.item(s.ts.get(slot), i));
    }

    // ---------------------------------------------------------------- modules

    /** A new module; the caller roots it and fills it with {@link #put}. */
    static long module(Space s, String name) {
        return Modules.create(s, name);
    }

    static void put(Space s, int moduleSlot, String name, long value) {
        int v = s.ts.push(value);
        int d = s.ts.push(Modules.dict(s.ts.get(moduleSlot)));
        Dicts.putStr(s, d, name, s.ts.get(v));
        s.ts.truncate(v);
    }

    static void function(Space s, int moduleSlot, Builtin b) {
        put(s, moduleSlot, b.name(), Methods.builtin(s, b));
    }

    static void type(Space s, int moduleSlot, PyType t) {
        put(s, moduleSlot, t.name.substring(t.name.lastIndexOf('.') + 1), s.typeWord(t));
    }
}
