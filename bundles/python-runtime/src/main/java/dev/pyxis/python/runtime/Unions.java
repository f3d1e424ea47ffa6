package dev.pyxis.python.runtime;

/**
 * types.UnionType: {@code int | str}, made by {@code |} between classes, None, generic aliases
 * and unions. Its one field is the tuple of member types ({@code __args__}), flattened and
 * without duplicates; None is stored as NoneType and shown as None.
 */
final class Unions {
    private Unions() {}

    static final String NAME = "types.UnionType";

    private static final NativeBehaviour BEHAVIOUR = new NativeBehaviour() {
        @Override
        public String repr(Space s, int selfSlot) {
            StringBuilder sb = new StringBuilder();
            int arg = s.ts.push(0);
            try {
                long n = Space.length(NativeObjects.field(s, selfSlot, 0));
                for (long i = 0; i < n; i++) {
                    long a = Space.item(NativeObjects.field(s, selfSlot, 0), i);
                    if (i > 0) {
                        sb.append(" | ");
                    }
                    if (a == s.typeWord(s.noneType)) {
                        sb.append("None");
                    } else if (s.asType(a) != null) {
                        sb.append(Repr.typeName(s, a));
                    } else {
                        s.ts.set(arg, a);
                        sb.append(Ops.reprString(s, arg));
                    }
                }
            } finally {
                s.ts.truncate(arg);
            }
            return sb.toString();
        }
    };

    static boolean isUnion(Space s, long w) {
        return Py.isObject(w) && s.typeOf(w).name.equals(NAME) && !s.typeOf(w).heapType;
    }

    private static boolean unionable(Space s, long w) {
        return w == Py.NONE || s.asType(w) != null || isUnion(s, w)
                || Py.isObject(w) && s.typeOf(w).name.equals("types.GenericAlias");
    }

    /** {@code a | b} as a union, or 0 when the operands are not both union members. */
    static long or(Space s, int a, int b) {
        long x = s.ts.get(a), y = s.ts.get(b);
        if (!unionable(s, x) || !unionable(s, y) || (x == Py.NONE && y == Py.NONE)) {
            return 0;
        }
        int base = s.ts.top();
        try {
            add(s, base, a);
            add(s, base, b);
            int n = s.ts.top() - base;
            int args = s.ts.push(s.newTupleFromRoots(base, n));
            return NativeObjects.fromRoots(s, type(s), args, 1);
        } finally {
            s.ts.truncate(base);
        }
    }

    /** Pushes the members of the operand in {@code slot} not already among those from {@code base}. */
    private static void add(Space s, int base, int slot) {
        long w = s.ts.get(slot);
        if (isUnion(s, w)) {
            long n = Space.length(NativeObjects.field(s, slot, 0));
            for (long i = 0; i < n; i++) {
                addOne(s, base, Space.item(NativeObjects.field(s, slot, 0), i));
            }
        } else {
            addOne(s, base, w == Py.NONE ? s.typeWord(s.noneType) : w);
        }
    }

    private static void addOne(Space s, int base, long member) {
        for (int i = base; i < s.ts.top(); i++) {
            if (s.ts.get(i) == member) {
                return;
            }
        }
        s.ts.push(member);
    }

    /** The member types of the union in {@code slot}. */
    static long args(Space s, int slot) {
        return NativeObjects.field(s, slot, 0);
    }

    private static PyType type(Space s) {
        PyType t = s.builtinTypes.get(NAME);
        if (t != null) {
            return t;
        }
        t = NativeObjects.type(s, NAME, PyType.Native.OTHER, BEHAVIOUR);
        Receivers.readonly(s, t, Builtin.method("UnionType", "__args__(self, /)", (sp, a) -> args(sp, a.slot(0))));
        Builtins.method(s, t, Builtin.method("UnionType", "__or__(self, value, /)", (sp, a) -> {
            long u = or(sp, a.slot(0), a.slot(1));
            return u == 0 ? Py.NOT_IMPLEMENTED : u;
        }));
        Builtins.method(s, t, Builtin.method("UnionType", "__ror__(self, value, /)", (sp, a) -> {
            long u = or(sp, a.slot(1), a.slot(0));
            return u == 0 ? Py.NOT_IMPLEMENTED : u;
        }));
        return t;
    }
}
