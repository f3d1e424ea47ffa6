package dev.pyxis.python.runtime;

import dev.pyxis.python.runtime.PyType.Native;

/** The methods of tuple, registered as builtin descriptors (subclasses and super() find them). */
final class TupleMethods {
    private TupleMethods() {}

    private static final Native K = Native.TUPLE;

    /** The first index in [start, stop) whose item equals the value, or -1. */
    private static long find(Space s, int tupleSlot, int valueSlot, long start, long stop) {
        ThreadState ts = s.ts;
        int item = ts.push(0);
        try {
            long n = Space.length(s.unwrap(ts.get(tupleSlot)));
            for (long i = start; i < stop && i < n; i++) {
                long v = Space.item(s.unwrap(ts.get(tupleSlot)), i);
                if (v == ts.get(valueSlot)) {
                    return i;
                }
                ts.set(item, v);
                if (Ops.equal(s, item, valueSlot)) {
                    return i;
                }
            }
            return -1;
        } finally {
            ts.truncate(item);
        }
    }

    static final Builtin INDEX = Receivers.positional("tuple", K, "index(self, value, start=?, stop=?, /)", (s, a) -> {
        long[] r = ListMethods.bounds(s, a, 2, Space.length(s.unwrap(a.get(0))));
        long i = find(s, a.slot(0), a.slot(1), r[0], r[1]);
        if (i < 0) {
            throw Errors.valueError(s, "tuple.index(x): x not in tuple");
        }
        return Py.smallInt(i);
    });

    static final Builtin COUNT = Receivers.oneArg("tuple", K, "count(self, value, /)",
            (s, a) -> Py.smallInt(ListMethods.count(s, a.slot(0), a.slot(1))));

    static final Builtin LEN = Receivers.positional("tuple", K, "__len__(self, /)",
            (s, a) -> Py.smallInt(Space.length(s.unwrap(a.get(0)))));

    static final Builtin GETITEM = Receivers.positional("tuple", K, "__getitem__(self, key, /)",
            (s, a) -> Subscripts.get(s, a.slot(0), a.slot(1)));

    static final Builtin CONTAINS = Receivers.positional("tuple", K, "__contains__(self, key, /)",
            (s, a) -> Py.bool(find(s, a.slot(0), a.slot(1), 0, Long.MAX_VALUE) >= 0));

    static final Builtin ITER = Receivers.positional("tuple", K, "__iter__(self, /)",
            (s, a) -> Iteration.builtinIter(s, a.slot(0)));

    static final Builtin HASH = Receivers.positional("tuple", K, "__hash__(self, /)",
            (s, a) -> s.newInt(Keys.tupleHash(s, a.slot(0))));

    static final Builtin ADD = Receivers.positional("tuple", K, "__add__(self, value, /)", (s, a) -> {
        if (s.typeOf(s.unwrap(a.get(1))).nativeKind != K) {
            throw Errors.typeError(s, "can only concatenate tuple (not \"" + s.typeOf(a.get(1)).name + "\") to tuple");
        }
        return Sequences.concatTuples(s, a.slot(0), a.slot(1));
    });

    static final Builtin MUL = Receivers.positional("tuple", K, "__mul__(self, value, /)", (s, a) -> {
        a.set(1, BuiltinFunctions.index(s, a.slot(1)));
        return Sequences.repeat(s, a.slot(0), a.slot(1));
    });

    static final Builtin RMUL = Receivers.positional("tuple", K, "__rmul__(self, value, /)", (s, a) -> {
        a.set(1, BuiltinFunctions.index(s, a.slot(1)));
        return Sequences.repeat(s, a.slot(0), a.slot(1));
    });

    static final Builtin GETNEWARGS = Receivers.noArgs("tuple", K, "__getnewargs__(self, /)", (s, a) -> {
        int t = s.ts.push(s.unwrap(a.get(0)));
        if (s.typeOf(a.get(0)).heapType) {
            // A subclass instance: its builtin value is copied into a plain tuple.
            long n = Space.length(s.ts.get(t));
            long copy = s.newTuple((int) n);
            for (long i = 0; i < n; i++) {
                Space.initItem(copy, i, Space.item(s.ts.get(t), i));
            }
            s.ts.set(t, copy);
        }
        return Tuples.single(s, s.ts.get(t));
    });

    static final Builtin REPR = Receivers.positional("tuple", K, "__repr__(self, /)",
            (s, a) -> s.newStr(Repr.of(s, a.slot(0))));

    static final Builtin CLASS_GETITEM = Builtin.method("tuple",
            Signature.parse("__class_getitem__(cls, item, /)").withStyle(Signature.Style.ONE_ARG),
            (s, a) -> GenericAlias.create(s, a.slot(0), a.slot(1)));

    static void install(Space s) {
        PyType t = s.tupleType;
        for (Builtin b : new Builtin[] {INDEX, COUNT, LEN, GETITEM, CONTAINS, ITER, HASH, ADD, MUL, RMUL, GETNEWARGS, REPR}) {
            Builtins.method(s, t, b);
        }
        Receivers.comparisons(s, t, "tuple", K);
        Builtins.classMethod(s, t, CLASS_GETITEM);
    }
}
