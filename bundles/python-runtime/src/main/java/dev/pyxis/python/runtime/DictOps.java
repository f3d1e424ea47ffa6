package dev.pyxis.python.runtime;

/** dict operations used by operators and the interpreter: update, union, equality. */
final class DictOps {
    private DictOps() {}

    /** dict.update(other) for a mapping or an iterable of pairs; both in root slots. */
    static void update(Space s, int dictSlot, int otherSlot) {
        ThreadState ts = s.ts;
        long other = ts.get(otherSlot);
        int target = ts.push(s.unwrap(ts.get(dictSlot)));
        try {
            if (s.typeOf(s.unwrap(other)).nativeKind == PyType.Native.DICT && !s.typeOf(other).heapType) {
                int k = ts.push(0), v = ts.push(0);
                // The source is re-read at every step: each put may allocate and move it.
                for (long e = 0; e < Dicts.entryCount(s.unwrap(ts.get(otherSlot))); e++) {
                    long src = s.unwrap(ts.get(otherSlot));
                    long key = Dicts.keyAt(src, e);
                    if (key == 0) {
                        continue;
                    }
                    ts.set(k, key);
                    ts.set(v, Dicts.valueAt(src, e));
                    Dicts.put(s, target, k, v);
                }
                return;
            }
            if (Attributes.find(s, otherSlot, "keys") != 0) {
                int keys = ts.push(Calls.invoke(s, Attributes.get(s, otherSlot, "keys")));
                int n = Iteration.pushAll(s, keys);
                int k0 = keys + 1;
                int v = ts.push(0);
                for (int i = 0; i < n; i++) {
                    ts.set(v, Ops.getItem(s, otherSlot, k0 + i));
                    Dicts.put(s, target, k0 + i, v);
                }
                return;
            }
            int base = ts.top();
            int n = Iteration.pushAll(s, otherSlot);
            for (int i = 0; i < n; i++) {
                int pair = base + i;
                if (!Receivers.iterable(s, ts.get(pair))) {
                    throw Errors.typeError(s, "cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                int at = ts.top();
                int m = Iteration.pushAll(s, pair);
                if (m != 2) {
                    throw Errors.valueError(s, "dictionary update sequence element #" + i + " has length " + m
                            + "; 2 is required");
                }
                Dicts.put(s, target, at, at + 1);
                ts.truncate(at);
            }
        } finally {
            ts.truncate(target);
        }
    }

    static long union(Space s, int a, int b) {
        int r = s.ts.push(Dicts.create(s));
        try {
            update(s, r, a);
            update(s, r, b);
            return s.ts.get(r);
        } finally {
            s.ts.truncate(r);
        }
    }

    static long copy(Space s, int a) {
        return union(s, a, a);
    }

    static boolean equal(Space s, int a, int b) {
        ThreadState ts = s.ts;
        if (Dicts.size(s.unwrap(ts.get(a))) != Dicts.size(s.unwrap(ts.get(b)))) {
            return false;
        }
        int v1 = ts.push(0), v2 = ts.push(0);
        try {
            for (long e = 0; e < Dicts.entryCount(s.unwrap(ts.get(a))); e++) {
                long x = s.unwrap(ts.get(a));
                long key = Dicts.keyAt(x, e);
                if (key == 0) {
                    continue;
                }
                ts.set(v1, Dicts.valueAt(x, e));
                long other = Dicts.get(s, s.unwrap(ts.get(b)), key);
                if (other == 0) {
                    return false;
                }
                ts.set(v2, other);
                if (!Ops.equal(s, v1, v2)) {
                    return false;
                }
            }
            return true;
        } finally {
            ts.truncate(v1);
        }
    }
}
