package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Iterators of the builtin containers: one small object (target F1, position F2 as a small int,
 * extra F3) whose shape says which kind it is.
 */
final class Iteration {
    static final String[] KINDS = {"list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator",
            "range_iterator", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator",
            "iterator", "bytes_iterator", "bytearray_iterator", "list_reverseiterator", "callable_iterator", "reversed"};

    /** Iterator classes that are public builtins (constructed by calling them). */
    static final String[] PUBLIC = {"enumerate", "zip", "map", "filter"};

    private Iteration() {}

    static boolean isIterator(Space s, long w) {
        PyType t = s.typeOf(w);
        return t.nativeKind == PyType.Native.ITERATOR || t.nativeKind == PyType.Native.GENERATOR
                || t.lookup("__next__") != 0;
    }

    /** A new iterator over the object in {@code targetSlot}; {@code extra} must not be a heap word (the allocation could move it). */
    private static long make(Space s, String kind, int targetSlot, long position, long extra) {
        long it = s.allocFixed(OBJ3, s.builtinTypes.get(kind).rootShape);
        Space.putRaw(it, F1, s.ts.get(targetSlot));
        Space.putRaw(it, F2, Py.smallInt(position));
        Space.putRaw(it, F3, extra);
        return it;
    }

    /** iter() of a builtin iterable, or 0 if the object is not one. */
    static long builtinIter(Space s, int slot) {
        long w = s.ts.get(slot);
        PyType t = s.typeOf(w);
        if (t.nativeKind == PyType.Native.ITERATOR || t.nativeKind == PyType.Native.GENERATOR) {
            return w;
        }
        if (DictViews.isView(s, w)) {
            return DictViews.iter(s, slot);
        }
        int target = s.ts.push(s.unwrap(w));
        try {
            return switch (s.typeOf(s.ts.get(target)).nativeKind) {
                case LIST -> make(s, "list_iterator", target, 0, 0);
                case TUPLE -> make(s, "tuple_iterator", target, 0, 0);
                case STR -> make(s, (Space.get(s.ts.get(target), Layouts.STR_INFO) & (1 << 8)) != 0
                        ? "str_ascii_iterator" : "str_iterator", target, 0, 0);
                case BYTES -> make(s, "bytes_iterator", target, 0, 0);
                case BYTEARRAY -> make(s, "bytearray_iterator", target, 0, 0);
                case RANGE -> make(s, "range_iterator", target, 0, 0);
                case DICT -> make(s, "dict_keyiterator", target, 0, Py.smallInt(Dicts.size(s.ts.get(target))));
                case SET, FROZENSET -> make(s, "set_iterator", target, 0, Py.smallInt(Sets.size(s.ts.get(target))));
                default -> 0;
            };
        } finally {
            s.ts.truncate(target);
        }
    }

    static long dictIterator(Space s, int dictSlot, String kind) {
        return make(s, kind, dictSlot, 0, Py.smallInt(Dicts.size(s.unwrap(s.ts.get(dictSlot)))));
    }

    static long sequenceIterator(Space s, int slot) {
        return make(s, "iterator", slot, 0, 0);
    }

    static long reversedList(Space s, int listSlot) {
        return make(s, "list_reverseiterator", listSlot, Lists.size(s.unwrap(s.ts.get(listSlot))) - 1, 0);
    }

    static long callableIterator(Space s, int callableSlot, int sentinelSlot) {
        int target = s.ts.push(s.ts.get(callableSlot));
        try {
            long it = make(s, "callable_iterator", target, 0, 0);
            // The sentinel is read after the allocation, which may have moved it.
            Space.putRaw(it, F3, s.ts.get(sentinelSlot));
            return it;
        } finally {
            s.ts.truncate(target);
        }
    }

    /** next() of a builtin iterator; 0 when exhausted. */
    static long builtinNext(Space s, int slot) {
        long it = s.ts.get(slot);
        PyType t = s.typeOf(it);
        if (t.nativeKind == PyType.Native.GENERATOR) {
            return Generators.next(s, slot);
        }
        if (t.nativeKind != PyType.Native.ITERATOR) {
            throw Errors.typeError(s, "'" + t.name + "' object is not an iterator");
        }
        if (t.behaviour != null) {
            return t.behaviour.next(s, slot);
        }
        long target = Space.get(it, F1);
        if (target == 0) {
            return 0;
        }
        long i = Py.smallValue(Space.get(it, F2));
        long v;
        switch (t.name) {
            case "list_iterator" -> v = i < Lists.size(target) ? Lists.get(target, i) : 0;
            case "list_reverseiterator" -> {
                v = i >= 0 && i < Lists.size(target) ? Lists.get(target, i) : 0;
                Space.putRaw(it, F2, Py.smallInt(i - 1));
                if (v == 0) {
                    Space.putRaw(it, F1, 0);
                }
                return v;
            }
            case "tuple_iterator" -> v = i < Space.length(target) ? Space.item(target, i) : 0;
            case "str_iterator", "str_ascii_iterator" -> {
                if (i >= s.strLength(target)) {
                    v = 0;
                } else {
                    Space.putRaw(it, F2, Py.smallInt(i + 1));
                    return Strs.charAt(s, target, i);
                }
            }
            case "bytes_iterator" -> v = i < Space.get(target, BYTES_LENGTH)
                    ? Py.smallInt(dev.pyxis.heap.api.Memory.getByte(target + BYTES_DATA + i) & 0xff) : 0;
            case "bytearray_iterator" -> v = i < ByteArrays.size(target) ? Py.smallInt(ByteArrays.byteAt(target, i)) : 0;
            case "range_iterator" -> {
                if (i >= Ranges.length(s, target)) {
                    v = 0;
                } else {
                    Space.putRaw(it, F2, Py.smallInt(i + 1));
                    return Ranges.item(s, target, i);
                }
            }
            case "dict_keyiterator", "dict_valueiterator", "dict_itemiterator" -> {
                if (Dicts.size(target) != Py.smallValue(Space.get(it, F3))) {
                    Space.putRaw(it, F3, Py.smallInt(-1));
                    throw Errors.raise(s, "RuntimeError", "dictionary changed size during iteration");
                }
                long n = Dicts.entryCount(target);
                while (i < n && Dicts.keyAt(target, i) == 0) {
                    i++;
                }
                if (i >= n) {
                    v = 0;
                } else {
                    Space.putRaw(it, F2, Py.smallInt(i + 1));
                    return switch (t.name) {
                        case "dict_keyiterator" -> Dicts.keyAt(target, i);
                        case "dict_valueiterator" -> Dicts.valueAt(target, i);
                        default -> Tuples.pair(s, Dicts.keyAt(target, i), Dicts.valueAt(target, i));
                    };
                }
            }
            case "set_iterator" -> {
                if (Sets.size(target) != Py.smallValue(Space.get(it, F3))) {
                    Space.putRaw(it, F3, Py.smallInt(-1));
                    throw Errors.raise(s, "RuntimeError", "Set changed size during iteration");
                }
                long cap = Sets.capacity(target);
                while (i < cap && Sets.keyAt(target, i) == 0) {
                    i++;
                }
                v = i < cap ? Sets.keyAt(target, i) : 0;
            }
            case "iterator" -> {
                int base = s.ts.push(target);
                s.ts.push(Py.smallInt(i));
                try {
                    v = Ops.getItem(s, base, base + 1);
                } catch (PyException e) {
                    long exc = s.ts.peekRaised();
                    if (Exceptions.matches(s, exc, "IndexError") || Exceptions.matches(s, exc, "StopIteration")) {
                        s.ts.takeRaised();
                        Space.putRaw(s.ts.get(slot), F1, 0);
                        return 0;
                    }
                    throw e;
                } finally {
                    s.ts.truncate(base);
                }
                Space.putRaw(s.ts.get(slot), F2, Py.smallInt(i + 1));
                return v;
            }
            case "enumerate" -> {
                int base = s.ts.push(Space.get(it, F1));
                try {
                    long x = Ops.next(s, base);
                    if (x == 0) {
                        return 0;
                    }
                    s.ts.set(base, x);
                    long count = Space.get(s.ts.get(slot), F2);
                    int c = s.ts.push(count);
                    long nextCount = Py.isSmallInt(count) && Py.fitsSmall(Py.smallValue(count) + 1)
                            ? Py.smallInt(Py.smallValue(count) + 1) : s.newInt(s.bigValue(count).add(java.math.BigInteger.ONE));
                    s.put(s.ts.get(slot), F2, nextCount);
                    long pair = Tuples.pair(s, s.ts.get(c), s.ts.get(base));
                    return pair;
                } finally {
                    s.ts.truncate(base);
                }
            }
            case "zip" -> {
                long iters = Space.get(it, F1);
                int n = (int) Space.length(iters);
                if (n == 0) {
                    return 0;
                }
                int base = s.ts.top();
                try {
                    for (int k = 0; k < n; k++) {
                        int itSlot = s.ts.push(Space.item(Space.get(s.ts.get(slot), F1), k));
                        long x = Ops.next(s, itSlot);
                        if (x == 0) {
                            if (Space.get(s.ts.get(slot), F2) == Py.TRUE) {
                                PyException error = zipStrictError(s, slot, k);
                                if (error != null) {
                                    throw error;
                                }
                            }
                            return 0;
                        }
                        s.ts.set(itSlot, x);
                    }
                    return s.newTupleFromRoots(base, n);
                } finally {
                    s.ts.truncate(base);
                }
            }
            case "map" -> {
                long iters = Space.get(it, F2);
                int n = (int) Space.length(iters);
                int base = s.ts.push(Space.get(it, F1));
                try {
                    for (int k = 0; k < n; k++) {
                        int itSlot = s.ts.push(Space.item(Space.get(s.ts.get(slot), F2), k));
                        long x = Ops.next(s, itSlot);
                        if (x == 0) {
                            return 0;
                        }
                        s.ts.set(itSlot, x);
                    }
                    return Calls.call(s, base, base + 1, n, -1);
                } finally {
                    s.ts.truncate(base);
                }
            }
            case "filter" -> {
                int base = s.ts.push(Space.get(it, F2));
                int x = s.ts.push(0);
                try {
                    while (true) {
                        long item = Ops.next(s, base);
                        if (item == 0) {
                            return 0;
                        }
                        s.ts.set(x, item);
                        long fn = Space.get(s.ts.get(slot), F1);
                        boolean keep;
                        if (fn == Py.NONE) {
                            keep = Ops.truth(s, x);
                        } else {
                            int c = s.ts.push(fn);
                            s.ts.push(s.ts.get(x));
                            int r = s.ts.push(Calls.call(s, c, c + 1, 1, -1));
                            keep = Ops.truth(s, r);
                            s.ts.truncate(c);
                        }
                        if (keep) {
                            return s.ts.get(x);
                        }
                    }
                } finally {
                    s.ts.truncate(base);
                }
            }
            case "reversed" -> {
                if (i < 0) {
                    Space.putRaw(it, F1, 0);
                    return 0;
                }
                int base = s.ts.push(target);
                s.ts.push(Py.smallInt(i));
                try {
                    v = Ops.getItem(s, base, base + 1);
                } finally {
                    s.ts.truncate(base);
                }
                Space.putRaw(s.ts.get(slot), F2, Py.smallInt(i - 1));
                return v;
            }
            case "callable_iterator" -> {
                int base = s.ts.push(target);
                try {
                    v = Calls.call(s, base, base + 1, 0, -1);
                } finally {
                    s.ts.truncate(base);
                }
                int vs = s.ts.push(v);
                int sentinel = s.ts.push(Space.get(s.ts.get(slot), F3));
                try {
                    if (Ops.equal(s, vs, sentinel)) {
                        Space.putRaw(s.ts.get(slot), F1, 0);
                        return 0;
                    }
                    return s.ts.get(vs);
                } finally {
                    s.ts.truncate(vs);
                }
            }
            default -> throw new IllegalStateException(t.name);
        }
        if (v == 0) {
            Space.putRaw(it, F1, 0);
        } else {
            Space.putRaw(it, F2, Py.smallInt(i + 1));
        }
        return v;
    }

    private static PyException zipStrictError(Space s, int slot, int k) {
        if (k > 0) {
            return Errors.valueError(s, "zip() argument " + (k + 1) + " is shorter than argument"
                    + (k == 1 ? " 1" : "s 1-" + k));
        }
        long iters = Space.get(s.ts.get(slot), F1);
        int n = (int) Space.length(iters);
        for (int j = 1; j < n; j++) {
            int itSlot = s.ts.push(Space.item(Space.get(s.ts.get(slot), F1), j));
            long x = Ops.next(s, itSlot);
            s.ts.truncate(itSlot);
            if (x != 0) {
                return Errors.valueError(s, "zip() argument " + (j + 1) + " is longer than argument"
                        + (j == 1 ? " 1" : "s 1-" + j));
            }
        }
        return null;
    }

    /** A new iterator object of one of the public iterator classes, fields from root slots (or words). */
    static long makePublic(Space s, String kind, long f1, long f2) {
        int a = s.ts.push(f1);
        s.ts.push(f2);
        try {
            long it = s.allocFixed(OBJ3, s.builtinTypes.get(kind).rootShape);
            Space.putRaw(it, F1, s.ts.get(a));
            Space.putRaw(it, F2, s.ts.get(a + 1));
            Space.putRaw(it, F3, 0);
            return it;
        } finally {
            s.ts.truncate(a);
        }
    }

    /**
     * Pushes every item of the iterable in {@code slot} onto the root stack; returns how many.
     * The caller truncates the root stack when done.
     */
    static int pushAll(Space s, int slot) {
        ThreadState ts = s.ts;
        long w = s.unwrap(ts.get(slot));
        PyType t = s.typeOf(w);
        if (!s.typeOf(ts.get(slot)).heapType && (t == s.tupleType || t == s.listType)) {
            long n = Sequences.length(s, w);
            for (long i = 0; i < n; i++) {
                ts.push(Sequences.item(s, ts.get(slot), i));
            }
            return (int) n;
        }
        int it = ts.push(Ops.iter(s, slot));
        int count = 0;
        while (true) {
            long v = Ops.next(s, it);
            if (v == 0) {
                break;
            }
            ts.push(v);
            count++;
        }
        // Drop the iterator from under the items.
        for (int i = 0; i < count; i++) {
            ts.set(it + i, ts.get(it + i + 1));
        }
        ts.truncate(it + count);
        return count;
    }

    /** The str items of an iterable (e.g. __slots__), as Java strings. */
    /**
     * The str items of an iterable (a str alone counts as one item). A non-str item raises
     * TypeError with {@code nonStrMessage} formatted with its type's name, or is skipped when
     * that message is null.
     */
    static List<String> strings(Space s, long iterable, String nonStrMessage) {
        int base = s.ts.push(iterable);
        try {
            if (s.isStr(iterable)) {
                return List.of(s.str(iterable));
            }
            int n = pushAll(s, base);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                long item = s.ts.get(base + 1 + i);
                if (s.isStr(item)) {
                    out.add(s.str(item));
                } else if (nonStrMessage != null) {
                    throw Errors.typeError(s, String.format(nonStrMessage, s.typeOf(item).name));
                }
            }
            return out;
        } finally {
            s.ts.truncate(base);
        }
    }
}
