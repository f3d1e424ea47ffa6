package dev.pyxis.python.runtime;

/**
 * The descriptors a class statement stores for what it adds to its instances: a
 * member_descriptor per name of its {@code __slots__} ({@code P.x}) and a getset_descriptor for
 * {@code __dict__} and {@code __weakref__}. The values themselves live in the instances (see
 * {@link Instances}) and the attribute protocol reads them directly; these objects are what the
 * class's namespace shows, and their {@code __get__}/{@code __set__}/{@code __delete__} reach the
 * values through the attribute protocol. Fields: the name (a str) and the class that declared it.
 */
final class MemberDescriptors {
    private MemberDescriptors() {}

    private static final String MEMBER = "member_descriptor";
    private static final String GETSET = "getset_descriptor";

    private static final NativeBehaviour MEMBER_BEHAVIOUR = new NativeBehaviour() {
        @Override
        public String repr(Space s, int selfSlot) {
            return "<member '" + s.str(NativeObjects.field(s, selfSlot, 0)) + "' of '"
                    + s.asType(NativeObjects.field(s, selfSlot, 1)).name + "' objects>";
        }
    };

    private static final NativeBehaviour GETSET_BEHAVIOUR = new NativeBehaviour() {
        @Override
        public String repr(Space s, int selfSlot) {
            return "<attribute '" + s.str(NativeObjects.field(s, selfSlot, 0)) + "' of '"
                    + s.asType(NativeObjects.field(s, selfSlot, 1)).name + "' objects>";
        }
    };

    /** The descriptor of slot {@code name} of the class in {@code typeSlot}. */
    static long create(Space s, int typeSlot, String name) {
        return make(s, type(s, MEMBER, MEMBER_BEHAVIOUR), typeSlot, name);
    }

    /** The descriptor of {@code __dict__} or {@code __weakref__} of the class in {@code typeSlot}. */
    static long createGetset(Space s, int typeSlot, String name) {
        return make(s, type(s, GETSET, GETSET_BEHAVIOUR), typeSlot, name);
    }

    /** Whether {@code t} is member_descriptor or getset_descriptor. */
    static boolean isDescriptorType(PyType t) {
        return t.behaviour == MEMBER_BEHAVIOUR || t.behaviour == GETSET_BEHAVIOUR;
    }

    /**
     * What an instance shows for a descriptor of type {@code t} ({@link #isDescriptorType}) when
     * it holds no value: 0 (missing) for an unset slot, None for {@code __weakref__} (no weak
     * reference exists).
     */
    static long unsetValue(PyType t) {
        return t.behaviour == MEMBER_BEHAVIOUR ? 0 : Py.NONE;
    }

    private static long make(Space s, PyType t, int typeSlot, String name) {
        int base = s.ts.push(s.newStr(name));
        s.ts.push(s.ts.get(typeSlot));
        try {
            return NativeObjects.fromRoots(s, t, base, 2);
        } finally {
            s.ts.truncate(base);
        }
    }

    private static PyType type(Space s, String typeName, NativeBehaviour behaviour) {
        PyType t = s.builtinTypes.get(typeName);
        if (t != null) {
            return t;
        }
        t = NativeObjects.type(s, typeName, PyType.Native.OTHER, behaviour);
        Builtins.method(s, t, Builtin.method(typeName, "__get__(self, instance, owner=None, /)", (sp, a) -> {
            if (a.get(1) == Py.NONE) {
                return a.get(0);
            }
            return Attributes.get(sp, a.slot(1), checkedName(sp, a, typeName));
        }));
        Builtins.method(s, t, Builtin.method(typeName, "__set__(self, instance, value, /)", (sp, a) -> {
            Attributes.set(sp, a.slot(1), checkedName(sp, a, typeName), a.slot(2));
            return Py.NONE;
        }));
        Builtins.method(s, t, Builtin.method(typeName, "__delete__(self, instance, /)", (sp, a) -> {
            Attributes.delete(sp, a.slot(1), checkedName(sp, a, typeName));
            return Py.NONE;
        }));
        t.put("__doc__", Py.NONE);
        Receivers.readonly(s, t, Builtin.method(typeName, "__name__(self, /)", (sp, a) -> NativeObjects.field(sp, a.slot(0), 0)));
        Receivers.readonly(s, t, Builtin.method(typeName, "__objclass__(self, /)", (sp, a) -> NativeObjects.field(sp, a.slot(0), 1)));
        return t;
    }

    /** The descriptor's name, after checking that the instance is one of its class's. */
    private static String checkedName(Space s, Builtin.Args a, String typeName) {
        if (s.typeOf(a.get(0)) != s.builtinTypes.get(typeName)) {
            throw Errors.typeError(s, "descriptor requires a '" + typeName + "' object but received a '"
                    + s.typeOf(a.get(0)).name + "'");
        }
        String name = s.str(NativeObjects.field(s, a.slot(0), 0));
        PyType owner = s.asType(NativeObjects.field(s, a.slot(0), 1));
        if (!s.typeOf(a.get(1)).isSubtypeOf(owner)) {
            throw Errors.typeError(s, "descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + s.typeOf(a.get(1)).name + "' object");
        }
        return name;
    }
}
