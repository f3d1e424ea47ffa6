package dev.pyxis.python.runtime;

/**
 * member_descriptor: what a class shows for a name of its {@code __slots__} ({@code P.x}). The
 * slot values themselves live in the instances (see {@link Instances}); the descriptor's
 * {@code __get__}/{@code __set__}/{@code __delete__} reach them through the attribute protocol.
 * Fields: the slot name (a str) and the class that declared it.
 */
final class MemberDescriptors {
    private MemberDescriptors() {}

    private static final String NAME = "member_descriptor";

    private static final NativeBehaviour BEHAVIOUR = new NativeBehaviour() {
        @Override
        public String repr(Space s, int selfSlot) {
            return "<member '" + s.str(NativeObjects.field(s, selfSlot, 0)) + "' of '"
                    + s.asType(NativeObjects.field(s, selfSlot, 1)).name + "' objects>";
        }
    };

    /** The descriptor of slot {@code name} of the class in {@code typeSlot}. */
    static long create(Space s, int typeSlot, String name) {
        PyType t = type(s);
        int base = s.ts.push(s.newStr(name));
        s.ts.push(s.ts.get(typeSlot));
        try {
            return NativeObjects.fromRoots(s, t, base, 2);
        } finally {
            s.ts.truncate(base);
        }
    }

    private static PyType type(Space s) {
        PyType t = s.builtinTypes.get(NAME);
        if (t != null) {
            return t;
        }
        t = NativeObjects.type(s, NAME, PyType.Native.OTHER, BEHAVIOUR);
        Builtins.method(s, t, Builtin.method(NAME, "__get__(self, instance, owner=None, /)", (sp, a) -> {
            if (a.get(1) == Py.NONE) {
                return a.get(0);
            }
            return Attributes.get(sp, a.slot(1), slotName(sp, a));
        }));
        Builtins.method(s, t, Builtin.method(NAME, "__set__(self, instance, value, /)", (sp, a) -> {
            Attributes.set(sp, a.slot(1), slotName(sp, a), a.slot(2));
            return Py.NONE;
        }));
        Builtins.method(s, t, Builtin.method(NAME, "__delete__(self, instance, /)", (sp, a) -> {
            Attributes.delete(sp, a.slot(1), slotName(sp, a));
            return Py.NONE;
        }));
        return t;
    }

    private static String slotName(Space s, Builtin.Args a) {
        if (s.typeOf(a.get(0)) != s.builtinTypes.get(NAME)) {
            throw Errors.typeError(s, "descriptor requires a '" + NAME + "' object but received a '"
                    + s.typeOf(a.get(0)).name + "'");
        }
        return s.str(NativeObjects.field(s, a.slot(0), 0));
    }
}
