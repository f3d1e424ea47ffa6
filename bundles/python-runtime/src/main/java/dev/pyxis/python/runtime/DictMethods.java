package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.runtime.PyType.Native;

/**
 * The methods of dict and of its views (dict_keys, dict_values, dict_items). Key and item views
 * behave as sets: they support the set operators (results are sets) and compare as sets.
 */
final class DictMethods {
    private DictMethods() {}

    private static final Native K = Native.DICT;

    /** A receiver pushed unwrapped, as Dicts' helpers take the dict itself. */
    private static int self(Space s, Builtin.Args a) {
        return s.ts.push(s.unwrap(a.get(0)));
    }

    static final Builtin KEYS = Receivers.noArgs("dict", K, "keys(self, /)", (s, a) -> DictViews.create(s, a.slot(0), "dict_keys"));
    static final Builtin VALUES = Receivers.noArgs("dict", K, "values(self, /)", (s, a) -> DictViews.create(s, a.slot(0), "dict_values"));
    static final Builtin ITEMS = Receivers.noArgs("dict", K, "items(self, /)", (s, a) -> DictViews.create(s, a.slot(0), "dict_items"));

    static final Builtin GET = Receivers.positional("dict", K, "get(self, key, default=None, /)", (s, a) -> {
        long v = Dicts.get(s, s.unwrap(a.get(0)), a.get(1));
        return v == 0 ? a.get(2) : v;
    });

    static final Builtin SETDEFAULT = Receivers.positional("dict", K, "setdefault(self, key, default=None, /)", (s, a) -> {
        long v = Dicts.get(s, s.unwrap(a.get(0)), a.get(1));
        if (v != 0) {
            return v;
        }
        Dicts.put(s, self(s, a), a.slot(1), a.slot(2));
        return a.get(2);
    });

    static final Builtin POP = Receivers.positional("dict", K, "pop(self, key, default=?, /)", (s, a) -> {
        long v = Dicts.remove(s, s.unwrap(a.get(0)), a.get(1));
        if (v != 0) {
            return v;
        }
        if (a.given(2)) {
            return a.get(2);
        }
        throw Errors.keyError(s, a.get(1));
    });

    static final Builtin POPITEM = Receivers.noArgs("dict", K, "popitem(self, /)", (s, a) -> {
        long d = s.unwrap(a.get(0));
        long e = Dicts.lastEntry(d);
        if (e < 0) {
            throw Errors.raise(s, "KeyError", "popitem(): dictionary is empty");
        }
        int pair = s.ts.push(Tuples.pair(s, Dicts.keyAt(d, e), Dicts.valueAt(d, e)));
        Dicts.remove(s, s.unwrap(a.get(0)), Space.item(s.ts.get(pair), 0));
        return s.ts.get(pair);
    });

    static final Builtin UPDATE = Receivers.method("dict", K, "update(self, other=?, /, **kwargs)", null, (s, a) -> {
        int d = self(s, a);
        if (a.given(1)) {
            DictOps.update(s, d, a.slot(1));
        }
        if (Dicts.size(a.get(2)) > 0) {
            DictOps.update(s, d, a.slot(2));
        }
        return Py.NONE;
    });

    static final Builtin COPY = Receivers.noArgs("dict", K, "copy(self, /)", (s, a) -> {
        int d = self(s, a);
        return DictOps.copy(s, d);
    });

    static final Builtin CLEAR = Receivers.noArgs("dict", K, "clear(self, /)", (s, a) -> {
        Dicts.clear(s, a.slot(0));
        return Py.NONE;
    });

    /** dict.fromkeys(iterable, value=None): cls() filled through __setitem__ unless cls is dict. */
    static final Builtin FROMKEYS = Builtin.method("dict", "fromkeys(cls, iterable, value=None, /)", (s, a) -> {
        ThreadState ts = s.ts;
        int base = ts.top();
        int n = Iteration.pushAll(s, a.slot(1));
        PyType cls = s.asType(a.get(0));
        int d = ts.push(cls == s.dictType ? Dicts.create(s) : Calls.invoke(s, a.get(0)));
        boolean plain = !s.typeOf(ts.get(d)).heapType && s.typeOf(ts.get(d)).nativeKind == K;
        for (int i = 0; i < n; i++) {
            if (plain) {
                Dicts.put(s, d, base + i, a.slot(2));
            } else {
                Ops.setItem(s, d, base + i, a.slot(2));
            }
        }
        return ts.get(d);
    });

    static final Builtin LEN = Receivers.positional("dict", K, "__len__(self, /)", (s, a) -> Py.smallInt(Dicts.size(s.unwrap(a.get(0)))));

    static final Builtin GETITEM = Receivers.oneArg("dict", K, "__getitem__(self, key, /)",
            (s, a) -> Subscripts.get(s, a.slot(0), a.slot(1)));

    static final Builtin SETITEM = Receivers.positional("dict", K, "__setitem__(self, key, value, /)", (s, a) -> {
        Dicts.put(s, self(s, a), a.slot(1), a.slot(2));
        return Py.NONE;
    });

    static final Builtin DELITEM = Receivers.positional("dict", K, "__delitem__(self, key, /)", (s, a) -> {
        Subscripts.delete(s, a.slot(0), a.slot(1));
        return Py.NONE;
    });

    static final Builtin CONTAINS = Receivers.oneArg("dict", K, "__contains__(self, key, /)",
            (s, a) -> Py.bool(Dicts.get(s, s.unwrap(a.get(0)), a.get(1)) != 0));

    static final Builtin ITER = Receivers.positional("dict", K, "__iter__(self, /)", (s, a) -> Iteration.builtinIter(s, a.slot(0)));

    static final Builtin REVERSED = Receivers.noArgs("dict", K, "__reversed__(self, /)",
            (s, a) -> reversedView(s, a.slot(0), "dict_keys"));

    static final Builtin OR = Receivers.positional("dict", K, "__or__(self, value, /)", (s, a) -> {
        if (s.typeOf(s.unwrap(a.get(1))).nativeKind != K) {
            return Py.NOT_IMPLEMENTED;
        }
        return DictOps.union(s, a.slot(0), a.slot(1));
    });

    static final Builtin ROR = Receivers.positional("dict", K, "__ror__(self, value, /)", (s, a) -> {
        if (s.typeOf(s.unwrap(a.get(1))).nativeKind != K) {
            return Py.NOT_IMPLEMENTED;
        }
        return DictOps.union(s, a.slot(1), a.slot(0));
    });

    static final Builtin IOR = Receivers.positional("dict", K, "__ior__(self, value, /)", (s, a) -> {
        DictOps.update(s, self(s, a), a.slot(1));
        return a.get(0);
    });

    static final Builtin REPR = Receivers.positional("dict", K, "__repr__(self, /)", (s, a) -> s.newStr(Repr.of(s, a.slot(0))));

    static final Builtin CLASS_GETITEM = Builtin.method("dict",
            Signature.parse("__class_getitem__(cls, item, /)").withStyle(Signature.Style.ONE_ARG),
            (s, a) -> GenericAlias.create(s, a.slot(0), a.slot(1)));

    // ---------------------------------------------------------------- views

    /**
     * reversed() of a dict or view: an iterator over a snapshot of the items in reverse insertion
     * order (changes to the dict while iterating are not detected).
     */
    private static long reversedView(Space s, int dictOrViewSlot, String kind) {
        ThreadState ts = s.ts;
        int base = ts.top();
        int view = ts.push(DictViews.isView(s, ts.get(dictOrViewSlot)) ? ts.get(dictOrViewSlot)
                : DictViews.create(s, dictOrViewSlot, kind));
        int n = Iteration.pushAll(s, view);
        int list = ts.push(Lists.fromRoots(s, view + 1, n));
        return Iteration.reversedList(s, list);
    }

    private static boolean isSetLike(Space s, long w) {
        if (SetMethods.isSet(s, w)) {
            return true;
        }
        if (!DictViews.isView(s, w)) {
            return false;
        }
        return !s.typeOf(w).name.equals("dict_values");
    }

    /** Membership in a keys or items view (items: a (key, value) pair whose value is equal). */
    static boolean viewContains(Space s, int viewSlot, int itemSlot) {
        ThreadState ts = s.ts;
        long view = ts.get(viewSlot);
        String kind = s.typeOf(view).name;
        long dict = Space.get(view, F1);
        switch (kind) {
            case "dict_keys" -> {
                return Dicts.get(s, dict, ts.get(itemSlot)) != 0;
            }
            case "dict_items" -> {
                long item = ts.get(itemSlot);
                if (!Py.isObject(item) || s.typeOf(s.unwrap(item)) != s.tupleType || Space.length(s.unwrap(item)) != 2) {
                    return false;
                }
                long v = Dicts.get(s, dict, Space.item(s.unwrap(ts.get(itemSlot)), 0));
                if (v == 0) {
                    return false;
                }
                int found = ts.push(v);
                int wanted = ts.push(Space.item(s.unwrap(ts.get(itemSlot)), 1));
                try {
                    return Ops.equal(s, found, wanted);
                } finally {
                    ts.truncate(found);
                }
            }
            default -> {
                return Subscripts.contains(s, viewSlot, itemSlot);
            }
        }
    }

    /** A set of the items of any iterable (a view here). */
    private static long setOf(Space s, int slot) {
        int set = s.ts.push(Sets.create(s, false));
        try {
            SetMethods.update(s, set, slot);
            return s.ts.get(set);
        } finally {
            s.ts.truncate(set);
        }
    }

    /** A set operator with a keys or items view on one side: the result is a set. */
    static long viewBinary(Space s, BinaryOp op, int a, int b) {
        ThreadState ts = s.ts;
        if (op != BinaryOp.OR && op != BinaryOp.AND && op != BinaryOp.SUBTRACT && op != BinaryOp.XOR) {
            return Py.NOT_IMPLEMENTED;
        }
        int r = ts.push(setOf(s, a));
        try {
            switch (op) {
                case OR -> SetMethods.update(s, r, b);
                case AND -> ts.set(r, SetMethods.intersection(s, r, b));
                case SUBTRACT -> SetMethods.differenceUpdate(s, r, b);
                default -> SetMethods.symmetricUpdate(s, r, b);
            }
            return ts.get(r);
        } finally {
            ts.truncate(r);
        }
    }

    /** Comparisons of a keys or items view with a set or view: set comparisons; else NotImplemented. */
    static long viewCompare(Space s, CompareOp op, int a, int b) {
        ThreadState ts = s.ts;
        if (!isSetLike(s, ts.get(a)) || !isSetLike(s, ts.get(b))
                || s.typeOf(ts.get(a)).name.equals("dict_values") || s.typeOf(ts.get(b)).name.equals("dict_values")) {
            if (op == CompareOp.EQ || op == CompareOp.NE) {
                return ts.get(a) == ts.get(b) ? Py.bool(op == CompareOp.EQ) : Py.NOT_IMPLEMENTED;
            }
            return Py.NOT_IMPLEMENTED;
        }
        int x = ts.push(SetMethods.isSet(s, ts.get(a)) ? ts.get(a) : setOf(s, a));
        try {
            int y = ts.push(SetMethods.isSet(s, ts.get(b)) ? ts.get(b) : setOf(s, b));
            return SetOps.compare(s, op, x, y);
        } finally {
            ts.truncate(x);
        }
    }

    private static Builtin view(String kind, String signature, Builtin.Body body) {
        Signature sig = Signature.parse(signature);
        String name = sig.name;
        return Builtin.method(kind, sig, (s, a) -> {
            if (!s.typeOf(a.get(0)).name.equals(kind)) {
                throw Errors.typeError(s, "descriptor '" + name + "' requires a '" + kind + "' object but received a '"
                        + s.typeOf(a.get(0)).name + "'");
            }
            return body.call(s, a);
        });
    }

    private static void installView(Space s, String kind) {
        PyType t = s.newType(kind, new PyType[] {s.objectType}, Native.OTHER, false);
        s.builtinTypes.put(kind, t);
        s.materialize(t);
        Builtins.method(s, t, view(kind, "__len__(self, /)", (s2, a) -> Py.smallInt(Dicts.size(Space.get(a.get(0), F1)))));
        Builtins.method(s, t, view(kind, "__iter__(self, /)", (s2, a) -> DictViews.iter(s2, a.slot(0))));
        Builtins.method(s, t, view(kind, "__reversed__(self, /)", (s2, a) -> reversedView(s2, a.slot(0), kind)));
        Builtins.method(s, t, view(kind, "__repr__(self, /)", (s2, a) -> s2.newStr(DictViews.repr(s2, a.slot(0)))));
        Builtins.method(s, t, view(kind, "__contains__(self, key, /)",
                (s2, a) -> Py.bool(viewContains(s2, a.slot(0), a.slot(1)))));
        Receivers.readonly(s, t, view(kind, "mapping(self, /)", (s2, a) -> {
            int m = s2.ts.push(Space.get(a.get(0), F1));
            try {
                return MappingProxy.create(s2, m);
            } finally {
                s2.ts.truncate(m);
            }
        }));
        if (kind.equals("dict_values")) {
            return;
        }
        t.put("__hash__", Py.NONE);
        for (CompareOp op : CompareOp.values()) {
            Builtins.method(s, t, view(kind, op.method() + "(self, value, /)", (s2, a) -> viewCompare(s2, op, a.slot(0), a.slot(1))));
        }
        String[][] ops = {{"__or__", "__ror__"}, {"__and__", "__rand__"}, {"__sub__", "__rsub__"}, {"__xor__", "__rxor__"}};
        BinaryOp[] codes = {BinaryOp.OR, BinaryOp.AND, BinaryOp.SUBTRACT, BinaryOp.XOR};
        for (int i = 0; i < ops.length; i++) {
            BinaryOp op = codes[i];
            Builtins.method(s, t, view(kind, ops[i][0] + "(self, value, /)", (s2, a) -> viewBinary(s2, op, a.slot(0), a.slot(1))));
            Builtins.method(s, t, view(kind, ops[i][1] + "(self, value, /)", (s2, a) -> viewBinary(s2, op, a.slot(1), a.slot(0))));
        }
        Builtins.method(s, t, Builtin.method(kind, Signature.parse("isdisjoint(self, other, /)").withStyle(Signature.Style.ONE_ARG),
                (s2, a) -> {
                    int set = s2.ts.push(setOf(s2, a.slot(0)));
                    return Py.bool(SetMethods.disjoint(s2, set, a.slot(1)));
                }));
    }

    static void install(Space s) {
        for (String kind : DictViews.KINDS) {
            installView(s, kind);
        }
        PyType t = s.dictType;
        for (Builtin b : new Builtin[] {KEYS, VALUES, ITEMS, GET, SETDEFAULT, POP, POPITEM, UPDATE, COPY, CLEAR, LEN, GETITEM,
                SETITEM, DELITEM, CONTAINS, ITER, REVERSED, OR, ROR, IOR, REPR}) {
            Builtins.method(s, t, b);
        }
        Receivers.comparisons(s, t, "dict", K);
        Builtins.classMethod(s, t, FROMKEYS);
        Builtins.classMethod(s, t, CLASS_GETITEM);
        t.put("__hash__", Py.NONE);
    }
}
