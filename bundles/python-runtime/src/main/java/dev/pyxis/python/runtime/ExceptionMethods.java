package dev.pyxis.python.runtime;

/** The methods of BaseException and the attributes every exception has. */
final class ExceptionMethods {
    private ExceptionMethods() {}

    private static final Builtin NEW = Builtin.method("BaseException", "__new__(cls, *args, **kwargs)", (s, a) -> {
        PyType t = s.asType(a.get(0));
        if (t.isSubtypeOf(s.builtinTypes.get("BaseExceptionGroup"))) {
            return ExceptionGroups.create(s, t, a.slot(1));
        }
        boolean os = t.isSubtypeOf(s.builtinTypes.get("OSError"));
        if (os) {
            t = Exceptions.osErrorClass(s, t, a.get(1));
        }
        int e = s.ts.push(Exceptions.allocate(s, t));
        try {
            if (os) {
                Exceptions.setOsErrorArgs(s, e, a.slot(1));
            } else {
                Exceptions.setSlot(s, s.ts.get(e), Exceptions.ARGS, a.get(1));
            }
            return s.ts.get(e);
        } finally {
            s.ts.truncate(e);
        }
    });

    private static final Builtin INIT = Builtin.method("BaseException", "__init__(self, *args, **kwargs)", (s, a) -> {
        PyType t = s.typeOf(a.get(0));
        keywordArguments(s, a.slot(0), a.slot(2), t);
        if (t.isSubtypeOf(s.builtinTypes.get("OSError"))) {
            Exceptions.setOsErrorArgs(s, a.slot(0), a.slot(1));
        } else {
            Exceptions.setSlot(s, a.get(0), Exceptions.ARGS, a.get(1));
        }
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

    /**
     * The keyword arguments some exception classes take: ImportError's name and path, NameError's
     * name, AttributeError's name and obj; TypeError for any other.
     */
    private static void keywordArguments(Space s, int self, int kwargs, PyType t) {
        String kind = t.isSubtypeOf(s.builtinTypes.get("ImportError")) ? "ImportError"
                : t.isSubtypeOf(s.builtinTypes.get("NameError")) ? "NameError"
                : t.isSubtypeOf(s.builtinTypes.get("AttributeError")) ? "AttributeError" : null;
        if (kind == null) {
            if (Dicts.size(s.ts.get(kwargs)) > 0) {
                throw Errors.typeError(s, t.name + "() takes no keyword arguments");
            }
            return;
        }
        long dict = s.ts.get(kwargs);
        for (long i = 0; i < Dicts.entryCount(dict); i++) {
            long k = Dicts.keyAt(dict, i);
            if (k == 0) {
                continue;
            }
            String key = s.isStr(k) ? s.str(k) : "";
            boolean ok = switch (kind) {
                case "ImportError" -> key.equals("name") || key.equals("path");
                case "NameError" -> key.equals("name");
                default -> key.equals("name") || key.equals("obj");
            };
            if (!ok) {
                throw Errors.typeError(s, "'" + key + "' is an invalid keyword argument for " + kind + "()");
            }
        }
        if (kind.equals("ImportError")) {
            long name = Dicts.getStr(s, s.ts.get(kwargs), "name");
            Exceptions.setSlot(s, s.ts.get(self), Exceptions.EXTRA0, name);
            long path = Dicts.getStr(s, s.ts.get(kwargs), "path");
            Exceptions.setSlot(s, s.ts.get(self), Exceptions.EXTRA1, path);
            return;
        }
        long name = Dicts.getStr(s, s.ts.get(kwargs), "name");
        if (name != 0) {
            int v = s.ts.push(name);
            Instances.set(s, self, "name", v);
            s.ts.truncate(v);
        }
        if (kind.equals("AttributeError")) {
            long obj = Dicts.getStr(s, s.ts.get(kwargs), "obj");
            if (obj != 0) {
                Exceptions.setSlot(s, s.ts.get(self), Exceptions.HINT_SOURCE, obj);
            }
        }
    }

    static void install(Space s) {
        PyType t = s.builtinTypes.get("BaseException");
        Builtins.staticMethod(s, t, NEW);
        for (Builtin b : new Builtin[] {INIT, STR, REPR, WITH_TRACEBACK, ADD_NOTE}) {
            Builtins.method(s, t, b);
        }
    }
}
