package dev.pyxis.gc.policy;

import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.LayoutTable;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Word;

import java.util.function.LongConsumer;

/**
 * A contiguous space filled by a bump pointer: the policy of copy spaces (each half of a
 * semispace, a nursery) and of immortal spaces. {@code [start, top)} is allocated and parseable
 * (objects and fillers back to back); {@code [top, end)} is zero.
 */
public final class BumpSpace {
    private final String name;
    private final long start;
    private final long end;
    private long top;
    private boolean released;

    /** Reserves {@code capacity} bytes of address space (resident only when touched). */
    public BumpSpace(String name, long capacity) {
        this.name = name;
        long size = VirtualMemory.roundToPages(capacity);
        this.start = VirtualMemory.map(size);
        this.end = start + size;
        this.top = start;
    }

    public String name() {
        return name;
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    public long top() {
        return top;
    }

    public long capacity() {
        return end - start;
    }

    public long used() {
        return top - start;
    }

    /** Bumps {@code bytes} of zeroed memory, or returns 0 if they do not fit below {@code limit}. */
    public long allocate(long bytes, long limit) {
        long a = top;
        long n = a + bytes;
        if (n > Math.min(end, limit) || n < a) {
            return 0;
        }
        top = n;
        return a;
    }

    public long allocate(long bytes) {
        return allocate(bytes, end);
    }

    /**
     * Takes back {@code [from, to)}, the unused rest of a buffer: lowers the top if the rest ends
     * at the top, or else writes a filler so that the space stays parseable.
     */
    public void giveBack(long from, long to) {
        if (from >= to) {
            return;
        }
        if (to == top) {
            top = from;
        } else {
            LayoutTable.writeFiller(from, to - from);
        }
    }

    /** Whether {@code [address, address + bytes)} is inside the allocated part. */
    public boolean contains(long address, long bytes) {
        return address >= start && address + bytes <= top && address + bytes >= address;
    }

    /** Whether {@code address} is anywhere in the reserved range. */
    public boolean inRange(long address) {
        return address >= start && address < end;
    }

    /** Calls {@code visitor} with each object in {@code [start, top)}, skipping fillers. */
    public void forEachObject(LongConsumer visitor) {
        long a = start;
        while (a < top) {
            long h = Memory.getWord(a);
            Layout l = LayoutTable.ofHeader(h);
            long size = l.sizeOf(a);
            if (!LayoutTable.isFiller(Header.layoutId(h))) {
                visitor.accept(a);
            }
            a += size;
        }
    }

    /** Overwrites the allocated part with {@link Word#POISON}; {@link #reset} before reuse. */
    public void poison() {
        Memory.fillWords(start, top - start, Word.POISON);
    }

    /** Empties the space: its pages go back to the system and read as zero. */
    public void reset() {
        VirtualMemory.discard(start, top - start);
        top = start;
    }

    /** Unmaps the space. Idempotent. */
    public void release() {
        if (!released) {
            released = true;
            VirtualMemory.unmap(start, end - start);
            top = start;
        }
    }

    @Override
    public String toString() {
        return String.format("%s[0x%x..0x%x top 0x%x]", name, start, end, top);
    }
}
