package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builtin named sequences such as {@code time.struct_time}: a builtin type of the tuple kind
 * whose instances are tuples with the type's shape (so len, indexing, iteration, comparison
 * and hashing are the tuple's), with a read-only attribute per field and a repr naming them.
 */
final class StructSeq {
    private StructSeq() {}

    /** Field names by qualified type name (constant for the JVM, like the builtins). */
    private static final Map<String, String[]> FIELDS = new ConcurrentHashMap<>();

    /**
     * The type {@code qualifiedName} ("time.struct_time") of the space, created on first use
     * with the given field names; up to {@code maxLength} items are accepted by its constructor
     * (the ones past the fields are dropped).
     */
    static PyType type(Space s, String qualifiedName, String[] fields, int maxLength) {
        PyType t = s.builtinTypes.get(qualifiedName);
        if (t != null) {
            return t;
        }
        FIELDS.put(qualifiedName, fields);
        t = s.newType(qualifiedName, new PyType[] {s.tupleType}, PyType.Native.TUPLE, false);
        s.builtinTypes.put(qualifiedName, t);
        s.materialize(t);
        Builtins.staticMethod(s, t, constructor(qualifiedName, fields.length, maxLength));
        for (int i = 0; i < fields.length; i++) {
            NumberMethods.attribute(s, t, field(fields[i], i));
        }
        t.put("n_sequence_fields", Py.smallInt(fields.length));
        t.put("n_fields", Py.smallInt(maxLength));
        t.put("n_unnamed_fields", Py.smallInt(0));
        return t;
    }

    private static final Map<String, Builtin> CONSTRUCTORS = new ConcurrentHashMap<>();
    private static final Map<String, Builtin> GETTERS = new ConcurrentHashMap<>();

    private static Builtin constructor(String qualifiedName, int n, int max) {
        return CONSTRUCTORS.computeIfAbsent(qualifiedName, q -> Builtin.method(q, "__new__(cls, sequence, dict=None)", (s, a) -> {
            int base = s.ts.top();
            try {
                int count = Iteration.pushAll(s, a.slot(1));
                if (count < n || count > max) {
                    throw Errors.typeError(s, q + "() takes an " + (count < n ? "at least " + n : "at most " + max)
                            + "-sequence (" + count + "-sequence given)");
                }
                return make(s, s.asType(a.get(0)), base, n);
            } finally {
                s.ts.truncate(base);
            }
        }));
    }

    private static Builtin field(String name, int index) {
        return GETTERS.computeIfAbsent(name + "#" + index, k -> Builtin.function(name + "(self, /)", (s, a) -> {
            long w = s.unwrap(a.get(0));
            if (s.typeOf(w).nativeKind != PyType.Native.TUPLE || Space.length(w) <= index) {
                throw Errors.typeError(s, "descriptor '" + name + "' doesn't apply to a '" + s.typeOf(a.get(0)).name + "' object");
            }
            return Space.item(w, index);
        }));
    }

    /** An instance of {@code t} holding the {@code n} words in root slots {@code [base, base + n)}. */
    static long make(Space s, PyType t, int base, int n) {
        long w = s.allocArray(TUPLE, n, t.rootShape);
        for (int i = 0; i < n; i++) {
            Space.initItem(w, i, s.ts.get(base + i));
        }
        return w;
    }

    /** Whether {@code t} is a named sequence type made here. */
    static boolean isStructSeq(PyType t) {
        return t.nativeKind == PyType.Native.TUPLE && !t.heapType && FIELDS.containsKey(t.name);
    }

    /** repr(): "time.struct_time(tm_year=2024, ...)". */
    static String repr(Space s, int slot) {
        long w = s.ts.get(slot);
        PyType t = s.typeOf(w);
        String[] fields = FIELDS.get(t.name);
        StringBuilder sb = new StringBuilder(t.name).append('(');
        long n = Space.length(w);
        int item = s.ts.push(0);
        try {
            for (int i = 0; i < n; i++) {
                s.ts.set(item, Space.item(s.ts.get(slot), i));
                sb.append(i > 0 ? ", " : "").append(fields[i]).append('=').append(Ops.reprString(s, item));
            }
        } finally {
            s.ts.truncate(item);
        }
        return sb.append(')').toString();
    }
}
