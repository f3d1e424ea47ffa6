package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.heap.api.Memory;

/**
 * dict on the heap: insertion-ordered entries (hash, key, value) in a storage, found through an
 * open-addressing index table of ints (-1 empty, -2 deleted). The layout stamp ({@link #layout})
 * changes whenever a key is added or removed or the table is rebuilt, and is unique across all
 * dicts: while it stays, every key keeps its entry position (LOAD_GLOBAL's caches rely on it).
 *
 * <p>Keys are compared by {@link Keys}; keys whose equality needs Python code are not supported
 * here yet (the object protocol arrives with the rest of the interpreter).
 */
final class Dicts {
    private static final int EMPTY = -1;
    private static final int DELETED = -2;
    private static final int MIN_INDEX = 8;

    private Dicts() {}

    static long create(Space s) {
        int d = s.ts.push(s.allocFixed(TABLE, s.dictType.rootShape));
        long index = newIndex(s, MIN_INDEX);
        s.put(s.ts.get(d), TABLE_INDEX, index);
        long entries = s.newStorage(3L * usable(MIN_INDEX));
        long dict = s.ts.get(d);
        s.put(dict, TABLE_ENTRIES, entries);
        newLayout(s, dict);
        s.ts.truncate(d);
        return dict;
    }

    private static int usable(int indexSize) {
        return indexSize * 2 / 3;
    }

    private static long newIndex(Space s, int size) {
        long index = s.allocArray(INT_STORAGE, size, s.storageType.rootShape);
        Memory.fill(index + ARRAY_ITEMS, 4L * size, (byte) 0xff);
        return index;
    }

    static long size(long dict) {
        return Space.get(dict, TABLE_USED);
    }

    /** The layout stamp: the same value means the same dict with its keys at the same entry positions. */
    static long layout(long dict) {
        return Space.get(dict, TABLE_VERSION);
    }

    private static int indexAt(long index, long i) {
        return Memory.getInt(index + ARRAY_ITEMS + 4 * i);
    }

    private static void setIndexAt(long index, long i, int v) {
        Memory.putInt(index + ARRAY_ITEMS + 4 * i, v);
    }

    /**
     * The index slot holding the key's entry, or the negated (first free slot + 1) if absent.
     * The dict and key are root slots: comparing keys may run Python __eq__, after which the
     * table is re-read, and the probe restarts if the dict changed meanwhile.
     */
    private static long find(Space s, int dictSlot, int keySlot, long hash) {
        ThreadState ts = s.ts;
        boolean simple = Keys.isSimple(s, ts.get(keySlot));
        restart:
        while (true) {
            long dict = ts.get(dictSlot);
            long index = Space.get(dict, TABLE_INDEX);
            long mask = Space.length(index) - 1;
            long i = hash & mask;
            long perturb = hash;
            long firstFree = -1;
            while (true) {
                int e = indexAt(index, i);
                if (e == EMPTY) {
                    return -((firstFree >= 0 ? firstFree : i) + 1);
                }
                if (e == DELETED) {
                    if (firstFree < 0) {
                        firstFree = i;
                    }
                } else {
                    long entries = Space.get(dict, TABLE_ENTRIES);
                    long k = Space.item(entries, 3L * e + 1);
                    long key = ts.get(keySlot);
                    if (k == key) {
                        return i;
                    }
                    if (Py.smallValue(Space.item(entries, 3L * e)) == hash) {
                        if (simple && Keys.isSimple(s, k)) {
                            if (Keys.equal(s, k, key)) {
                                return i;
                            }
                        } else {
                            long layout = layout(dict);
                            int cand = ts.push(k);
                            boolean eq;
                            try {
                                eq = Ops.equal(s, cand, keySlot);
                            } finally {
                                ts.truncate(cand);
                            }
                            dict = ts.get(dictSlot);
                            if (layout(dict) != layout) {
                                continue restart;
                            }
                            if (eq) {
                                return i;
                            }
                            index = Space.get(dict, TABLE_INDEX);
                        }
                    }
                }
                perturb >>>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
        }
    }

    /** hash(key) for a key in a root slot (may run Python __hash__). */
    private static long hashOf(Space s, int keySlot) {
        long key = s.ts.get(keySlot);
        long h = Keys.isSimple(s, key) ? Keys.hash(s, key) : Ops.hash(s, keySlot);
        // Entries keep the hash as a small int (63 bits): probe with exactly the value stored.
        return h << 1 >> 1;
    }

    /** The value for {@code key} or 0 (both words are rooted here while Python code may run). */
    /** The entry position of {@code key}, or -1 if absent. */
    static int entryOf(Space s, long dict, long key) {
        int d = s.ts.push(dict);
        int k = s.ts.push(key);
        try {
            long slot = find(s, d, k, hashOf(s, k));
            return slot < 0 ? -1 : indexAt(Space.get(s.ts.get(d), TABLE_INDEX), slot);
        } finally {
            s.ts.truncate(d);
        }
    }

    static long get(Space s, long dict, long key) {
        int d = s.ts.push(dict);
        int k = s.ts.push(key);
        try {
            long slot = find(s, d, k, hashOf(s, k));
            if (slot < 0) {
                return 0;
            }
            long e = indexAt(Space.get(s.ts.get(d), TABLE_INDEX), slot);
            return Space.item(Space.get(s.ts.get(d), TABLE_ENTRIES), 3 * e + 2);
        } finally {
            s.ts.truncate(d);
        }
    }

    /**
     * The value for a str key given as Java text, or 0. Allocates nothing: compares content with
     * each candidate key directly.
     */
    static long getStr(Space s, long dict, String key) {
        return getStr(s, dict, key, entryHash(Space.strHashOf(key)));
    }

    /** A str hash as entries store it (63 bits). */
    static long entryHash(long hash) {
        return hash << 1 >> 1;
    }

    /** {@link #getStr(Space, long, String)} with the key's {@link #entryHash} computed once by the caller. */
    static long getStr(Space s, long dict, String key, long hash) {
        long index = Space.get(dict, TABLE_INDEX);
        long entries = Space.get(dict, TABLE_ENTRIES);
        long mask = Space.length(index) - 1;
        long i = hash & mask;
        long perturb = hash;
        while (true) {
            int e = indexAt(index, i);
            if (e == EMPTY) {
                return 0;
            }
            if (e != DELETED && Py.smallValue(Space.item(entries, 3L * e)) == hash) {
                long k = Space.item(entries, 3L * e + 1);
                if (s.isStr(k) && s.strEqualsText(k, key)) {
                    return Space.item(entries, 3L * e + 2);
                }
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /** dict[key] = value for a str key given as Java text; the value is a word stored right away. */
    static void putStr(Space s, int dictSlot, String key, long value) {
        int v = s.ts.push(value);
        int k = s.ts.push(s.intern(key));
        put(s, dictSlot, k, v);
        s.ts.truncate(v);
    }

    /** dict[key] = value; the dict, key and value are taken from root slots (insertion may allocate). */
    static void put(Space s, int dictSlot, int keySlot, int valueSlot) {
        long hash = hashOf(s, keySlot);
        long slot = find(s, dictSlot, keySlot, hash);
        long dict = s.ts.get(dictSlot);
        if (slot >= 0) {
            long e = indexAt(Space.get(dict, TABLE_INDEX), slot);
            s.setItem(Space.get(dict, TABLE_ENTRIES), 3 * e + 2, s.ts.get(valueSlot));
            return;
        }
        long filled = Space.get(dict, TABLE_FILLED);
        if (filled == Space.length(Space.get(dict, TABLE_ENTRIES)) / 3) {
            resize(s, dictSlot, size(dict) + 1);
            slot = find(s, dictSlot, keySlot, hash);
            dict = s.ts.get(dictSlot);
            filled = Space.get(dict, TABLE_FILLED);
        }
        long entries = Space.get(dict, TABLE_ENTRIES);
        s.setItem(entries, 3 * filled, Py.smallInt(hash));
        s.setItem(entries, 3 * filled + 1, s.ts.get(keySlot));
        s.setItem(entries, 3 * filled + 2, s.ts.get(valueSlot));
        setIndexAt(Space.get(dict, TABLE_INDEX), -slot - 1, (int) filled);
        Space.putRaw(dict, TABLE_FILLED, filled + 1);
        Space.putRaw(dict, TABLE_USED, size(dict) + 1);
        newLayout(s, dict);
    }

    /** Removes {@code key}; returns its value or 0 if absent. */
    static long remove(Space s, long dict, long key) {
        int d = s.ts.push(dict);
        int k = s.ts.push(key);
        try {
            long slot = find(s, d, k, hashOf(s, k));
            if (slot < 0) {
                return 0;
            }
            dict = s.ts.get(d);
            long index = Space.get(dict, TABLE_INDEX);
            long e = indexAt(index, slot);
            long entries = Space.get(dict, TABLE_ENTRIES);
            long value = Space.item(entries, 3 * e + 2);
            setIndexAt(index, slot, DELETED);
            for (int j = 0; j < 3; j++) {
                s.setItem(entries, 3 * e + j, 0);
            }
            Space.putRaw(dict, TABLE_USED, size(dict) - 1);
            newLayout(s, dict);
            return value;
        } finally {
            s.ts.truncate(d);
        }
    }

    private static void newLayout(Space s, long dict) {
        Space.putRaw(dict, TABLE_VERSION, ++s.dictLayouts);
    }

    /** Rebuilds the index and compacts the entries for at least {@code needed} items. */
    private static void resize(Space s, int dictSlot, long needed) {
        int size = MIN_INDEX;
        while (usable(size) < needed * 2) {
            size <<= 1;
        }
        int idx = s.ts.push(newIndex(s, size));
        long entries = s.newStorage(3L * usable(size));
        long dict = s.ts.get(dictSlot);
        long old = Space.get(dict, TABLE_ENTRIES);
        long index = s.ts.get(idx);
        long filled = Space.get(dict, TABLE_FILLED);
        long mask = size - 1;
        long n = 0;
        for (long e = 0; e < filled; e++) {
            long key = Space.item(old, 3 * e + 1);
            if (key == 0) {
                continue;
            }
            long hash = Py.smallValue(Space.item(old, 3 * e));
            for (int k = 0; k < 3; k++) {
                Space.initItem(entries, 3 * n + k, Space.item(old, 3 * e + k));
            }
            long i = hash & mask;
            long perturb = hash;
            while (indexAt(index, i) != EMPTY) {
                perturb >>>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
            setIndexAt(index, i, (int) n);
            n++;
        }
        s.put(dict, TABLE_INDEX, index);
        s.put(dict, TABLE_ENTRIES, entries);
        Space.putRaw(dict, TABLE_FILLED, n);
        newLayout(s, dict);
        s.ts.truncate(idx);
    }

    /** Number of entry positions (live or deleted) to iterate over. */
    static long entryCount(long dict) {
        return Space.get(dict, TABLE_FILLED);
    }

    /** The key at entry position {@code e}, or 0 for a deleted entry. */
    static long keyAt(long dict, long e) {
        return Space.item(Space.get(dict, TABLE_ENTRIES), 3 * e + 1);
    }

    static long valueAt(long dict, long e) {
        return Space.item(Space.get(dict, TABLE_ENTRIES), 3 * e + 2);
    }

    /** Empties the dict in root slot {@code dictSlot} (back to the smallest table). */
    static void clear(Space s, int dictSlot) {
        long index = newIndex(s, MIN_INDEX);
        s.put(s.unwrap(s.ts.get(dictSlot)), TABLE_INDEX, index);
        long entries = s.newStorage(3L * usable(MIN_INDEX));
        long dict = s.unwrap(s.ts.get(dictSlot));
        s.put(dict, TABLE_ENTRIES, entries);
        Space.putRaw(dict, TABLE_USED, 0);
        Space.putRaw(dict, TABLE_FILLED, 0);
        newLayout(s, dict);
    }

    /** The entry position of the last inserted live entry, or -1 if the dict is empty. */
    static long lastEntry(long dict) {
        for (long e = entryCount(dict) - 1; e >= 0; e--) {
            if (keyAt(dict, e) != 0) {
                return e;
            }
        }
        return -1;
    }
}
