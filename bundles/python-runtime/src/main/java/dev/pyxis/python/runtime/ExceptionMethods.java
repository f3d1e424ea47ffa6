package dev.pyxis.python.runtime;

/** The methods of BaseException and the attributes every exception has. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    private static final Builtin NEW = Builtin.method("BaseException", "__new__(cls, *args, **kwargs)", (s, a) -> {
        PyType t = s.asType(a.get(0));
        long e = Exceptions.allocate(s, t);
        Exceptions.setSlot(s, e, Exceptions.ARGS, a.get(1));
        return e;
    });

    private static final Builtin INIT = Builtin.method("BaseException", "__init__(self, *args, **kwargs)", (s, a) -> {
        if (Dicts.size(a.get(2)) > 0) {
            String t = s.typeOf(a.get(0)).name;
            if (!s.typeOf(a.get(0)).isSubtypeOf(s.builtinTypes.get("ImportError"))) {
                throw Errors.typeError(s, t + "() takes no keyword arguments");
            }
        }
        Exceptions.setSlot(s, a.get(0), Exceptions.ARGS, a.get(1));
        return Py.NONE;
    });

    private static final Builtin STR = Builtin.method("BaseException", "__str__(self, /)",
            (s, a) -> s.newStr(Exceptions.str(s, a.slot(0))));

    private static final Builtin REPR = Builtin.method("BaseException", "__repr__(self, /)",
            (s, a) -> s.newStr(Exceptions.repr(s, a.slot(0))));

    private static final Builtin WITH_TRACEBACK = Builtin.method("BaseException", "with_traceback(self, tb, /)", (s, a) -> {
        long tb = a.get(1);
        if (tb != Py.NONE && s.typeOf(tb) != s.tracebackType) {
            throw Errors.typeError(s, "__traceback__ must be a traceback or None");
        }
        Exceptions.setSlot(s, a.get(0), Exceptions.TRACEBACK, tb);
        return a.get(0);
    });

    private static final Builtin ADD_NOTE = Builtin.method("BaseException", "add_note(self, note, /)", (s, a) -> {
        if (!s.isStr(a.get(1))) {
            throw Errors.typeError(s, "note must be a str, not '" + s.typeOf(a.get(1)).name + "'");
        }
        long notes = Instances.get(s, a.get(0), "__notes__");
        if (notes == 0) {
            int l = s.ts.push(Lists.create(s, 1));
            Instances.set(s, a.slot(0), "__notes__", l);
            notes = s.ts.get(l);
            s.ts.truncate(l);
        }
        int n = s.ts.push(notes);
        Lists.append(s, n, a.slot(1));
        s.ts.truncate(n);
        return Py.NONE;
    });

    static void install(Space s) {
        PyType t = s.builtinTypes.get("BaseException");
        Builtins.staticMethod(s, t, NEW);
        for (Builtin b : new Builtin[] {INIT, STR, REPR, WITH_TRACEBACK, ADD_NOTE}) {
            Builtins.method(s, t, b);
        }
    }
}
