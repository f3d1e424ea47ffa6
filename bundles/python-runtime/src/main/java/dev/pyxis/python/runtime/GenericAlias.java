package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** types.GenericAlias: {@code list[int]} (origin F1, args tuple F2). */
final class GenericAlias {
    private GenericAlias() {}

    static long create(Space s, int originSlot, int argsSlot) {
        long args = s.ts.get(argsSlot);
        int a = s.ts.push(Py.isObject(args) && s.typeOf(args) == s.tupleType ? args : Tuples.single(s, args));
        long g = s.allocFixed(OBJ2, s.builtinTypes.get("types.GenericAlias").rootShape);
        Space.putRaw(g, F1, s.ts.get(originSlot));
        Space.putRaw(g, F2, s.ts.get(a));
        s.ts.truncate(a);
        return g;
    }

    static String repr(Space s, int slot) {
        long g = s.ts.get(slot);
        int base = s.ts.push(Space.get(g, F1));
        try {
            StringBuilder sb = new StringBuilder(Repr.typeName(s, s.ts.get(base)));
            sb.append('[');
            long args = Space.get(s.ts.get(slot), F2);
            long n = Space.length(args);
            for (long i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                long arg = Space.item(Space.get(s.ts.get(slot), F2), i);
                s.ts.set(base, arg);
                sb.append(s.asType(arg) != null ? Repr.typeName(s, arg) : arg == Py.ELLIPSIS ? "..." : Ops.reprString(s, base));
            }
            return sb.append(']').toString();
        } finally {
            s.ts.truncate(base);
        }
    }

    static void install(Space s, PyType t) {
        String owner = "types.GenericAlias";
        Receivers.readonly(s, t, Builtin.method(owner, "__origin__(self, /)", (sp, a) -> Space.get(a.get(0), F1)));
        Receivers.readonly(s, t, Builtin.method(owner, "__args__(self, /)", (sp, a) -> Space.get(a.get(0), F2)));
        Builtins.method(s, t, Builtin.method(owner, "__call__(self, /, *args, **kwargs)", (sp, a) -> {
            int origin = sp.ts.push(Space.get(a.get(0), F1));
            return CallSupport.callEx(sp, origin, a.slot(1), a.slot(2));
        }));
    }
}
