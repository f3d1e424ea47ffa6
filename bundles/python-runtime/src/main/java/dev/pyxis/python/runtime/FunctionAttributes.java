package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** The special attributes of Python functions, and their per-function __dict__. */
final class FunctionAttributes {
    private FunctionAttributes() {}

    private static int fieldOf(String name) {
        return switch (name) {
            case "__name__" -> FN_NAME;
            case "__qualname__" -> FN_QUALNAME;
            case "__doc__" -> FN_DOC;
            case "__module__" -> FN_MODULE;
            case "__defaults__" -> FN_DEFAULTS;
            case "__kwdefaults__" -> FN_KWDEFAULTS;
            case "__code__" -> FN_CODE;
            case "__globals__" -> FN_GLOBALS;
            case "__closure__" -> FN_CLOSURE;
            default -> -1;
        };
    }

    static long get(Space s, int fnSlot, String name) {
        long fn = s.ts.get(fnSlot);
        int field = fieldOf(name);
        if (field >= 0) {
            return Space.get(fn, field);
        }
        if (name.equals("__dict__")) {
            return dict(s, fnSlot);
        }
        if (name.equals("__annotations__")) {
            long a = Space.get(fn, FN_ANNOTATIONS);
            if (a == 0) {
                a = Dicts.create(s);
                s.put(s.ts.get(fnSlot), FN_ANNOTATIONS, a);
            }
            return a;
        }
        long d = Space.get(fn, FN_DICT);
        return d == 0 ? 0 : Dicts.getStr(s, d, name);
    }

    static long dict(Space s, int fnSlot) {
        long d = Space.get(s.ts.get(fnSlot), FN_DICT);
        if (d == 0) {
            d = Dicts.create(s);
            s.put(s.ts.get(fnSlot), FN_DICT, d);
        }
        return d;
    }

    static void set(Space s, int fnSlot, String name, int valueSlot) {
        int field = fieldOf(name);
        long v = s.ts.get(valueSlot);
        switch (name) {
            case "__name__", "__qualname__" -> {
                if (!s.isStr(v)) {
                    throw Errors.typeError(s, name + " must be set to a string object");
                }
            }
            case "__defaults__" -> {
                if (v != Py.NONE && s.typeOf(v) != s.tupleType) {
                    throw Errors.typeError(s, "__defaults__ must be set to a tuple object");
                }
            }
            case "__kwdefaults__" -> {
                if (v != Py.NONE && s.typeOf(v) != s.dictType) {
                    throw Errors.typeError(s, "__kwdefaults__ must be set to a dict object");
                }
            }
            case "__code__" -> {
                if (s.typeOf(v) != s.codeType) {
                    throw Errors.typeError(s, "__code__ must be set to a code object");
                }
            }
            case "__globals__", "__closure__" -> throw Errors.attributeError(s, "readonly attribute");
            case "__dict__" -> {
                if (!s.typeOf(v).isSubtypeOf(s.dictType)) {
                    throw Errors.typeError(s, "__dict__ must be set to a dictionary, not a '" + s.typeOf(v).name + "'");
                }
                s.put(s.ts.get(fnSlot), FN_DICT, s.unwrap(v));
                return;
            }
            case "__annotations__" -> {
                if (v != Py.NONE && !s.typeOf(v).isSubtypeOf(s.dictType)) {
                    throw Errors.typeError(s, "__annotations__ must be set to a dict object");
                }
                // None reads back as a fresh empty dict, as in CPython.
                s.put(s.ts.get(fnSlot), FN_ANNOTATIONS, v == Py.NONE ? 0 : v);
                return;
            }
            default -> { }
        }
        if (field >= 0) {
            s.put(s.ts.get(fnSlot), field, v);
            return;
        }
        int d = s.ts.push(dict(s, fnSlot));
        int k = s.ts.push(s.intern(name));
        Dicts.put(s, d, k, valueSlot);
        s.ts.truncate(d);
    }

    /** del f.name: the special attributes reset (or refuse) as CPython's; false if no such attribute. */
    static boolean delete(Space s, int fnSlot, String name) {
        switch (name) {
            case "__name__", "__qualname__", "__code__" -> {
                String what = name.equals("__code__") ? "a code" : "a string";
                throw Errors.typeError(s, name + " must be set to " + what + " object");
            }
            case "__globals__", "__closure__" -> throw Errors.attributeError(s, "readonly attribute");
            case "__dict__" -> throw Errors.typeError(s, "cannot delete __dict__");
            case "__doc__", "__module__", "__defaults__", "__kwdefaults__" -> {
                s.put(s.ts.get(fnSlot), fieldOf(name), Py.NONE);
                return true;
            }
            case "__annotations__" -> {
                s.put(s.ts.get(fnSlot), FN_ANNOTATIONS, 0);
                return true;
            }
            default -> {
                long d = Space.get(s.ts.get(fnSlot), FN_DICT);
                if (d == 0) {
                    return false;
                }
                int ds = s.ts.push(d);
                int k = s.ts.push(s.intern(name));
                try {
                    return Dicts.remove(s, s.ts.get(ds), s.ts.get(k)) != 0;
                } finally {
                    s.ts.truncate(ds);
                }
            }
        }
    }
}
