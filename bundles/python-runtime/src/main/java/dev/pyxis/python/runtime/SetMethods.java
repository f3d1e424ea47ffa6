package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.runtime.PyType.Native;

/**
 * The methods of set and frozenset. Results are built the way CPython builds them (a copy of the
 * left operand then insertions or removals), because the resulting table layout is the
 * iteration order that programs print.
 */
final class SetMethods {
    private SetMethods() {}

    static boolean isSet(Space s, long w) {
        Native k = s.typeOf(s.unwrap(w)).nativeKind;
        return k == Native.SET || k == Native.FROZENSET;
    }

    // ---------------------------------------------------------------- algebra on root slots

    /** Adds every item of the iterable in {@code fromSlot} to the (unwrapped) set in {@code setSlot}. */
    static void update(Space s, int setSlot, int fromSlot) {
        ThreadState ts = s.ts;
        if (isSet(s, ts.get(fromSlot))) {
            Sets.merge(s, setSlot, fromSlot);
            return;
        }
        int base = ts.top();
        int n = Iteration.pushAll(s, fromSlot);
        try {
            for (int i = 0; i < n; i++) {
                Sets.add(s, setSlot, base + i);
            }
        } finally {
            ts.truncate(base);
        }
    }

    /** A new set of the items of {@code a} that are (keep) or are not in {@code b} (any iterable). */
    static long filtered(Space s, int aSlot, int bSlot, boolean keep) {
        ThreadState ts = s.ts;
        int other = ts.push(isSet(s, ts.get(bSlot)) ? s.unwrap(ts.get(bSlot)) : frozenOf(s, bSlot));
        int r = ts.push(Sets.create(s, false));
        int base = ts.top();
        try {
            int n = Iteration.pushAll(s, aSlot);
            for (int i = 0; i < n; i++) {
                if (Sets.contains(s, ts.get(other), ts.get(base + i)) == keep) {
                    Sets.add(s, r, base + i);
                }
            }
            return ts.get(r);
        } finally {
            ts.truncate(other);
        }
    }

    /**
     * set - other: a big set minus a small set is a copy with the other's items removed; otherwise
     * the set's items not in the other are inserted into a new set.
     */
    static long difference(Space s, int aSlot, int bSlot) {
        ThreadState ts = s.ts;
        if (!isSet(s, ts.get(bSlot)) || (Sets.size(s.unwrap(ts.get(aSlot))) >> 2) > Sets.size(s.unwrap(ts.get(bSlot)))) {
            int r = ts.push(Sets.copyOf(s, aSlot, false));
            try {
                differenceUpdate(s, r, bSlot);
                return ts.get(r);
            } finally {
                ts.truncate(r);
            }
        }
        return filtered(s, aSlot, bSlot, false);
    }

    /** set ^ other: a new set of the other's items, updated symmetrically with the set's. */
    static long symmetricDifference(Space s, int aSlot, int bSlot) {
        int r = s.ts.push(Sets.create(s, false));
        try {
            update(s, r, bSlot);
            symmetricUpdate(s, r, aSlot);
            return s.ts.get(r);
        } finally {
            s.ts.truncate(r);
        }
    }

    /** set & other: the smaller set is walked, so its order decides the result's insertion order. */
    static long intersection(Space s, int aSlot, int bSlot) {
        ThreadState ts = s.ts;
        if (isSet(s, ts.get(bSlot)) && Sets.size(s.unwrap(ts.get(bSlot))) > Sets.size(s.unwrap(ts.get(aSlot)))) {
            return filtered(s, aSlot, bSlot, true);
        }
        if (isSet(s, ts.get(bSlot))) {
            return filtered(s, bSlot, aSlot, true);
        }
        // Any iterable: its items in order, kept when in the set.
        int r = ts.push(Sets.create(s, false));
        int base = ts.top();
        try {
            int n = Iteration.pushAll(s, bSlot);
            for (int i = 0; i < n; i++) {
                if (Sets.contains(s, s.unwrap(ts.get(aSlot)), ts.get(base + i))) {
                    Sets.add(s, r, base + i);
                }
            }
            return ts.get(r);
        } finally {
            ts.truncate(r);
        }
    }

    /** Removes the items of the iterable in {@code fromSlot} from the (unwrapped) set in {@code setSlot}. */
    static void differenceUpdate(Space s, int setSlot, int fromSlot) {
        ThreadState ts = s.ts;
        if (ts.get(setSlot) == s.unwrap(ts.get(fromSlot))) {
            Sets.clear(s, setSlot);
            return;
        }
        int base = ts.top();
        int n = Iteration.pushAll(s, fromSlot);
        try {
            for (int i = 0; i < n; i++) {
                Sets.discard(s, ts.get(setSlot), ts.get(base + i));
            }
            Sets.compactAfterRemovals(s, setSlot);
        } finally {
            ts.truncate(base);
        }
    }

    /** For each distinct item of the iterable: removed from the set if there, else added. */
    static void symmetricUpdate(Space s, int setSlot, int fromSlot) {
        ThreadState ts = s.ts;
        if (ts.get(setSlot) == s.unwrap(ts.get(fromSlot))) {
            Sets.clear(s, setSlot);
            return;
        }
        int other = ts.push(isSet(s, ts.get(fromSlot)) ? s.unwrap(ts.get(fromSlot)) : frozenOf(s, fromSlot));
        int base = ts.top();
        try {
            int n = Iteration.pushAll(s, other);
            for (int i = 0; i < n; i++) {
                if (!Sets.discard(s, ts.get(setSlot), ts.get(base + i))) {
                    Sets.add(s, setSlot, base + i);
                }
            }
        } finally {
            ts.truncate(other);
        }
    }

    private static long frozenOf(Space s, int slot) {
        int set = s.ts.push(Sets.create(s, true));
        try {
            update(s, set, slot);
            return s.ts.get(set);
        } finally {
            s.ts.truncate(set);
        }
    }

    /** Whether every item of {@code a} is in {@code b} (any iterables). */
    static boolean subset(Space s, int aSlot, int bSlot) {
        ThreadState ts = s.ts;
        int a = ts.push(isSet(s, ts.get(aSlot)) ? s.unwrap(ts.get(aSlot)) : frozenOf(s, aSlot));
        int b = ts.push(isSet(s, ts.get(bSlot)) ? s.unwrap(ts.get(bSlot)) : frozenOf(s, bSlot));
        try {
            if (Sets.size(ts.get(a)) > Sets.size(ts.get(b))) {
                return false;
            }
            return SetOps.subset(s, a, b);
        } finally {
            ts.truncate(a);
        }
    }

    static boolean disjoint(Space s, int aSlot, int bSlot) {
        ThreadState ts = s.ts;
        int base = ts.top();
        try {
            int n = Iteration.pushAll(s, bSlot);
            for (int i = 0; i < n; i++) {
                if (Sets.contains(s, s.unwrap(ts.get(aSlot)), ts.get(base + i))) {
                    return false;
                }
            }
            return true;
        } finally {
            ts.truncate(base);
        }
    }

    /** The result of a binary set operator: a new set or frozenset like the left operand. */
    static long binary(Space s, BinaryOp op, int aSlot, int bSlot) {
        ThreadState ts = s.ts;
        if (!isSet(s, ts.get(aSlot)) || !isSet(s, ts.get(bSlot))) {
            return Py.NOT_IMPLEMENTED;
        }
        boolean frozen = s.typeOf(s.unwrap(ts.get(aSlot))).nativeKind == Native.FROZENSET;
        int r = ts.push(0);
        try {
            switch (op) {
                case OR -> {
                    ts.set(r, Sets.copyOf(s, aSlot, false));
                    update(s, r, bSlot);
                }
                case AND -> ts.set(r, intersection(s, aSlot, bSlot));
                case SUBTRACT -> ts.set(r, difference(s, aSlot, bSlot));
                case XOR -> ts.set(r, symmetricDifference(s, aSlot, bSlot));
                default -> {
                    return Py.NOT_IMPLEMENTED;
                }
            }
            if (frozen) {
                s.setShape(ts.get(r), s.frozensetType.rootShape);
            }
            return ts.get(r);
        } finally {
            ts.truncate(r);
        }
    }

    /** {@code a op= b} on a mutable set: mutates it in place (frozensets fall back to the binary form). */
    static long inPlace(Space s, BinaryOp op, int aSlot, int bSlot) {
        ThreadState ts = s.ts;
        if (!isSet(s, ts.get(bSlot)) || s.typeOf(s.unwrap(ts.get(aSlot))).nativeKind != Native.SET) {
            return Py.NOT_IMPLEMENTED;
        }
        int target = ts.push(s.unwrap(ts.get(aSlot)));
        try {
            switch (op) {
                case OR -> update(s, target, bSlot);
                case AND -> {
                    int r = ts.push(intersection(s, target, bSlot));
                    SetOps.replaceContents(s, target, r);
                }
                case SUBTRACT -> differenceUpdate(s, target, bSlot);
                case XOR -> symmetricUpdate(s, target, bSlot);
                default -> {
                    return Py.NOT_IMPLEMENTED;
                }
            }
            return ts.get(aSlot);
        } finally {
            ts.truncate(target);
        }
    }

    /**
     * CPython's frozenset hash: the items' hashes shuffled and xor-ed (order-free), then mixed.
     * The items' full 64-bit hashes are recomputed (the table keeps 63 bits).
     */
    static long frozensetHash(Space s, int setSlot) {
        ThreadState ts = s.ts;
        int base = ts.top();
        int n = Iteration.pushAll(s, setSlot);
        try {
            long h = 0;
            for (int i = 0; i < n; i++) {
                long eh = Ops.hash(s, base + i);
                h ^= ((eh ^ 89869747L) ^ (eh << 16)) * 3644798167L;
            }
            h ^= (n + 1L) * 1927868237L;
            h ^= (h >>> 11) ^ (h >>> 25);
            h = h * 69069L + 907133923L;
            return h == -1 ? 590923713L : h;
        } finally {
            ts.truncate(base);
        }
    }

    // ---------------------------------------------------------------- definitions

    private static final Native SET = Native.SET;

    private static Builtin both(String name, String sig, Signature.Style style, boolean frozen, Builtin.Body body) {
        return Receivers.method(frozen ? "frozenset" : "set", frozen ? Native.FROZENSET : SET, sig, style, body);
    }

    /** A receiver pushed unwrapped, as Sets' helpers take the set itself. */
    private static int self(Space s, Builtin.Args a) {
        return s.ts.push(s.unwrap(a.get(0)));
    }

    static final Builtin ADD = Receivers.oneArg("set", SET, "add(self, object, /)", (s, a) -> {
        Sets.add(s, self(s, a), a.slot(1));
        return Py.NONE;
    });

    static final Builtin REMOVE = Receivers.oneArg("set", SET, "remove(self, object, /)", (s, a) -> {
        int key = lookupKey(s, a.slot(1));
        if (!Sets.discard(s, s.unwrap(a.get(0)), s.ts.get(key))) {
            throw Errors.keyError(s, a.get(1));
        }
        return Py.NONE;
    });

    static final Builtin DISCARD = Receivers.oneArg("set", SET, "discard(self, object, /)", (s, a) -> {
        int key = lookupKey(s, a.slot(1));
        Sets.discard(s, s.unwrap(a.get(0)), s.ts.get(key));
        return Py.NONE;
    });

    static final Builtin POP = Receivers.noArgs("set", SET, "pop(self, /)", (s, a) -> {
        long k = Sets.pop(s, s.unwrap(a.get(0)));
        if (k == 0) {
            throw Errors.raise(s, "KeyError", "pop from an empty set");
        }
        return k;
    });

    static final Builtin CLEAR = Receivers.noArgs("set", SET, "clear(self, /)", (s, a) -> {
        Sets.clear(s, a.slot(0));
        return Py.NONE;
    });

    static final Builtin UPDATE = Receivers.method("set", SET, "update(self, /, *others)", Signature.Style.POSITIONAL, (s, a) -> {
        int set = self(s, a);
        for (long i = 0; i < Space.length(a.get(1)); i++) {
            int o = s.ts.push(Space.item(a.get(1), i));
            update(s, set, o);
            s.ts.truncate(o);
        }
        return Py.NONE;
    });

    static final Builtin INTERSECTION_UPDATE = Receivers.method("set", SET, "intersection_update(self, /, *others)",
            Signature.Style.POSITIONAL, (s, a) -> {
        int set = self(s, a);
        for (long i = 0; i < Space.length(a.get(1)); i++) {
            int o = s.ts.push(Space.item(a.get(1), i));
            int r = s.ts.push(intersection(s, set, o));
            SetOps.replaceContents(s, set, r);
            s.ts.truncate(o);
        }
        return Py.NONE;
    });

    static final Builtin DIFFERENCE_UPDATE = Receivers.method("set", SET, "difference_update(self, /, *others)",
            Signature.Style.POSITIONAL, (s, a) -> {
        int set = self(s, a);
        for (long i = 0; i < Space.length(a.get(1)); i++) {
            int o = s.ts.push(Space.item(a.get(1), i));
            differenceUpdate(s, set, o);
            s.ts.truncate(o);
        }
        return Py.NONE;
    });

    static final Builtin SYMMETRIC_DIFFERENCE_UPDATE = Receivers.oneArg("set", SET,
            "symmetric_difference_update(self, other, /)", (s, a) -> {
        symmetricUpdate(s, self(s, a), a.slot(1));
        return Py.NONE;
    });

    private static Builtin copy(boolean frozen) {
        return both("copy", "copy(self, /)", Signature.Style.NO_ARGS, frozen, (s, a) -> {
            if (frozen && !s.typeOf(a.get(0)).heapType) {
                return a.get(0);
            }
            return Sets.copyOf(s, self(s, a), frozen);
        });
    }

    /** A mutable copy of the receiver in a new root slot, for a method's body to change. */
    private static int result(Space s, Builtin.Args a) {
        return s.ts.push(Sets.copyOf(s, self(s, a), false));
    }

    /** The result in {@code slot}, made a frozenset when the receiver is one. */
    private static long finish(Space s, Builtin.Args a, int slot) {
        if (s.typeOf(s.unwrap(a.get(0))).nativeKind == Native.FROZENSET) {
            s.setShape(s.ts.get(slot), s.frozensetType.rootShape);
        }
        return s.ts.get(slot);
    }

    private static Builtin union(boolean frozen) {
        return both("union", "union(self, /, *others)", Signature.Style.POSITIONAL, frozen, (s, a) -> {
            int slot = result(s, a);
            for (long i = 0; i < Space.length(a.get(1)); i++) {
                int o = s.ts.push(Space.item(a.get(1), i));
                update(s, slot, o);
                s.ts.truncate(o);
            }
            return finish(s, a, slot);
        });
    }

    private static Builtin intersectionMethod(boolean frozen) {
        return both("intersection", "intersection(self, /, *others)", Signature.Style.POSITIONAL, frozen, (s, a) -> {
            long n = Space.length(a.get(1));
            if (n == 0) {
                return finish(s, a, result(s, a));
            }
            // Each step intersects the previous result (the receiver itself first) with the next.
            int slot = self(s, a);
            for (long i = 0; i < n; i++) {
                int o = s.ts.push(Space.item(a.get(1), i));
                s.ts.set(slot, intersection(s, slot, o));
                s.ts.truncate(o);
            }
            return finish(s, a, slot);
        });
    }

    private static Builtin difference(boolean frozen) {
        return both("difference", "difference(self, /, *others)", Signature.Style.POSITIONAL, frozen, (s, a) -> {
            long n = Space.length(a.get(1));
            if (n == 1) {
                int o = s.ts.push(Space.item(a.get(1), 0));
                return finish(s, a, s.ts.push(difference(s, a.slot(0), o)));
            }
            int slot = result(s, a);
            for (long i = 0; i < n; i++) {
                int o = s.ts.push(Space.item(a.get(1), i));
                differenceUpdate(s, slot, o);
                s.ts.truncate(o);
            }
            return finish(s, a, slot);
        });
    }

    private static Builtin symmetricDifference(boolean frozen) {
        return both("symmetric_difference", "symmetric_difference(self, other, /)", Signature.Style.ONE_ARG, frozen, (s, a) -> {
            int slot = s.ts.push(symmetricDifference(s, a.slot(0), a.slot(1)));
            return finish(s, a, slot);
        });
    }

    private static Builtin issubset(boolean frozen) {
        return both("issubset", "issubset(self, other, /)", Signature.Style.ONE_ARG, frozen,
                (s, a) -> Py.bool(subset(s, a.slot(0), a.slot(1))));
    }

    private static Builtin issuperset(boolean frozen) {
        return both("issuperset", "issuperset(self, other, /)", Signature.Style.ONE_ARG, frozen,
                (s, a) -> Py.bool(subset(s, a.slot(1), a.slot(0))));
    }

    private static Builtin isdisjoint(boolean frozen) {
        return both("isdisjoint", "isdisjoint(self, other, /)", Signature.Style.ONE_ARG, frozen,
                (s, a) -> Py.bool(disjoint(s, a.slot(0), a.slot(1))));
    }

    /** A set used as a key is looked up as the equal frozenset (set() in {frozenset()} is True). */
    /** The key to look a set up with: a set key is looked up as the equal frozenset (pushed). */
    static int lookupKey(Space s, int keySlot) {
        long k = s.ts.get(keySlot);
        if (Py.isObject(k) && s.typeOf(s.unwrap(k)).nativeKind == Native.SET) {
            return s.ts.push(Sets.copyOf(s, keySlot, true));
        }
        return keySlot;
    }

    private static Builtin contains(boolean frozen) {
        return both("__contains__", "__contains__(self, key, /)", null, frozen, (s, a) -> {
            int key = lookupKey(s, a.slot(1));
            return Py.bool(Sets.contains(s, s.unwrap(a.get(0)), s.ts.get(key)));
        });
    }

    private static Builtin len(boolean frozen) {
        return both("__len__", "__len__(self, /)", null, frozen, (s, a) -> Py.smallInt(Sets.size(s.unwrap(a.get(0)))));
    }

    private static Builtin iter(boolean frozen) {
        return both("__iter__", "__iter__(self, /)", null, frozen, (s, a) -> Iteration.builtinIter(s, a.slot(0)));
    }

    private static Builtin repr(boolean frozen) {
        return both("__repr__", "__repr__(self, /)", null, frozen, (s, a) -> s.newStr(Repr.of(s, a.slot(0))));
    }

    private static Builtin operator(boolean frozen, String name, BinaryOp op, boolean reflected) {
        return both(name, name + "(self, value, /)", null, frozen,
                (s, a) -> reflected ? binary(s, op, a.slot(1), a.slot(0)) : binary(s, op, a.slot(0), a.slot(1)));
    }

    private static Builtin inPlaceOperator(String name, BinaryOp op) {
        return Receivers.method("set", SET, name + "(self, value, /)", null, (s, a) -> inPlace(s, op, a.slot(0), a.slot(1)));
    }

    static final Builtin FROZENSET_HASH = Receivers.method("frozenset", Native.FROZENSET, "__hash__(self, /)", null,
            (s, a) -> s.newInt(frozensetHash(s, self(s, a))));

    private static Builtin classGetitem(String owner) {
        return Builtin.method(owner, Signature.parse("__class_getitem__(cls, item, /)").withStyle(Signature.Style.ONE_ARG),
                (s, a) -> GenericAlias.create(s, a.slot(0), a.slot(1)));
    }

    static void install(Space s) {
        for (boolean frozen : new boolean[] {false, true}) {
            PyType t = frozen ? s.frozensetType : s.setType;
            String owner = frozen ? "frozenset" : "set";
            for (Builtin b : new Builtin[] {copy(frozen), union(frozen), intersectionMethod(frozen), difference(frozen),
                    symmetricDifference(frozen), issubset(frozen), issuperset(frozen), isdisjoint(frozen),
                    contains(frozen), len(frozen), iter(frozen), repr(frozen),
                    operator(frozen, "__or__", BinaryOp.OR, false), operator(frozen, "__ror__", BinaryOp.OR, true),
                    operator(frozen, "__and__", BinaryOp.AND, false), operator(frozen, "__rand__", BinaryOp.AND, true),
                    operator(frozen, "__sub__", BinaryOp.SUBTRACT, false), operator(frozen, "__rsub__", BinaryOp.SUBTRACT, true),
                    operator(frozen, "__xor__", BinaryOp.XOR, false), operator(frozen, "__rxor__", BinaryOp.XOR, true)}) {
                Builtins.method(s, t, b);
            }
            Receivers.comparisons(s, t, owner, frozen ? Native.FROZENSET : SET);
            Builtins.classMethod(s, t, classGetitem(owner));
        }
        for (Builtin b : new Builtin[] {ADD, REMOVE, DISCARD, POP, CLEAR, UPDATE, INTERSECTION_UPDATE, DIFFERENCE_UPDATE,
                SYMMETRIC_DIFFERENCE_UPDATE, inPlaceOperator("__ior__", BinaryOp.OR), inPlaceOperator("__iand__", BinaryOp.AND),
                inPlaceOperator("__isub__", BinaryOp.SUBTRACT), inPlaceOperator("__ixor__", BinaryOp.XOR)}) {
            Builtins.method(s, s.setType, b);
        }
        s.setType.put("__hash__", Py.NONE);
        Builtins.method(s, s.frozensetType, FROZENSET_HASH);
    }
}
