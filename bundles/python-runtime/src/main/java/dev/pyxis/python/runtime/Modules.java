package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** Module objects: a namespace dict (F1). */
final class Modules {
    private Modules() {}

    /** A module named {@code name} with a fresh namespace holding __name__, __doc__ and friends. */
    static long create(Space s, String name) {
        int dict = s.ts.push(Dicts.create(s));
        Dicts.putStr(s, dict, "__name__", s.newStr(name));
        Dicts.putStr(s, dict, "__doc__", Py.NONE);
        Dicts.putStr(s, dict, "__package__", Py.NONE);
        Dicts.putStr(s, dict, "__loader__", Py.NONE);
        Dicts.putStr(s, dict, "__spec__", Py.NONE);
        long m = s.allocFixed(OBJ1, s.moduleType.rootShape);
        Space.putRaw(m, F1, s.ts.get(dict));
        s.ts.truncate(dict);
        return m;
    }

    static long dict(long module) {
        return Space.get(module, F1);
    }

    static String name(Space s, long module) {
        long n = Dicts.getStr(s, dict(module), "__name__");
        return n != 0 && s.isStr(n) ? s.str(n) : "?";
    }
}
