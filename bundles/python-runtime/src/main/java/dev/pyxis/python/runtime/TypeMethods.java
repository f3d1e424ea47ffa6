package dev.pyxis.python.runtime;

/** The methods of {@code type}: calling, creating classes, MRO and subclass checks. */
final class TypeMethods {
    private TypeMethods() {}

    private static final Builtin CALL = Builtin.method("type", "__call__(self, /, *args, **kwargs)", (s, a) -> {
        ThreadState ts = s.ts;
        int base = ts.top();
        int n = Iteration.pushAll(s, a.slot(1));
        long kw = a.get(2);
        int nkw = (int) Dicts.size(kw);
        if (s.asType(a.get(0)) == null) {
            throw Errors.typeError(s, "descriptor '__call__' requires a 'type' object but received a '"
                    + s.typeOf(a.get(0)).name + "'");
        }
        if (nkw == 0) {
            return Types.callType(s, a.slot(0), base, n, -1, true);
        }
        return CallSupport.callEx(s, a.slot(0), a.slot(1), a.slot(2), true);
    });

    private static final Builtin NEW = Builtin.method("type", "__new__(metatype, *args, **kwargs)", (s, a) -> {
        long args = a.get(1);
        long n = Space.length(args);
        if (n == 1 && s.asType(a.get(0)) == s.typeType) {
            return s.typeWord(s.typeOf(Space.item(args, 0)));
        }
        if (n != 3) {
            throw Errors.typeError(s, "type() takes 1 or 3 arguments");
        }
        ThreadState ts = s.ts;
        int base = ts.push(Space.item(args, 0));
        ts.push(Space.item(a.get(1), 1));
        ts.push(Space.item(a.get(1), 2));
        try {
            if (!s.isStr(ts.get(base))) {
                throw Errors.typeError(s, "type.__new__() argument 1 must be str, not " + s.typeOf(ts.get(base)).name);
            }
            if (s.typeOf(ts.get(base + 1)) != s.tupleType) {
                throw Errors.typeError(s, "type.__new__() argument 2 must be tuple, not " + s.typeOf(ts.get(base + 1)).name);
            }
            if (s.typeOf(ts.get(base + 2)).nativeKind != PyType.Native.DICT) {
                throw Errors.typeError(s, "type.__new__() argument 3 must be dict, not " + s.typeOf(ts.get(base + 2)).name);
            }
            int meta = ts.push(a.get(0));
            PyType winner = BuildClass.mostDerivedMetaclass(s, s.asType(ts.get(meta)), ts.get(base + 1));
            ts.set(meta, s.typeWord(winner));
            int ns = ts.push(s.unwrap(ts.get(base + 2)));
            return Types.createClass(s, meta, base, base + 1, ns, a.slot(2));
        } finally {
            ts.truncate(base);
        }
    });

    private static final Builtin INIT = Builtin.method("type", "__init__(self, /, *args, **kwargs)", (s, a) -> {
        long n = Space.length(a.get(1));
        if (n != 1 && n != 3) {
            throw Errors.typeError(s, "type.__init__() takes 1 or 3 arguments");
        }
        return Py.NONE;
    });

    private static final Builtin REPR = Builtin.method("type", "__repr__(self, /)",
            (s, a) -> s.newStr("<class '" + Repr.typeName(s, a.get(0)) + "'>"));

    private static final Builtin MRO = Builtin.method("type", "mro(self, /)", (s, a) -> {
        PyType t = s.asType(a.get(0));
        int base = s.ts.top();
        for (PyType m : t.mro) {
            s.ts.push(s.typeWord(m));
        }
        try {
            return Lists.fromRoots(s, base, t.mro.length);
        } finally {
            s.ts.truncate(base);
        }
    });

    private static final Builtin SUBCLASSES = Builtin.method("type", "__subclasses__(self, /)", (s, a) -> {
        PyType t = s.asType(a.get(0));
        int base = s.ts.top();
        for (PyType sub : t.subclasses()) {
            s.ts.push(s.typeWord(sub));
        }
        try {
            return Lists.fromRoots(s, base, t.subclasses().size());
        } finally {
            s.ts.truncate(base);
        }
    });

    private static final Builtin INSTANCECHECK = Builtin.method("type", "__instancecheck__(self, instance, /)",
            (s, a) -> Py.bool(s.typeOf(a.get(1)).isSubtypeOf(s.asType(a.get(0)))));

    private static final Builtin SUBCLASSCHECK = Builtin.method("type", "__subclasscheck__(self, subclass, /)", (s, a) -> {
        PyType sub = s.asType(a.get(1));
        if (sub == null) {
            throw Errors.typeError(s, "issubclass() arg 1 must be a class");
        }
        return Py.bool(sub.isSubtypeOf(s.asType(a.get(0))));
    });

    private static final Builtin PREPARE = Builtin.method("type", "__prepare__(cls, /, *args, **kwargs)",
            (s, a) -> Dicts.create(s));

    static void install(Space s) {
        PyType t = s.typeType;
        for (Builtin b : new Builtin[] {CALL, INIT, REPR, MRO, SUBCLASSES, INSTANCECHECK, SUBCLASSCHECK}) {
            Builtins.method(s, t, b);
        }
        Builtins.staticMethod(s, t, NEW);
        Builtins.classMethod(s, t, PREPARE);
    }
}
