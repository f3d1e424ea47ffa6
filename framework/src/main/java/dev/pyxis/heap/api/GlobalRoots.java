package dev.pyxis.heap.api;

import java.util.Arrays;

/**
 * Roots that belong to the heap rather than to a thread: module tables, interned constants,
 * type objects. A slot is registered once and released when no longer needed.
 */
public final class GlobalRoots {
    private long[] slots = new long[64];
    private int[] free = new int[64];
    private int freeCount;
    private int used;

    /** Registers a slot holding {@code word}; returns its index. */
    public synchronized int register(long word) {
        int index;
        if (freeCount > 0) {
            index = free[--freeCount];
        } else {
            if (used == slots.length) {
                slots = Arrays.copyOf(slots, used * 2);
            }
            index = used++;
        }
        slots[index] = word;
        return index;
    }

    public long get(int index) {
        return slots[index];
    }

    public void set(int index, long word) {
        slots[index] = word;
    }

    public synchronized void release(int index) {
        slots[index] = 0L;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = index;
    }

    void scan(RootVisitor visitor) {
        visitor.visit(slots, 0, used);
    }
}
