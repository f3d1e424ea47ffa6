package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** Bound methods of Python functions and of builtin methods. */
final class Methods {
    private Methods() {}

    /** A bound method of {@code function} (a word read just now) to the object in {@code selfSlot}. */
    static long boundWord(Space s, long function, int selfSlot) {
        int f = s.ts.push(function);
        try {
            return bound(s, function, selfSlot, f);
        } finally {
            s.ts.truncate(f);
        }
    }

    private static long bound(Space s, long ignored, int selfSlot, int fnSlot) {
        long m = s.allocFixed(OBJ2, s.methodType.rootShape);
        Space.putRaw(m, F1, s.ts.get(fnSlot));
        Space.putRaw(m, F2, s.ts.get(selfSlot));
        return m;
    }

    /** A bound method of {@code function} to the object in {@code selfSlot}. */
    static long bound(Space s, long function, int selfSlot) {
        return boundWord(s, function, selfSlot);
    }

    /** A builtin method bound to the object in {@code selfSlot}. */
    static long boundBuiltin(Space s, Builtin b, int selfSlot) {
        long o = s.allocFixed(OBJ2, s.builtinType.rootShape);
        Space.putRaw(o, F1, s.ts.get(selfSlot));
        Space.putRaw(o, F2, Py.smallInt(b.id));
        return o;
    }

    /** An unbound builtin (a function, or a method descriptor stored in a type). */
    static long builtin(Space s, Builtin b) {
        long o = s.allocFixed(OBJ2, s.builtinType.rootShape);
        Space.putRaw(o, F1, 0);
        Space.putRaw(o, F2, Py.smallInt(b.id));
        return o;
    }

    /** Whether {@code w} is the unbound builtin {@code b} (e.g. sys.excepthook still the default). */
    static boolean isBuiltin(Space s, long w, Builtin b) {
        return Py.isObject(w) && s.typeOf(w) == s.builtinType && Space.get(w, F1) == 0 && builtinOf(w) == b;
    }

    static Builtin builtinOf(long o) {
        return Builtin.byId((int) Py.smallValue(Space.get(o, F2)));
    }
}
