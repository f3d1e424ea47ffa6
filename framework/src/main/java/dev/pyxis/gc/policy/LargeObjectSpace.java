package dev.pyxis.gc.policy;

import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Large objects, each in its own run of whole pages, never moved (copying them would cost more
 * than it saves). Liveness is a mark bit in the header ({@link Header#MARKED}); {@link #sweep}
 * frees what is not marked. In stress mode dead objects are poisoned and kept until the next
 * sweep, so that a stale reference reads poison instead of another object.
 *
 * <p>The pages come from one region reserved up front (as large as the heap, faulted in only as
 * used) and freed runs return to a free list, coalesced with their neighbours, for the next
 * allocations: a program that builds ever longer strings allocates thousands of large objects
 * between collections, and a fresh mapping for each costs two system calls and a page fault per
 * page, far more than clearing memory that is already mapped. Free runs beyond what the last
 * cycle allocated are given back to the system. A request the region cannot hold
 * (it is full or fragmented) gets a mapping of its own.
 */
public final class LargeObjectSpace {

    private record Run(long address, long size) {}

    private static final Comparator<Run> BY_SIZE = (x, y) -> x.size != y.size
            ? Long.compare(x.size, y.size) : Long.compare(x.address, y.address);

    private final long capacity;
    /**
     * Bytes of free runs kept resident for reuse: as many as the last cycle allocated (what the
     * next one will likely ask for); beyond them freed pages go back to the system.
     */
    private long retainedFree;
    private long allocatedThisCycle;
    private long regionStart;
    /** Region pages at and above this address were never used: they are still zero. */
    private long frontier;

    /** Every object: address -> page-rounded size. */
    private final TreeMap<Long, Long> objects = new TreeMap<>();
    /** Objects with a mapping of their own, outside the region: address -> size. */
    private final TreeMap<Long, Long> ownMappings = new TreeMap<>();
    /** Free runs of the region below the frontier: address -> size, and the same runs by size. */
    private final TreeMap<Long, Long> freeByAddress = new TreeMap<>();
    private final TreeSet<Run> freeBySize = new TreeSet<>(BY_SIZE);
    /** About how many free bytes are resident (reuse may take discarded pages too). */
    private long residentFree;
    private final List<long[]> quarantine = new ArrayList<>();
    private long used;

    /** A space whose region holds {@code capacity} bytes (the heap size: large objects never need more). */
    public LargeObjectSpace(long capacity) {
        this.capacity = VirtualMemory.roundToPages(capacity);
    }

    /** Gives {@code bytes} of zeroed memory for one object. */
    public long allocate(long bytes) {
        long size = VirtualMemory.roundToPages(bytes);
        long address = fromFreeList(size);
        if (address == 0) {
            address = fromFrontier(size);
        }
        if (address == 0) {
            address = VirtualMemory.map(size);
            ownMappings.put(address, size);
        }
        objects.put(address, size);
        used += size;
        allocatedThisCycle += size;
        return address;
    }

    /** The smallest free run that fits, cleared; what it has beyond {@code size} stays free. */
    private long fromFreeList(long size) {
        Run run = freeBySize.ceiling(new Run(0, size));
        if (run == null) {
            return 0;
        }
        removeFree(run);
        residentFree = Math.max(0, residentFree - size);
        if (run.size > size) {
            addFree(run.address + size, run.size - size);
        }
        Memory.fill(run.address, size, (byte) 0);
        return run.address;
    }

    private long fromFrontier(long size) {
        if (regionStart == 0) {
            regionStart = VirtualMemory.map(capacity);
            frontier = regionStart;
        }
        if (regionStart + capacity - frontier < size) {
            return 0;
        }
        long address = frontier;
        frontier += size;
        return address;
    }

    /** Bytes given to live objects (page-rounded). */
    public long used() {
        return used;
    }

    /** The bytes {@link #allocate} counts for an object of {@code bytes}. */
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

    /** Whether {@code [address, address + bytes)} lies inside one large object. */
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
        retainedFree = allocatedThisCycle;
        allocatedThisCycle = 0;
        for (long[] q : quarantine) {
            free(q[0], q[1]);
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
                    free(a, size);
                }
            }
        }
    }

    /** Returns a dead object's pages: its own mapping is unmapped, region pages join the free list. */
    private void free(long address, long size) {
        if (ownMappings.remove(address) != null) {
            VirtualMemory.unmap(address, size);
            return;
        }
        if (residentFree + size > retainedFree) {
            VirtualMemory.discard(address, size);
        } else {
            residentFree += size;
        }
        Map.Entry<Long, Long> before = freeByAddress.floorEntry(address);
        if (before != null && before.getKey() + before.getValue() == address) {
            removeFree(new Run(before.getKey(), before.getValue()));
            address = before.getKey();
            size += before.getValue();
        }
        Long afterSize = freeByAddress.get(address + size);
        if (afterSize != null) {
            removeFree(new Run(address + size, afterSize));
            size += afterSize;
        }
        addFree(address, size);
    }

    private void addFree(long address, long size) {
        freeByAddress.put(address, size);
        freeBySize.add(new Run(address, size));
    }

    private void removeFree(Run run) {
        freeByAddress.remove(run.address);
        freeBySize.remove(run);
    }

    public void forEachObject(LongConsumer visitor) {
        for (long a : objects.keySet()) {
            visitor.accept(a);
        }
    }

    /** Gives all memory back. */
    public void release() {
        ownMappings.forEach(VirtualMemory::unmap);
        ownMappings.clear();
        objects.clear();
        quarantine.clear();
        freeByAddress.clear();
        freeBySize.clear();
        if (regionStart != 0) {
            VirtualMemory.unmap(regionStart, capacity);
            regionStart = 0;
        }
        residentFree = 0;
        used = 0;
    }
}
