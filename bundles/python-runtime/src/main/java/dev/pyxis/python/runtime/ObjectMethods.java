package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CompareOp;

/** The methods of {@code object}, inherited by every class. */
final class ObjectMethods {
    private ObjectMethods() {}

    private static final Builtin NEW = Builtin.method("object", "__new__(cls, *args, **kwargs)", (s, a) -> {
        PyType t = s.asType(a.get(0));
        if (t == null) {
            throw Errors.typeError(s, "object.__new__(X): X is not a type object (" + s.typeOf(a.get(0)).name + ")");
        }
        boolean extra = Space.length(a.get(1)) > 0 || Dicts.size(a.get(2)) > 0;
        boolean newOverridden = t.lookup("__new__") != s.objectType.getOwn("__new__");
        boolean initOverridden = t.lookup("__init__") != s.objectType.getOwn("__init__");
        if (extra && (newOverridden || !initOverridden)) {
            throw Errors.typeError(s, newOverridden
                    ? "object.__new__() takes exactly one argument (the type to instantiate)"
                    : t.name + "() takes no arguments");
        }
        if (t.abstractMethods) {
            throw Errors.typeError(s, "Can't instantiate abstract class " + t.name);
        }
        if (!t.heapType && t != s.objectType) {
            throw Errors.typeError(s, "object.__new__(" + t.name + ") is not safe, use " + t.name + ".__new__()");
        }
        return Types.allocateInstance(s, t);
    });

    private static final Builtin INIT = Builtin.method("object", "__init__(self, *args, **kwargs)", (s, a) -> {
        boolean extra = Space.length(a.get(1)) > 0 || Dicts.size(a.get(2)) > 0;
        PyType t = s.typeOf(a.get(0));
        boolean newOverridden = t.lookup("__new__") != s.objectType.getOwn("__new__");
        boolean initOverridden = t.lookup("__init__") != s.objectType.getOwn("__init__");
        if (extra && (initOverridden || !newOverridden)) {
            throw Errors.typeError(s, initOverridden
                    ? "object.__init__() takes exactly one argument (the instance to initialize)"
                    : t.name + "() takes no arguments");
        }
        return Py.NONE;
    });

    private static final Builtin REPR = Builtin.method("object", "__repr__(self, /)", (s, a) -> {
        long w = a.get(0);
        PyType t = s.typeOf(w);
        return s.newStr("<" + Repr.typeName(s, s.typeWord(t)) + " object at " + Repr.address(s, w) + ">");
    });

    private static final Builtin STR = Builtin.method("object", "__str__(self, /)", (s, a) -> Ops.str(s, a.slot(0)));

    private static final Builtin EQ = Builtin.method("object", "__eq__(self, value, /)",
            (s, a) -> a.get(0) == a.get(1) ? Py.TRUE : Py.NOT_IMPLEMENTED);

    private static final Builtin NE = Builtin.method("object", "__ne__(self, value, /)", (s, a) -> {
        long eq = Ops.compare(s, CompareOp.EQ, a.slot(0), a.slot(1));
        if (eq == Py.NOT_IMPLEMENTED) {
            return eq;
        }
        int e = s.ts.push(eq);
        try {
            return Py.bool(!Ops.truth(s, e));
        } finally {
            s.ts.truncate(e);
        }
    });

    private static final Builtin HASH = Builtin.method("object", "__hash__(self, /)",
            (s, a) -> s.newInt(Hashing.fixMinusOne(s.identity(a.get(0)) >> 4)));

    private static final Builtin GETATTRIBUTE = Builtin.method("object", "__getattribute__(self, name, /)", (s, a) -> {
        String name = attributeName(s, a.get(1));
        long v = Attributes.generic(s, a.slot(0), name);
        if (v == 0) {
            throw Attributes.missing(s, a.get(0), name);
        }
        return v;
    });

    private static final Builtin SETATTR = Builtin.method("object", "__setattr__(self, name, value, /)", (s, a) -> {
        String name = attributeName(s, a.get(1));
        long obj = a.get(0);
        PyType t = s.typeOf(obj);
        if (s.asType(obj) != null) {
            s.asType(obj).put(name, a.get(2));
            return Py.NONE;
        }
        long classAttr = t.lookup(name);
        if (classAttr != 0 && Attributes.isDataDescriptor(s, classAttr)) {
            // Let the generic path run the descriptor (no user __setattr__ in between).
            int base = s.ts.push(obj);
            s.ts.push(a.get(2));
            try {
                setGeneric(s, base, name, base + 1);
            } finally {
                s.ts.truncate(base);
            }
            return Py.NONE;
        }
        if (!t.hasDict && (t.slotNames == null || !t.slotNames.contains(name))) {
            throw Errors.attributeError(s, "'" + t.name + "' object has no attribute '" + name + "'");
        }
        Instances.set(s, a.slot(0), name, a.slot(2));
        return Py.NONE;
    });

    private static void setGeneric(Space s, int objSlot, String name, int valueSlot) {
        long classAttr = s.typeOf(s.ts.get(objSlot)).lookup(name);
        PyType vt = s.typeOf(classAttr);
        if (vt == s.propertyType) {
            Calls.invoke(s, Space.get(classAttr, Layouts.F2), s.ts.get(objSlot), s.ts.get(valueSlot));
        } else {
            Calls.invoke(s, vt.lookup("__set__"), classAttr, s.ts.get(objSlot), s.ts.get(valueSlot));
        }
    }

    private static final Builtin DELATTR = Builtin.method("object", "__delattr__(self, name, /)", (s, a) -> {
        String name = attributeName(s, a.get(1));
        if (!Instances.delete(s, a.slot(0), name)) {
            throw Errors.attributeError(s, "'" + s.typeOf(a.get(0)).name + "' object has no attribute '" + name + "'");
        }
        return Py.NONE;
    });

    private static final Builtin INIT_SUBCLASS = Builtin.method("object",
            "__init_subclass__(cls, /, *args, **kwargs)", (s, a) -> {
                String name = s.asType(a.get(0)) != null ? s.asType(a.get(0)).name : "object";
                if (Space.length(a.get(1)) > 0) {
                    throw Errors.typeError(s, name + ".__init_subclass__() takes no arguments (" + Space.length(a.get(1))
                            + " given)");
                }
                if (Dicts.size(a.get(2)) > 0) {
                    throw Errors.typeError(s, name + ".__init_subclass__() takes no keyword arguments");
                }
                return Py.NONE;
            });

    private static final Builtin FORMAT = Builtin.method("object", "__format__(self, format_spec, /)", (s, a) -> {
        if (!s.isStr(a.get(1))) {
            throw Errors.typeError(s, "__format__() argument must be str, not " + s.typeOf(a.get(1)).name);
        }
        String spec = s.str(a.get(1));
        if (!spec.isEmpty()) {
            throw Errors.typeError(s, "unsupported format string passed to " + s.typeOf(a.get(0)).name + ".__format__");
        }
        return Ops.str(s, a.slot(0));
    });

    private static final Builtin DIR = Builtin.method("object", "__dir__(self, /)", (s, a) -> Dir.ofObject(s, a.slot(0)));

    private static final Builtin SIZEOF = Builtin.method("object", "__sizeof__(self, /)",
            (s, a) -> Py.isObject(a.get(0)) ? s.newInt(s.heap.sizeOf(a.get(0))) : Py.smallInt(28));

    private static final Builtin SUBCLASSHOOK = Builtin.method("object", "__subclasshook__(cls, /, *args)",
            (s, a) -> Py.NOT_IMPLEMENTED);

    static String attributeName(Space s, long name) {
        if (!s.isStr(name)) {
            throw Errors.typeError(s, "attribute name must be string, not '" + s.typeOf(name).name + "'");
        }
        return s.str(name);
    }

    static void install(Space s) {
        PyType o = s.objectType;
        Builtins.staticMethod(s, o, NEW);
        for (Builtin b : new Builtin[] {INIT, REPR, STR, EQ, NE, HASH, GETATTRIBUTE, SETATTR, DELATTR, FORMAT, DIR, SIZEOF}) {
            Builtins.method(s, o, b);
        }
        Builtins.classMethod(s, o, INIT_SUBCLASS);
        Builtins.classMethod(s, o, SUBCLASSHOOK);
        o.put("__doc__", s.newStr("The base class of the class hierarchy.\n"));
    }
}
