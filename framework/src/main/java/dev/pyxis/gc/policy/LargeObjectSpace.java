package dev.pyxis.gc.policy;

import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Word;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * Large objects, each in its own mapping, never moved (copying them would cost more than it
 * saves). Liveness is a mark bit in the header ({@link Header#MARKED}); {@link #sweep} unmaps
 * what is not marked. In stress mode dead objects are poisoned and kept mapped until the next
 * sweep, so that a stale reference reads poison instead of faulting.
 */
public final class LargeObjectSpace {
    private final TreeMap<Long, Long> objects = new TreeMap<>();
    private final List<long[]> quarantine = new ArrayList<>();
    private long used;

    /** Maps {@code bytes} of zeroed memory for one object. */
    public long allocate(long bytes) {
        long size = VirtualMemory.roundToPages(bytes);
        long address = VirtualMemory.map(size);
        objects.put(address, size);
        used += size;
        return address;
    }

    /** Bytes mapped for live objects (page-rounded). */
    public long used() {
        return used;
    }

    /** The bytes {@link #allocate} would count for an object of {@code bytes}. */
    public static long footprint(long bytes) {
        return VirtualMemory.roundToPages(bytes);
    }

    public int count() {
        return objects.size();
    }

    /** Whether {@code address} is the start of a large object here. */
    public boolean isObject(long address) {
        return objects.containsKey(address);
    }

    /** Whether {@code [address, address + bytes)} lies inside one large object's mapping. */
    public boolean contains(long address, long bytes) {
        Map.Entry<Long, Long> e = objects.floorEntry(address);
        return e != null && address + bytes <= e.getKey() + e.getValue();
    }

    /** Sets the mark bit; returns whether it was clear (the object is newly reached). */
    public static boolean mark(long address) {
        long h = Memory.getWord(address);
        if ((h & Header.MARKED) != 0) {
            return false;
        }
        Memory.putWord(address, h | Header.MARKED);
        return true;
    }

    /** Frees every unmarked object and clears the marks of the rest. */
    public void sweep(boolean poison) {
        for (long[] q : quarantine) {
            VirtualMemory.unmap(q[0], q[1]);
        }
        quarantine.clear();
        Iterator<Map.Entry<Long, Long>> it = objects.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Long, Long> e = it.next();
            // Read before it.remove(): TreeMap may reuse the removed entry for its successor.
            long a = e.getKey();
            long size = e.getValue();
            long h = Memory.getWord(a);
            if ((h & Header.MARKED) != 0) {
                Memory.putWord(a, h & ~Header.MARKED);
            } else {
                it.remove();
                used -= size;
                if (poison) {
                    Memory.fillWords(a, size, Word.POISON);
                    quarantine.add(new long[] {a, size});
                } else {
                    VirtualMemory.unmap(a, size);
                }
            }
        }
    }

    public void forEachObject(LongConsumer visitor) {
        for (long a : objects.keySet()) {
            visitor.accept(a);
        }
    }

    /** Unmaps everything. */
    public void release() {
        for (Map.Entry<Long, Long> e : objects.entrySet()) {
            VirtualMemory.unmap(e.getKey(), e.getValue());
        }
        objects.clear();
        for (long[] q : quarantine) {
            VirtualMemory.unmap(q[0], q[1]);
        }
        quarantine.clear();
        used = 0;
    }
}
