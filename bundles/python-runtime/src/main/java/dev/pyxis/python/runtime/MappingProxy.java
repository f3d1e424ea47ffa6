package dev.pyxis.python.runtime;

/**
 * mappingproxy: a read-only view of a mapping (a class's namespace, a dict view's
 * {@code mapping}). Its one field is the mapping; reads go to it, item assignment has no method.
 */
final class MappingProxy {
    private MappingProxy() {}

    private static final String NAME = "mappingproxy";

    private static final NativeBehaviour BEHAVIOUR = new NativeBehaviour() {
        @Override
        public boolean namespaceSpecials() {
            return true;
        }

        @Override
        public String repr(Space s, int selfSlot) {
            int m = s.ts.push(NativeObjects.field(s, selfSlot, 0));
            try {
                return NAME + "(" + Ops.reprString(s, m) + ")";
            } finally {
                s.ts.truncate(m);
            }
        }
    };

    /** A proxy of the mapping in root slot {@code mappingSlot}. */
    static long create(Space s, int mappingSlot) {
        return NativeObjects.fromRoots(s, type(s), mappingSlot, 1);
    }

    private static PyType type(Space s) {
        PyType t = s.builtinTypes.get(NAME);
        if (t != null) {
            return t;
        }
        t = NativeObjects.type(s, NAME, PyType.Native.OTHER, BEHAVIOUR);
        Builtins.method(s, t, method("__getitem__(self, key, /)", (sp, a, m) -> Ops.getItem(sp, m, a.slot(1))));
        Builtins.method(s, t, method("__contains__(self, key, /)", (sp, a, m) -> Py.bool(Ops.contains(sp, m, a.slot(1)))));
        Builtins.method(s, t, method("__len__(self, /)", (sp, a, m) -> sp.newInt(Ops.len(sp, m))));
        Builtins.method(s, t, method("__iter__(self, /)", (sp, a, m) -> Ops.iter(sp, m)));
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            Builtins.method(s, t, method(name + "(self, /)", (sp, a, m) -> Calls.invoke(sp, Attributes.get(sp, m, name))));
        }
        Builtins.method(s, t, method("get(self, key, default=None, /)", (sp, a, m) -> {
            int get = sp.ts.push(Attributes.get(sp, m, "get"));
            return Calls.invoke(sp, sp.ts.get(get), a.get(1), a.get(2));
        }));
        Builtins.method(s, t, method("__eq__(self, value, /)", (sp, a, m) -> Ops.compare(sp, dev.pyxis.python.bytecode.CompareOp.EQ, m, a.slot(1))));
        return t;
    }

    private interface Body {
        long call(Space s, Builtin.Args a, int mappingSlot);
    }

    private static Builtin method(String signature, Body body) {
        return Builtin.method(NAME, signature, (s, a) -> {
            if (s.typeOf(a.get(0)) != s.builtinTypes.get(NAME)) {
                throw Errors.typeError(s, "descriptor requires a '" + NAME + "' object but received a '"
                        + s.typeOf(a.get(0)).name + "'");
            }
            int m = s.ts.push(NativeObjects.field(s, a.slot(0), 0));
            try {
                return body.call(s, a, m);
            } finally {
                s.ts.truncate(m);
            }
        });
    }
}
