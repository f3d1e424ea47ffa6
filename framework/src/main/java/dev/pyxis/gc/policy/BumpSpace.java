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
 * (objects and fillers back to back). Above the top, {@code [top, dirtyEnd)} may hold old
 * contents (a rewound space keeps its pages resident, which is cheaper than giving them back and
 * faulting them in again) and is zeroed as it is handed out; {@code [dirtyEnd, end)} is zero.
 */
public final class BumpSpace {
    private final String name;
    private final long start;
    private final long end;
    private long top;
    private long dirtyEnd;
    private boolean released;

    /** Reserves {@code capacity} bytes of address space (resident only when touched). */
    public BumpSpace(String name, long capacity) {
        this.name = name;
        long size = VirtualMemory.roundToPages(capacity);
        this.start = VirtualMemory.map(size);
        this.end = start + size;
        this.top = start;
        this.dirtyEnd = start;
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
        long a = allocateUninitialized(bytes, limit);
        if (a != 0 && a < dirtyEnd) {
            Memory.fill(a, Math.min(a + bytes, dirtyEnd) - a, (byte) 0);
        }
        return a;
    }

    /**
     * Bumps {@code bytes} whose old contents are left as they are, or returns 0: for copying
     * collectors, which overwrite every byte at once.
     */
    public long allocateUninitialized(long bytes, long limit) {
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

    /** Overwrites the allocated part with {@link Word#POISON}; the space is then empty. */
    public void poisonAndRewind() {
        Memory.fillWords(start, top - start, Word.POISON);
        rewind();
    }

    /** Empties the space but keeps its pages: they are zeroed again as they are handed out. */
    public void rewind() {
        dirtyEnd = Math.max(dirtyEnd, top);
        top = start;
    }

    /** Gives back the pages above {@code start + keep} that hold old contents. */
    public void trim(long keep) {
        long from = Math.max(top, VirtualMemory.roundToPages(start + keep));
        if (from < dirtyEnd) {
            VirtualMemory.discard(from, dirtyEnd - from);
            dirtyEnd = from;
        }
    }

    /** Empties the space: its pages go back to the system and read as zero. */
    public void reset() {
        VirtualMemory.discard(start, Math.max(top, dirtyEnd) - start);
        top = start;
        dirtyEnd = start;
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
