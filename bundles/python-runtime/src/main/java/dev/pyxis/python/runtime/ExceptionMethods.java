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
            if (t.isSubtypeOf(s.builtinTypes.get("UnicodeError"))) {
                unicodeErrorArgs(s, a.slot(0), a.slot(1), t);
            }
        }
        return Py.NONE;
    });

    /**
     * Checks the arguments of UnicodeEncodeError(encoding, object, start, end, reason),
     * UnicodeDecodeError (the same, object bytes-like) and UnicodeTranslateError(object, start,
     * end, reason); a decode error keeps a bytes copy of another bytes-like object as its object.
     */
    private static void unicodeErrorArgs(Space s, int self, int argsSlot, PyType t) {
        boolean translate = t.isSubtypeOf(s.builtinTypes.get("UnicodeTranslateError"));
        boolean decode = t.isSubtypeOf(s.builtinTypes.get("UnicodeDecodeError"));
        if (!translate && !decode && !t.isSubtypeOf(s.builtinTypes.get("UnicodeEncodeError"))) {
            return;
        }
        int expected = translate ? 4 : 5;
        long n = Space.length(s.ts.get(argsSlot));
        if (n != expected) {
            throw Errors.typeError(s, "function takes exactly " + expected + " arguments (" + n + " given)");
        }
        int o = translate ? 0 : 1;
        if (!translate) {
            requireStr(s, Space.item(s.ts.get(argsSlot), 0), 1);
        }
        long object = Space.item(s.ts.get(argsSlot), o);
        byte[] bytes = null;
        if (decode) {
            bytes = BytesMethods.bytesLike(s, object);
            if (bytes == null) {
                throw Errors.typeError(s, "a bytes-like object is required, not '" + s.typeOf(object).name + "'");
            }
        } else {
            requireStr(s, object, o + 1);
        }
        for (int i = o + 1; i <= o + 2; i++) {
            int v = s.ts.push(Space.item(s.ts.get(argsSlot), i));
            BuiltinFunctions.index(s, v);
            s.ts.truncate(v);
        }
        requireStr(s, Space.item(s.ts.get(argsSlot), o + 3), o + 4);
        if (decode && s.typeOf(Space.item(s.ts.get(argsSlot), o)) != s.bytesType) {
            int v = s.ts.push(s.newBytes(bytes));
            Instances.set(s, self, "object", v);
            s.ts.truncate(v);
        }
    }

    private static void requireStr(Space s, long w, int position) {
        if (!s.isStr(w)) {
            throw Errors.typeError(s, "argument " + position + " must be str, not " + s.typeOf(w).name);
        }
    }

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
