package dev.pyxis.framework.internal;

/** An open-addressing set of non-zero longs. */
final class LongSet {
    private long[] table = new long[1024];
    private int size;

    /** Adds {@code key} (non-zero); returns whether it was absent. */
    boolean add(long key) {
        if (size * 2 >= table.length) {
            rehash();
        }
        int mask = table.length - 1;
        int i = hash(key) & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static int hash(long key) {
        long h = key * 0x9E37_79B9_7F4A_7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void rehash() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != 0) {
                add(k);
            }
        }
    }
}
