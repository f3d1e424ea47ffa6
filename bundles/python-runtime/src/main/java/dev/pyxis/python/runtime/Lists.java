package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** list on the heap: a storage with spare capacity and a size. */
final class Lists {
    private Lists() {}

    static long create(Space s, long capacity) {
        int storage = s.ts.push(s.newStorage(Math.max(capacity, 4)));
        long list = s.allocFixed(LIST, s.listType.rootShape);
        Space.putRaw(list, LIST_STORAGE, s.ts.get(storage));
        Space.putRaw(list, LIST_SIZE, 0);
        s.ts.truncate(storage);
        return list;
    }

    /** A list of the words in root slots {@code [base, base + n)}. */
    static long fromRoots(Space s, int base, int n) {
        long list = create(s, n);
        long storage = Space.get(list, LIST_STORAGE);
        for (int i = 0; i < n; i++) {
            Space.initItem(storage, i, s.ts.get(base + i));
        }
        Space.putRaw(list, LIST_SIZE, n);
        return list;
    }

    static long size(long list) {
        return Space.get(list, LIST_SIZE);
    }

    static long get(long list, long i) {
        return Space.item(Space.get(list, LIST_STORAGE), i);
    }

    static void set(Space s, long list, long i, long v) {
        s.setItem(Space.get(list, LIST_STORAGE), i, v);
    }

    /** Appends the word in root slot {@code itemSlot} to the list in root slot {@code listSlot}. */
    static void append(Space s, int listSlot, int itemSlot) {
        ensureCapacity(s, listSlot, size(s.unwrap(s.ts.get(listSlot))) + 1);
        long list = s.unwrap(s.ts.get(listSlot));
        long n = size(list);
        s.setItem(Space.get(list, LIST_STORAGE), n, s.ts.get(itemSlot));
        Space.putRaw(list, LIST_SIZE, n + 1);
    }

    static void ensureCapacity(Space s, int listSlot, long needed) {
        long list = s.unwrap(s.ts.get(listSlot));
        long storage = Space.get(list, LIST_STORAGE);
        long capacity = Space.length(storage);
        if (needed <= capacity) {
            return;
        }
        long grown = s.newStorage(Math.max(needed, capacity + (capacity >> 1) + 4));
        list = s.unwrap(s.ts.get(listSlot));
        storage = Space.get(list, LIST_STORAGE);
        long n = size(list);
        for (long i = 0; i < n; i++) {
            Space.initItem(grown, i, Space.item(storage, i));
        }
        s.put(list, LIST_STORAGE, grown);
    }

    /** Inserts at {@code index} (already clamped to [0, size]). */
    static void insert(Space s, int listSlot, long index, int itemSlot) {
        ensureCapacity(s, listSlot, size(s.unwrap(s.ts.get(listSlot))) + 1);
        long list = s.unwrap(s.ts.get(listSlot));
        long storage = Space.get(list, LIST_STORAGE);
        long n = size(list);
        for (long i = n; i > index; i--) {
            s.setItem(storage, i, Space.item(storage, i - 1));
        }
        s.setItem(storage, index, s.ts.get(itemSlot));
        Space.putRaw(list, LIST_SIZE, n + 1);
    }

    /** Removes and returns the item at {@code index} (valid). */
    static long removeAt(Space s, long list, long index) {
        long storage = Space.get(list, LIST_STORAGE);
        long n = size(list);
        long v = Space.item(storage, index);
        for (long i = index; i < n - 1; i++) {
            s.setItem(storage, i, Space.item(storage, i + 1));
        }
        s.setItem(storage, n - 1, 0);
        Space.putRaw(list, LIST_SIZE, n - 1);
        return v;
    }

    static void clear(Space s, long list) {
        long storage = Space.get(list, LIST_STORAGE);
        long n = size(list);
        for (long i = 0; i < n; i++) {
            s.setItem(storage, i, 0);
        }
        Space.putRaw(list, LIST_SIZE, 0);
    }

    /** A tuple with the list's items. */
    static long toTuple(Space s, int listSlot) {
        long n = size(s.unwrap(s.ts.get(listSlot)));
        long t = s.newTuple((int) n);
        long list = s.unwrap(s.ts.get(listSlot));
        for (long i = 0; i < n; i++) {
            Space.initItem(t, i, get(list, i));
        }
        return t;
    }
}
