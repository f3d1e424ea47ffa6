package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** Functions, methods and the descriptor types: property, classmethod, staticmethod, super. */
final class FunctionMethods {
    private FunctionMethods() {}

    private static final Builtin FUNCTION_GET = Builtin.method("function", "__get__(self, instance, owner=None, /)", (s, a) -> {
        if (a.get(1) == Py.NONE) {
            return a.get(0);
        }
        return Methods.boundWord(s, a.get(0), a.slot(1));
    });

    private static final Builtin PROPERTY_NEW = Builtin.method("property", "__new__(cls, *args, **kwargs)", (s, a) -> {
        long p = s.allocFixed(OBJ4, s.asType(a.get(0)).rootShape);
        Space.putRaw(p, F1, Py.NONE);
        Space.putRaw(p, F2, Py.NONE);
        Space.putRaw(p, F3, Py.NONE);
        Space.putRaw(p, F4, Py.NONE);
        return p;
    });

    private static final Builtin PROPERTY_INIT = Builtin.method("property",
            "__init__(self, fget=None, fset=None, fdel=None, doc=None)", (s, a) -> {
                s.put(a.get(0), F1, a.get(1));
                s.put(a.get(0), F2, a.get(2));
                s.put(a.get(0), F3, a.get(3));
                long doc = a.get(4);
                if (doc == Py.NONE && a.get(1) != Py.NONE && s.typeOf(a.get(1)) == s.functionType) {
                    doc = Space.get(a.get(1), FN_DOC);
                }
                s.put(a.get(0), F4, doc);
                return Py.NONE;
            });

    private static long copyProperty(Space s, Builtin.Args a, int field) {
        long p = s.allocFixed(OBJ4, s.typeOf(a.get(0)).rootShape);
        long old = a.get(0);
        for (int f : new int[] {F1, F2, F3, F4}) {
            Space.putRaw(p, f, Space.get(old, f));
        }
        Space.putRaw(p, field, a.get(1));
        return p;
    }

    private static final Builtin GETTER = Builtin.method("property", "getter(self, fget, /)", (s, a) -> copyProperty(s, a, F1));
    private static final Builtin SETTER = Builtin.method("property", "setter(self, fset, /)", (s, a) -> copyProperty(s, a, F2));
    private static final Builtin DELETER = Builtin.method("property", "deleter(self, fdel, /)", (s, a) -> copyProperty(s, a, F3));

    private static final Builtin PROPERTY_GET = Builtin.method("property", "__get__(self, instance, owner=None, /)", (s, a) -> {
        if (a.get(1) == Py.NONE) {
            return a.get(0);
        }
        long fget = Space.get(a.get(0), F1);
        if (fget == Py.NONE) {
            throw Errors.attributeError(s, "unreadable attribute");
        }
        return Calls.invoke(s, fget, a.get(1));
    });

    private static final Builtin WRAP_NEW_CM = Builtin.method("classmethod", "__new__(cls, *args, **kwargs)", (s, a) -> wrap(s, a));
    private static final Builtin WRAP_NEW_SM = Builtin.method("staticmethod", "__new__(cls, *args, **kwargs)", (s, a) -> wrap(s, a));

    private static long wrap(Space s, Builtin.Args a) {
        PyType t = s.asType(a.get(0));
        if (Space.length(a.get(1)) != 1) {
            throw Errors.typeError(s, t.name + " expected 1 argument, got " + Space.length(a.get(1)));
        }
        long w = s.allocFixed(OBJ1, t.rootShape);
        Space.putRaw(w, F1, Space.item(a.get(1), 0));
        return w;
    }

    private static final Builtin WRAP_INIT = Builtin.method("classmethod", "__init__(self, /, *args, **kwargs)", (s, a) -> Py.NONE);

    private static final Builtin SUPER_NEW = Builtin.method("super", "__new__(cls, *args, **kwargs)", (s, a) -> {
        long sup = s.allocFixed(OBJ3, s.asType(a.get(0)).rootShape);
        Space.putRaw(sup, F1, Py.NONE);
        Space.putRaw(sup, F2, Py.NONE);
        Space.putRaw(sup, F3, Py.NONE);
        return sup;
    });

    private static final Builtin SUPER_INIT = Builtin.method("super", "__init__(self, type=?, obj=?, /)", (s, a) -> {
        long type = a.get(1), obj = a.get(2);
        if (type == 0) {
            Frame f = s.ts.frame;
            if (f == null || f.code.argCount() == 0) {
                throw Errors.raise(s, "RuntimeError", "super(): no arguments");
            }
            int cls = -1;
            String[] free = f.code.freevars();
            for (int i = 0; i < free.length; i++) {
                if (free[i].equals("__class__")) {
                    cls = f.cellsBase + f.code.cellvars().length + i;
                }
            }
            if (cls < 0) {
                throw Errors.raise(s, "RuntimeError", "super(): __class__ cell not found");
            }
            type = Cells.get(s.ts.get(cls));
            if (type == 0) {
                throw Errors.raise(s, "RuntimeError", "super(): empty __class__ cell");
            }
            obj = s.ts.get(f.localsBase);
            for (int i = 0; i < f.code.cellvars().length; i++) {
                if (f.code.cellArguments()[i] == 0) {
                    obj = Cells.get(s.ts.get(f.cellsBase + i));
                }
            }
            if (obj == 0) {
                throw Errors.raise(s, "RuntimeError", "super(): arg[0] deleted");
            }
        }
        bindSuper(s, a.slot(0), type, obj);
        return Py.NONE;
    });

    /** Fills the super object in {@code selfSlot} with its start type and object (checked as CPython does). */
    private static void bindSuper(Space s, int selfSlot, long type, long obj) {
        PyType t = s.asType(type);
        if (t == null) {
            throw Errors.typeError(s, "super() argument 1 must be a type, not " + s.typeOf(type).name);
        }
        long objType;
        if (obj == 0 || obj == Py.NONE) {
            objType = Py.NONE;
            obj = Py.NONE;
        } else if (s.asType(obj) != null && s.asType(obj).isSubtypeOf(t)) {
            objType = obj;
        } else if (s.typeOf(obj).isSubtypeOf(t)) {
            objType = s.typeWord(s.typeOf(obj));
        } else {
            throw Errors.typeError(s, "super(type, obj): obj must be an instance or subtype of type");
        }
        long self = s.ts.get(selfSlot);
        s.put(self, F1, type);
        s.put(self, F2, obj);
        s.put(self, F3, objType);
    }

    /** Binds an unbound super object ({@code super(C)}) to an instance, as CPython's {@code super.__get__}. */
    private static final Builtin SUPER_GET = Builtin.method("super", "__get__(self, instance, owner=None, /)", (s, a) -> {
        if (a.get(1) == Py.NONE || Space.get(a.get(0), F2) != Py.NONE) {
            return a.get(0);
        }
        int sup = a.slot(0), inst = a.slot(1);
        long fresh = s.allocFixed(OBJ3, s.typeOf(s.ts.get(sup)).rootShape);
        int freshSlot = s.ts.push(fresh);
        try {
            Space.putRaw(fresh, F1, Py.NONE);
            Space.putRaw(fresh, F2, Py.NONE);
            Space.putRaw(fresh, F3, Py.NONE);
            bindSuper(s, freshSlot, Space.get(s.ts.get(sup), F1), s.ts.get(inst));
            return s.ts.get(freshSlot);
        } finally {
            s.ts.truncate(freshSlot);
        }
    });

    /** {@code <super: <class 'B'>, <B object>>}, or {@code NULL} for an unbound super. */
    static String superRepr(Space s, long sup) {
        String start = s.asType(Space.get(sup, F1)).name;
        long objType = Space.get(sup, F3);
        return "<super: <class '" + start + "'>, "
                + (objType == Py.NONE ? "NULL" : "<" + s.asType(objType).name + " object>") + ">";
    }

    private static Builtin field(String owner, String name, int offset) {
        return Builtin.method(owner, name + "(self, /)", (s, a) -> Space.get(a.get(0), offset));
    }

    private static final Builtin CELL_CONTENTS = Builtin.method("cell", "cell_contents(self, /)", (s, a) -> {
        long v = Cells.get(a.get(0));
        if (v == 0) {
            throw Errors.raise(s, "ValueError", "Cell is empty");
        }
        return v;
    });

    static void install(Space s) {
        Builtins.method(s, s.functionType, FUNCTION_GET);
        Receivers.readonly(s, s.methodType, field("method", "__func__", F1));
        Receivers.readonly(s, s.methodType, field("method", "__self__", F2));
        Receivers.readonly(s, s.propertyType, field("property", "fget", F1));
        Receivers.readonly(s, s.propertyType, field("property", "fset", F2));
        Receivers.readonly(s, s.propertyType, field("property", "fdel", F3));
        Receivers.readonly(s, s.propertyType, field("property", "__doc__", F4));
        Receivers.readonly(s, s.cellType, CELL_CONTENTS);
        Receivers.readonly(s, s.staticmethodType, field("staticmethod", "__func__", F1));
        Receivers.readonly(s, s.classmethodType, field("classmethod", "__func__", F1));
        Code.installAttributes(s);
        Builtins.staticMethod(s, s.propertyType, PROPERTY_NEW);
        for (Builtin b : new Builtin[] {PROPERTY_INIT, GETTER, SETTER, DELETER, PROPERTY_GET}) {
            Builtins.method(s, s.propertyType, b);
        }
        Builtins.staticMethod(s, s.classmethodType, WRAP_NEW_CM);
        Builtins.staticMethod(s, s.staticmethodType, WRAP_NEW_SM);
        Builtins.method(s, s.classmethodType, WRAP_INIT);
        Builtins.method(s, s.staticmethodType, WRAP_INIT);
        Builtins.staticMethod(s, s.superType, SUPER_NEW);
        Builtins.method(s, s.superType, SUPER_INIT);
        Builtins.method(s, s.superType, SUPER_GET);
        Receivers.readonly(s, s.superType, field("super", "__thisclass__", F1));
        Receivers.readonly(s, s.superType, field("super", "__self__", F2));
        Receivers.readonly(s, s.superType, field("super", "__self_class__", F3));
    }

    /** Attribute lookup through a super object: the MRO of obj's type after the given class. */
    static long superAttribute(Space s, int superSlot, String name) {
        long sup = s.ts.get(superSlot);
        PyType start = s.asType(Space.get(sup, F1));
        long objTypeWord = Space.get(sup, F3);
        if (objTypeWord == Py.NONE || name.equals("__class__")) {
            return 0;
        }
        PyType objType = s.asType(objTypeWord);
        PyType[] mro = objType.mro;
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            long v = mro[i].getOwn(name);
            if (v == 0) {
                continue;
            }
            int obj = s.ts.push(Space.get(s.ts.get(superSlot), F2));
            try {
                if (s.ts.get(obj) == Space.get(s.ts.get(superSlot), F3)) {
                    // super(C, C): class-level access
                    PyType vt = s.typeOf(v);
                    if (vt == s.classmethodType) {
                        return Methods.bound(s, Space.get(v, F1), obj);
                    }
                    if (vt == s.staticmethodType) {
                        return Space.get(v, F1);
                    }
                    return v;
                }
                return Attributes.bind(s, v, obj, objType);
            } finally {
                s.ts.truncate(obj);
            }
        }
        return 0;
    }
}
