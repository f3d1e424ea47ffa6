package dev.pyxis.heap.api;

import java.util.Arrays;

/**
 * A thread's precise roots: a growable stack of value words that the collector scans and
 * updates. The interpreter keeps its value stacks and frame slots here; Java code keeps heap
 * addresses here (through {@link HandleScope}) across anything that can reach a safepoint.
 *
 * <p>The backing array is replaced when the stack grows: callers hold indices, never the array.
 * Slots above {@link #top()} are always zero, so nothing stale stays reachable.
 */
public final class RootStack {
    /** About 128 MB of roots: a runaway program hits this long before the Java heap is in danger. */
    public static final int MAX_SLOTS = 16 << 20;

    private long[] slots = new long[256];
    private int top;

    /** Pushes a value word and returns its index. */
    public int push(long word) {
        if (top == slots.length) {
            grow(top + 1);
        }
        slots[top] = word;
        return top++;
    }

    /** Reserves {@code n} zeroed slots and returns the index of the first. */
    public int reserve(int n) {
        if (top + n > slots.length) {
            grow(top + n);
        }
        int base = top;
        top += n;
        return base;
    }

    public long get(int index) {
        return slots[index];
    }

    public void set(int index, long word) {
        slots[index] = word;
    }

    public int top() {
        return top;
    }

    /** Drops every slot at or above {@code newTop}. */
    public void truncate(int newTop) {
        if (newTop < 0 || newTop > top) {
            throw new IllegalArgumentException("truncate to " + newTop + " with top " + top);
        }
        Arrays.fill(slots, newTop, top, 0L);
        top = newTop;
    }

    /** Pops the top slot and returns its word. */
    public long pop() {
        long w = slots[--top];
        slots[top] = 0L;
        return w;
    }

    /** Opens a scope that truncates back to the current top when closed. */
    public HandleScope openScope() {
        return new HandleScope(this, top);
    }

    void scan(RootVisitor visitor) {
        visitor.visit(slots, 0, top);
    }

    private void grow(int needed) {
        if (needed > MAX_SLOTS) {
            throw new StackOverflowError("root stack exceeds " + MAX_SLOTS + " slots");
        }
        slots = Arrays.copyOf(slots, Math.min(MAX_SLOTS, Math.max(needed, slots.length * 2)));
    }
}
