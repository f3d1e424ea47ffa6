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
        if (field == FN_NAME || field == FN_QUALNAME) {
            if (!s.isStr(v)) {
                throw Errors.typeError(s, name + " must be set to a string object");
            }
        }
        if (field == FN_GLOBALS || field == FN_CLOSURE) {
            throw Errors.attributeError(s, "readonly attribute");
        }
        if (field >= 0) {
            s.put(s.ts.get(fnSlot), field, v);
            return;
        }
        if (name.equals("__annotations__")) {
            s.put(s.ts.get(fnSlot), FN_ANNOTATIONS, v);
            return;
        }
        int d = s.ts.push(dict(s, fnSlot));
        int k = s.ts.push(s.intern(name));
        Dicts.put(s, d, k, valueSlot);
        s.ts.truncate(d);
    }
}
