package dev.pyxis.gc.policy;

import java.util.Arrays;

/**
 * A growable stack of addresses: the explicit mark stack and gray list of tracing collectors,
 * so that deep object graphs never recurse on the Java stack.
 */
public final class AddressStack {
    private long[] items = new long[1024];
    private int size;

    public void push(long address) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = address;
    }

    public long pop() {
        return items[--size];
    }

    public long get(int index) {
        return items[index];
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Empties the stack and gives back memory if it grew large. */
    public void clear() {
        size = 0;
        if (items.length > 1 << 16) {
            items = new long[1024];
        }
    }
}
