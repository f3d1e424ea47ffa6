package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.runtime.PyType.Native;

/**
 * The methods of list, registered as builtin descriptors so that subclasses and
 * {@code super()} calls find them; operators on lists keep their Java fast paths elsewhere and
 * these dunders reuse the same code.
 */
final class ListMethods {
    private ListMethods() {}

    private static final Native K = Native.LIST;

    /** list.extend(iterable): items are gathered first, so extending a list by itself works. */
    static void extend(Space s, int listSlot, int iterableSlot) {
        ThreadState ts = s.ts;
        int base = ts.top();
        int n = Iteration.pushAll(s, iterableSlot);
        try {
            Lists.ensureCapacity(s, listSlot, Lists.size(s.unwrap(ts.get(listSlot))) + n);
            for (int i = 0; i < n; i++) {
                Lists.append(s, listSlot, base + i);
            }
        } finally {
            ts.truncate(base);
        }
    }

    /** The first index in [start, stop) whose item equals the value, or -1 (the list may change meanwhile). */
    static long find(Space s, int listSlot, int valueSlot, long start, long stop) {
        ThreadState ts = s.ts;
        int item = ts.push(0);
        try {
            for (long i = start; i < stop && i < Lists.size(s.unwrap(ts.get(listSlot))); i++) {
                long v = Lists.get(s.unwrap(ts.get(listSlot)), i);
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

    /** [start, stop) of index()'s optional bounds, clamped to {@code [0, n]} as slice bounds are. */
    static long[] bounds(Space s, Builtin.Args a, int startArg, long n) {
        long start = 0, stop = n;
        if (a.given(startArg)) {
            start = sliceIndex(s, a.slot(startArg));
            start = start < 0 ? Math.max(0, start + n) : start;
        }
        if (a.given(startArg + 1)) {
            stop = sliceIndex(s, a.slot(startArg + 1));
            stop = stop < 0 ? Math.max(0, stop + n) : Math.min(stop, n);
        }
        return new long[] {start, stop};
    }

    private static long sliceIndex(Space s, int slot) {
        long w = s.ts.get(slot);
        if (!s.isInt(w) && Ops.userSpecial(s, w, "__index__") == 0) {
            throw Errors.typeError(s, "slice indices must be integers or have an __index__ method");
        }
        return Receivers.clampedIndex(s, slot);
    }

    /** Counts items equal to the value in a list or tuple. */
    static long count(Space s, int seqSlot, int valueSlot) {
        ThreadState ts = s.ts;
        int item = ts.push(0);
        long n = 0;
        try {
            for (long i = 0; i < Sequences.length(s, ts.get(seqSlot)); i++) {
                ts.set(item, Sequences.item(s, ts.get(seqSlot), i));
                if (Ops.equal(s, item, valueSlot)) {
                    n++;
                }
            }
            return n;
        } finally {
            ts.truncate(item);
        }
    }

    /** list.sort: the list looks empty while sorting, and any change made meanwhile is an error. */
    static void sort(Space s, int listSlot, int keySlot, boolean reverse) {
        ThreadState ts = s.ts;
        int tmp = ts.push(Lists.create(s, 0));
        int empty = ts.push(s.newStorage(0));
        long list = s.unwrap(ts.get(listSlot));
        long held = ts.get(tmp);
        // Move the items into a private list; the visible list gets an empty storage.
        s.put(held, LIST_STORAGE, Space.get(list, LIST_STORAGE));
        Space.putRaw(held, LIST_SIZE, Lists.size(list));
        s.put(list, LIST_STORAGE, ts.get(empty));
        Space.putRaw(list, LIST_SIZE, 0);
        boolean modified;
        try {
            Sorting.sort(s, tmp, keySlot, reverse);
        } finally {
            modified = restoreAfterSort(s, listSlot, tmp, empty);
        }
        if (modified) {
            throw Errors.valueError(s, "list modified during sort");
        }
    }

    /** Gives the list back its (sorted) items; whether Python code changed the list meanwhile. */
    private static boolean restoreAfterSort(Space s, int listSlot, int tmp, int empty) {
        ThreadState ts = s.ts;
        long list = s.unwrap(ts.get(listSlot));
        boolean modified = Lists.size(list) != 0 || Space.get(list, LIST_STORAGE) != ts.get(empty);
        long held = ts.get(tmp);
        s.put(list, LIST_STORAGE, Space.get(held, LIST_STORAGE));
        Space.putRaw(list, LIST_SIZE, Lists.size(held));
        ts.truncate(tmp);
        return modified;
    }

    static long reverseInPlace(Space s, long list) {
        long storage = Space.get(list, LIST_STORAGE);
        for (long i = 0, j = Lists.size(list) - 1; i < j; i++, j--) {
            long x = Space.item(storage, i);
            s.setItem(storage, i, Space.item(storage, j));
            s.setItem(storage, j, x);
        }
        return Py.NONE;
    }

    static long copy(Space s, int listSlot) {
        long n = Lists.size(s.unwrap(s.ts.get(listSlot)));
        long r = Lists.create(s, n);
        long list = s.unwrap(s.ts.get(listSlot));
        long storage = Space.get(r, LIST_STORAGE);
        for (long i = 0; i < n; i++) {
            Space.initItem(storage, i, Lists.get(list, i));
        }
        Space.putRaw(r, LIST_SIZE, n);
        return r;
    }

    private static PyException concatError(Space s, String type, long other) {
        return Errors.typeError(s, "can only concatenate " + type + " (not \"" + s.typeOf(other).name + "\") to " + type);
    }

    // ---------------------------------------------------------------- definitions

    static final Builtin APPEND = Receivers.oneArg("list", K, "append(self, object, /)", (s, a) -> {
        Lists.append(s, a.slot(0), a.slot(1));
        return Py.NONE;
    });

    static final Builtin EXTEND = Receivers.oneArg("list", K, "extend(self, iterable, /)", (s, a) -> {
        extend(s, a.slot(0), a.slot(1));
        return Py.NONE;
    });

    static final Builtin INSERT = Receivers.positional("list", K, "insert(self, index, object, /)", (s, a) -> {
        long i = Receivers.exactIndex(s, a.slot(1));
        long n = Lists.size(s.unwrap(a.get(0)));
        i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
        Lists.insert(s, a.slot(0), i, a.slot(2));
        return Py.NONE;
    });

    static final Builtin POP = Receivers.positional("list", K, "pop(self, index=-1, /)", (s, a) -> {
        long i = Receivers.exactIndex(s, a.slot(1));
        long list = s.unwrap(a.get(0));
        long n = Lists.size(list);
        if (n == 0) {
            throw Errors.indexError(s, "pop from empty list");
        }
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "pop index out of range");
        }
        return Lists.removeAt(s, list, i);
    });

    static final Builtin REMOVE = Receivers.oneArg("list", K, "remove(self, value, /)", (s, a) -> {
        long i = find(s, a.slot(0), a.slot(1), 0, Long.MAX_VALUE);
        if (i < 0) {
            throw Errors.valueError(s, "list.remove(x): x not in list");
        }
        Lists.removeAt(s, s.unwrap(a.get(0)), i);
        return Py.NONE;
    });

    static final Builtin INDEX = Receivers.positional("list", K, "index(self, value, start=?, stop=?, /)", (s, a) -> {
        long[] r = bounds(s, a, 2, Lists.size(s.unwrap(a.get(0))));
        long i = find(s, a.slot(0), a.slot(1), r[0], r[1]);
        if (i < 0) {
            throw Errors.valueError(s, Ops.reprString(s, a.slot(1)) + " is not in list");
        }
        return Py.smallInt(i);
    });

    static final Builtin COUNT = Receivers.oneArg("list", K, "count(self, value, /)",
            (s, a) -> Py.smallInt(count(s, a.slot(0), a.slot(1))));

    static final Builtin SORT = Receivers.method("list", K, "sort(self, /, *, key=None, reverse=False)", null, (s, a) -> {
        sort(s, a.slot(0), a.slot(1), Ops.truth(s, a.slot(2)));
        return Py.NONE;
    });

    static final Builtin REVERSE = Receivers.noArgs("list", K, "reverse(self, /)",
            (s, a) -> reverseInPlace(s, s.unwrap(a.get(0))));

    static final Builtin CLEAR = Receivers.noArgs("list", K, "clear(self, /)", (s, a) -> {
        Lists.clear(s, s.unwrap(a.get(0)));
        return Py.NONE;
    });

    static final Builtin COPY = Receivers.noArgs("list", K, "copy(self, /)", (s, a) -> copy(s, a.slot(0)));

    static final Builtin LEN = Receivers.positional("list", K, "__len__(self, /)",
            (s, a) -> Py.smallInt(Lists.size(s.unwrap(a.get(0)))));

    static final Builtin GETITEM = Receivers.oneArg("list", K, "__getitem__(self, index, /)",
            (s, a) -> Subscripts.get(s, a.slot(0), a.slot(1)));

    static final Builtin SETITEM = Receivers.positional("list", K, "__setitem__(self, index, value, /)", (s, a) -> {
        Subscripts.set(s, a.slot(0), a.slot(1), a.slot(2));
        return Py.NONE;
    });

    static final Builtin DELITEM = Receivers.positional("list", K, "__delitem__(self, index, /)", (s, a) -> {
        Subscripts.delete(s, a.slot(0), a.slot(1));
        return Py.NONE;
    });

    static final Builtin CONTAINS = Receivers.positional("list", K, "__contains__(self, key, /)",
            (s, a) -> Py.bool(find(s, a.slot(0), a.slot(1), 0, Long.MAX_VALUE) >= 0));

    static final Builtin ITER = Receivers.positional("list", K, "__iter__(self, /)",
            (s, a) -> Iteration.builtinIter(s, a.slot(0)));

    static final Builtin REVERSED = Receivers.noArgs("list", K, "__reversed__(self, /)", (s, a) -> {
        int l = s.ts.push(s.unwrap(a.get(0)));
        return Iteration.reversedList(s, l);
    });

    static final Builtin ADD = Receivers.positional("list", K, "__add__(self, value, /)", (s, a) -> {
        if (s.typeOf(s.unwrap(a.get(1))).nativeKind != K) {
            throw concatError(s, "list", a.get(1));
        }
        return Sequences.concatLists(s, a.slot(0), a.slot(1));
    });

    static final Builtin IADD = Receivers.positional("list", K, "__iadd__(self, value, /)", (s, a) -> {
        extend(s, a.slot(0), a.slot(1));
        return a.get(0);
    });

    static final Builtin MUL = Receivers.positional("list", K, "__mul__(self, value, /)", (s, a) -> {
        a.set(1, BuiltinFunctions.index(s, a.slot(1)));
        return Sequences.repeat(s, a.slot(0), a.slot(1));
    });

    static final Builtin RMUL = Receivers.positional("list", K, "__rmul__(self, value, /)", (s, a) -> {
        a.set(1, BuiltinFunctions.index(s, a.slot(1)));
        return Sequences.repeat(s, a.slot(0), a.slot(1));
    });

    static final Builtin IMUL = Receivers.positional("list", K, "__imul__(self, value, /)", (s, a) -> {
        a.set(1, BuiltinFunctions.index(s, a.slot(1)));
        return Arith.inPlace(s, BinaryOp.MULTIPLY, a.slot(0), a.slot(1));
    });

    static final Builtin REPR = Receivers.positional("list", K, "__repr__(self, /)",
            (s, a) -> s.newStr(Repr.of(s, a.slot(0))));

    static final Builtin CLASS_GETITEM = Builtin.method("list",
            Signature.parse("__class_getitem__(cls, item, /)").withStyle(Signature.Style.ONE_ARG),
            (s, a) -> GenericAlias.create(s, a.slot(0), a.slot(1)));

    static void install(Space s) {
        PyType t = s.listType;
        for (Builtin b : new Builtin[] {APPEND, EXTEND, INSERT, POP, REMOVE, INDEX, COUNT, SORT, REVERSE, CLEAR, COPY,
                LEN, GETITEM, SETITEM, DELITEM, CONTAINS, ITER, REVERSED, ADD, IADD, MUL, RMUL, IMUL, REPR}) {
            Builtins.method(s, t, b);
        }
        Receivers.comparisons(s, t, "list", K);
        Builtins.classMethod(s, t, CLASS_GETITEM);
        t.put("__hash__", Py.NONE);
    }
}
