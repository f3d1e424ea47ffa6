package dev.pyxis.heap.api;

import java.util.Arrays;

/**
 * Java objects reachable from the heap (open files, compiled patterns, host objects). A heap
 * object stores the handle, a small-int word, in an ordinary non-reference field; the table
 * remembers which object owns each handle. After every collection the collector reports which
 * owners survived: a handle whose owner died is freed, and the Java object becomes garbage for
 * the JVM.
 */
public final class HandleTable {
    private Object[] objects = new Object[64];
    private long[] owners = new long[64];
    private int[] free = new int[64];
    private int freeCount;
    private int used;
    private int live;

    /** Stores {@code value} for the heap object at {@code owner}; returns the handle word. */
    public long add(Object value, long owner) {
        if (!Word.isReference(owner)) {
            throw new IllegalArgumentException("handle owner must be a heap object");
        }
        int index;
        if (freeCount > 0) {
            index = free[--freeCount];
        } else {
            if (used == objects.length) {
                objects = Arrays.copyOf(objects, used * 2);
                owners = Arrays.copyOf(owners, used * 2);
            }
            index = used++;
        }
        objects[index] = value;
        owners[index] = owner;
        live++;
        return Word.fromSmallInt(index);
    }

    /** The Java object behind a handle word. */
    public Object get(long handle) {
        int index = (int) Word.toSmallInt(handle);
        Object o = index >= 0 && index < used ? objects[index] : null;
        if (o == null || !Word.isSmallInt(handle)) {
            throw new IllegalArgumentException("not a live handle: " + handle);
        }
        return o;
    }

    /** Number of live handles. */
    public int size() {
        return live;
    }

    /** Called by the collector after tracing: frees handles of dead owners, updates moved ones. */
    public void sweep(Liveness liveness) {
        for (int i = 0; i < used; i++) {
            long owner = owners[i];
            if (owner == 0) {
                continue;
            }
            long now = liveness.survivor(owner);
            if (now == 0) {
                objects[i] = null;
                owners[i] = 0;
                live--;
                if (freeCount == free.length) {
                    free = Arrays.copyOf(free, freeCount * 2);
                }
                free[freeCount++] = i;
            } else {
                owners[i] = now;
            }
        }
    }
}
