package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/**
 * set and frozenset on the heap: an open-addressing table of (hash, key) pairs iterated in slot
 * order. Probing (a short linear run, then a perturbed jump), the load factor and the growth
 * policy follow CPython's observable behaviour, so that iteration order, which programs print,
 * is the same: {@code print({3, 1, 2})} shows {@code {1, 2, 3}}.
 */
final class Sets {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    /** Key of a deleted entry: an immediate no Python value uses. */
    static final long DUMMY = 0b111_010;

    private Sets() {}

    static long create(Space s, boolean frozen) {
        int slot = s.ts.push(s.allocFixed(TABLE, (frozen ? s.frozensetType : s.setType).rootShape));
        long entries = s.newStorage(2L * MIN_SIZE);
        long set = s.ts.get(slot);
        s.put(set, TABLE_ENTRIES, entries);
        s.ts.truncate(slot);
        return set;
    }

    static long frozenFromRoots(Space s, int base, int n) {
        int set = s.ts.push(create(s, true));
        for (int i = 0; i < n; i++) {
            add(s, set, base + i);
        }
        long result = s.ts.get(set);
        s.ts.truncate(set);
        return result;
    }

    static long size(long set) {
        return Space.get(set, TABLE_USED);
    }

    /** Table capacity: iterate keys with {@link #keyAt} over {@code [0, capacity)}. */
    static long capacity(long set) {
        return Space.length(Space.get(set, TABLE_ENTRIES)) / 2;
    }

    /** The key in table slot {@code i}, or 0 for an empty or deleted slot. */
    static long keyAt(long set, long i) {
        long k = Space.item(Space.get(set, TABLE_ENTRIES), 2 * i + 1);
        return k == DUMMY ? 0 : k;
    }

    /** The slot holding the key, or -(insertion slot + 1); set and key are root slots (see Dicts). */
    private static long find(Space s, int setSlot, int keySlot, long hash) {
        ThreadState ts = s.ts;
        boolean simple = Keys.isSimple(s, ts.get(keySlot));
        restart:
        while (true) {
            long entries = Space.get(ts.get(setSlot), TABLE_ENTRIES);
            long mask = Space.length(entries) / 2 - 1;
            long perturb = hash;
            long i = hash & mask;
            long lastDummy = -1;
            while (true) {
                long limit = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                for (long j = 0; j <= limit; j++) {
                    long slot = i + j;
                    long k = Space.item(entries, 2 * slot + 1);
                    if (k == 0) {
                        // A new key goes to the last deleted slot seen on the way to an unused one,
                        // as CPython places it (this is the iteration order programs print).
                        return -((lastDummy >= 0 ? lastDummy : slot) + 1);
                    }
                    if (k == DUMMY) {
                        lastDummy = slot;
                        continue;
                    }
                    long key = ts.get(keySlot);
                    if (k == key) {
                        return slot;
                    }
                    if (Py.smallValue(Space.item(entries, 2 * slot)) != hash) {
                        continue;
                    }
                    if (simple && Keys.isSimple(s, k)) {
                        if (Keys.equal(s, k, key)) {
                            return slot;
                        }
                        continue;
                    }
                    int cand = ts.push(k);
                    boolean eq;
                    try {
                        eq = Ops.equal(s, cand, keySlot);
                    } finally {
                        ts.truncate(cand);
                    }
                    if (Space.get(ts.get(setSlot), TABLE_ENTRIES) != entries
                            || Space.item(entries, 2 * slot + 1) != Space.item(Space.get(ts.get(setSlot), TABLE_ENTRIES), 2 * slot + 1)) {
                        continue restart;
                    }
                    entries = Space.get(ts.get(setSlot), TABLE_ENTRIES);
                    if (eq) {
                        return slot;
                    }
                }
                perturb >>>= 5;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
    }

    private static long hashOf(Space s, int keySlot) {
        long key = s.ts.get(keySlot);
        long h = Keys.isSimple(s, key) ? Keys.hash(s, key) : Ops.hash(s, keySlot);
        // Entries keep the hash as a small int (63 bits): probe with exactly the value stored.
        return h << 1 >> 1;
    }

    static boolean contains(Space s, long set, long key) {
        int st = s.ts.push(set);
        int k = s.ts.push(key);
        try {
            return find(s, st, k, hashOf(s, k)) >= 0;
        } finally {
            s.ts.truncate(st);
        }
    }

    /** Adds the key in root slot {@code keySlot} to the set in root slot {@code setSlot}. */
    static void add(Space s, int setSlot, int keySlot) {
        long hash = hashOf(s, keySlot);
        long slot = find(s, setSlot, keySlot, hash);
        if (slot >= 0) {
            return;
        }
        long set = s.ts.get(setSlot);
        long at = -slot - 1;
        long entries = Space.get(set, TABLE_ENTRIES);
        boolean wasDummy = Space.item(entries, 2 * at + 1) == DUMMY;
        s.setItem(entries, 2 * at, Py.smallInt(hash));
        s.setItem(entries, 2 * at + 1, s.ts.get(keySlot));
        long used = size(set) + 1;
        Space.putRaw(set, TABLE_USED, used);
        long fill = Space.get(set, TABLE_FILLED) + (wasDummy ? 0 : 1);
        Space.putRaw(set, TABLE_FILLED, fill);
        long mask = Space.length(entries) / 2 - 1;
        if (fill * 5 >= mask * 3) {
            resize(s, setSlot, used > 50000 ? used * 2 : used * 4);
        }
    }

    static boolean discard(Space s, long set, long key) {
        int st = s.ts.push(set);
        int k = s.ts.push(key);
        try {
            long slot = find(s, st, k, hashOf(s, k));
            if (slot < 0) {
                return false;
            }
            set = s.ts.get(st);
            long entries = Space.get(set, TABLE_ENTRIES);
            s.setItem(entries, 2 * slot + 1, DUMMY);
            s.setItem(entries, 2 * slot, 0);
            Space.putRaw(set, TABLE_USED, size(set) - 1);
            return true;
        } finally {
            s.ts.truncate(st);
        }
    }

    private static void resize(Space s, int setSlot, long minUsed) {
        long size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        long entries = s.newStorage(2 * size);
        long set = s.ts.get(setSlot);
        long old = Space.get(set, TABLE_ENTRIES);
        long oldCap = Space.length(old) / 2;
        long mask = size - 1;
        for (long e = 0; e < oldCap; e++) {
            long key = Space.item(old, 2 * e + 1);
            if (key == 0 || key == DUMMY) {
                continue;
            }
            long hash = Py.smallValue(Space.item(old, 2 * e));
            long perturb = hash;
            long i = hash & mask;
            found:
            while (true) {
                long limit = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                for (long j = 0; j <= limit; j++) {
                    if (Space.item(entries, 2 * (i + j) + 1) == 0) {
                        i += j;
                        break found;
                    }
                }
                perturb >>>= 5;
                i = (i * 5 + 1 + perturb) & mask;
            }
            Space.initItem(entries, 2 * i, Space.item(old, 2 * e));
            Space.initItem(entries, 2 * i + 1, key);
        }
        s.put(set, TABLE_ENTRIES, entries);
        Space.putRaw(set, TABLE_FILLED, size(set));
    }

    /** A new set (or frozenset) holding the items of the set in root slot {@code setSlot}. */
    static long copyOf(Space s, int setSlot, boolean frozen) {
        int copy = s.ts.push(create(s, frozen));
        try {
            merge(s, copy, setSlot);
            return s.ts.get(copy);
        } finally {
            s.ts.truncate(copy);
        }
    }

    /**
     * Adds the items of the set (or frozenset) in {@code otherSlot} to the set in {@code setSlot}
     * (unwrapped): the table is first grown for both, then the other's items go in in its slot
     * order; an empty table of the same size as a table without deleted slots is copied as is.
     */
    static void merge(Space s, int setSlot, int otherSlot) {
        ThreadState ts = s.ts;
        long set = ts.get(setSlot);
        long other = s.unwrap(ts.get(otherSlot));
        long otherUsed = size(other);
        if (otherUsed == 0) {
            return;
        }
        long mask = capacity(set) - 1;
        if ((Space.get(set, TABLE_FILLED) + otherUsed) * 5 >= mask * 3) {
            resize(s, setSlot, (size(set) + otherUsed) * 2);
            set = ts.get(setSlot);
            other = s.unwrap(ts.get(otherSlot));
        }
        if (Space.get(set, TABLE_FILLED) == 0 && capacity(set) == capacity(other)
                && Space.get(other, TABLE_FILLED) == otherUsed) {
            long entries = Space.get(set, TABLE_ENTRIES), from = Space.get(other, TABLE_ENTRIES);
            for (long i = 0; i < Space.length(from); i++) {
                s.setItem(entries, i, Space.item(from, i));
            }
            Space.putRaw(set, TABLE_USED, otherUsed);
            Space.putRaw(set, TABLE_FILLED, otherUsed);
            return;
        }
        int key = ts.push(0);
        try {
            for (long i = 0; i < capacity(s.unwrap(ts.get(otherSlot))); i++) {
                long k = keyAt(s.unwrap(ts.get(otherSlot)), i);
                if (k != 0) {
                    ts.set(key, k);
                    add(s, setSlot, key);
                }
            }
        } finally {
            ts.truncate(key);
        }
    }

    /** After removals: a table that is more than a quarter deleted slots is rebuilt. */
    static void compactAfterRemovals(Space s, int setSlot) {
        long set = s.ts.get(setSlot);
        long used = size(set);
        if (Space.get(set, TABLE_FILLED) - used <= (capacity(set) - 1) / 4) {
            return;
        }
        resize(s, setSlot, used > 50000 ? used * 2 : used * 4);
    }

    /** Empties the set in root slot {@code setSlot} (back to the smallest table). */
    static void clear(Space s, int setSlot) {
        long entries = s.newStorage(2L * MIN_SIZE);
        long set = s.unwrap(s.ts.get(setSlot));
        s.put(set, TABLE_ENTRIES, entries);
        Space.putRaw(set, TABLE_USED, 0);
        Space.putRaw(set, TABLE_FILLED, 0);
        Space.putRaw(set, TABLE_VERSION, 0);
    }

    /**
     * Removes and returns an arbitrary key (0 if the set is empty): the first live slot at or after
     * a finger kept in the version field, which moves past it, so successive pops walk the table.
     */
    static long pop(Space s, long set) {
        if (size(set) == 0) {
            return 0;
        }
        long entries = Space.get(set, TABLE_ENTRIES);
        long mask = Space.length(entries) / 2 - 1;
        long i = Space.get(set, TABLE_VERSION) & mask;
        while (true) {
            long k = Space.item(entries, 2 * i + 1);
            if (k != 0 && k != DUMMY) {
                s.setItem(entries, 2 * i + 1, DUMMY);
                s.setItem(entries, 2 * i, 0);
                Space.putRaw(set, TABLE_USED, size(set) - 1);
                Space.putRaw(set, TABLE_VERSION, (i + 1) & mask);
                return k;
            }
            i = (i + 1) & mask;
        }
    }
}
