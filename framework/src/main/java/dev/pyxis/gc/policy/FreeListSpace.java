package dev.pyxis.gc.policy;

import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.LayoutTable;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Word;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A non-moving space of one contiguous reservation, reused through free lists: the policy of
 * mark-sweep spaces and of old generations.
 *
 * <p>{@code [start, top)} holds objects and fillers back to back, so it is parseable whenever no
 * block handed out is still unwritten (mutator buffers retired); {@code [top, end)} is zero.
 * Each filler is a free hole. Holes of at least 16 bytes sit in size bins: one bin per 8 bytes
 * below 512 bytes, then four bins per power of two, with a bitmap of the non-empty bins, so
 * finding a hole costs a few word operations, not a walk. Smaller holes wait for a sweep to merge
 * them with their neighbours. Blocks are bumped from one current hole taken out of the bins, and
 * the unused rest of a block rejoins it, so that carving buffers out of a big hole fragments it
 * no more than bumping the high-water mark does.
 *
 * <p>Liveness is the {@link Header#MARKED} bit, set by the plan's tracing; {@link #sweep} frees
 * what is unmarked and coalesces every run of adjacent dead objects and holes into one hole.
 * Memory comes out of a hole zeroed when it is handed out again.
 */
public final class FreeListSpace {
    /** The smallest hole worth listing: a filler header and its length word. */
    private static final long MIN_HOLE = 16;

    private static final int EXACT_BINS = 64;
    private static final long EXACT_LIMIT = EXACT_BINS * 8L;
    private static final int SUB_BITS = 2;
    private static final int LOG_EXACT_LIMIT = 9;
    private static final int BINS = EXACT_BINS + ((64 - LOG_EXACT_LIMIT) << SUB_BITS);
    /** How many holes of the first bin a search tries; that bin may hold holes too small. */
    private static final int FIRST_BIN_TRIES = 8;
    /** Below this, zeroing by hand beats giving pages back and faulting them in again. */
    private static final long DISCARD_THRESHOLD = 64 * VirtualMemory.PAGE;

    private final String name;
    private final long start;
    private final long end;
    private long top;
    /** Bytes of holes below {@code top}, listed or not. */
    private long free;
    /** The hole blocks are bumped from, not listed; empty when both are equal. */
    private long currentStart;
    private long currentEnd;
    private long lastBlockEnd;
    private boolean released;

    private final long[][] bins = new long[BINS][];
    private final int[] binCounts = new int[BINS];
    private final long[] nonEmpty = new long[(BINS + 63) >>> 6];

    /** Reserves {@code capacity} bytes of address space (resident only when touched). */
    public FreeListSpace(String name, long capacity) {
        this.name = name;
        long size = VirtualMemory.roundToPages(capacity);
        this.start = VirtualMemory.map(size);
        this.end = start + size;
        this.top = start;
    }

    /** The space's name, for logs. */
    public String name() {
        return name;
    }

    /** The first address of the reservation. */
    public long start() {
        return start;
    }

    /** The high-water mark: everything below it has been handed out at least once. */
    public long top() {
        return top;
    }

    /** Bytes reserved. */
    public long capacity() {
        return end - start;
    }

    /** Bytes handed out and not freed since: objects and unretired blocks, not holes. */
    public long used() {
        return top - start - free;
    }

    /** Bytes in holes below the high-water mark, including those too small to be listed. */
    public long free() {
        return free;
    }

    /**
     * Returns {@code bytes} (a multiple of 8) of zeroed memory, or 0 if neither a hole nor the
     * rest of the space holds them.
     */
    public long allocate(long bytes) {
        return allocateBlock(bytes, bytes);
    }

    /**
     * Returns a zeroed block of at least {@code min} and at most {@code max} bytes (multiples of 8),
     * or 0 if not even {@code min} can be had; {@link #lastBlockEnd()} then tells where it ends.
     * Blocks are bumped from the current hole while it holds {@code max}; otherwise the smallest
     * listed hole that holds {@code max} becomes the current one, or else the current hole or the
     * biggest listed one is handed out whole if it holds {@code min} (so that bump buffers fill
     * smaller holes too); fresh memory above the high-water mark comes last.
     */
    public long allocateBlock(long min, long max) {
        if (currentSize() >= max || adoptHole(max) || currentSize() >= min || adoptBiggestHole(min)) {
            return carve(max);
        }
        return bump(min, max);
    }

    /** The end of the block the last successful {@link #allocateBlock} or {@link #allocate} returned. */
    public long lastBlockEnd() {
        return lastBlockEnd;
    }

    private long currentSize() {
        return currentEnd - currentStart;
    }

    /** Makes the smallest listed hole of at least {@code bytes} the current one; false if none. */
    private boolean adoptHole(long bytes) {
        int bin = binOf(bytes);
        int index = findInBin(bin, bytes);
        if (index < 0) {
            bin = nextNonEmpty(bin + 1);
            if (bin < 0) {
                return false;
            }
            index = binCounts[bin] - 1;
        }
        adopt(bin, index);
        return true;
    }

    /** Makes the biggest listed hole the current one if it holds {@code bytes}; false if not. */
    private boolean adoptBiggestHole(long bytes) {
        int bin = highestNonEmpty();
        int index = bin >= binOf(bytes) ? findInBin(bin, bytes) : -1;
        if (index < 0) {
            return false;
        }
        adopt(bin, index);
        return true;
    }

    private void adopt(int bin, int index) {
        long hole = bins[bin][index];
        removeFromBin(bin, index);
        if (currentSize() > 0) {
            addHole(currentStart, currentSize());
        }
        currentStart = hole;
        currentEnd = hole + holeSize(hole);
    }

    /** Hands out the first {@code max} bytes of the current hole, or all of it if it is smaller. */
    private long carve(long max) {
        long block = currentStart;
        long granted = Math.min(max, currentSize());
        currentStart = block + granted;
        if (currentStart < currentEnd) {
            LayoutTable.writeFiller(currentStart, currentEnd - currentStart);
        }
        free -= granted;
        zero(block, granted);
        lastBlockEnd = currentStart;
        return block;
    }

    private long bump(long min, long max) {
        long room = end - top;
        if (room < min) {
            return 0;
        }
        long block = top;
        top += Math.min(room, max);
        lastBlockEnd = top;
        return block;
    }

    /**
     * Takes back {@code [from, to)}, the unused and still zero rest of a block: lowers the
     * high-water mark if the rest ends there, joins the current hole if the rest ends where it
     * starts (the block was carved from it), or else makes the rest a hole.
     */
    public void giveBack(long from, long to) {
        if (from >= to) {
            return;
        }
        if (to == top) {
            top = from;
            return;
        }
        free += to - from;
        if (to == currentStart) {
            currentStart = from;
            LayoutTable.writeFiller(from, currentEnd - from);
        } else {
            addHole(from, to - from);
        }
    }

    /**
     * Frees every object below the high-water mark whose header lacks {@link Header#MARKED} and
     * clears the mark of the rest, in one walk. Each run of adjacent dead objects and holes
     * becomes one hole, and the free lists are rebuilt from the holes found. With
     * {@code poison} (stress mode) freed memory is overwritten with {@link Word#POISON} but for
     * the filler header at the start of each hole, and memory freed by this sweep is kept out of
     * the free lists until the next one, so that a stale reference reads poison rather than a
     * new object. Mutator blocks must have been given back.
     */
    public void sweep(boolean poison) {
        clearBins();
        currentStart = currentEnd = 0;
        free = 0;
        long runStart = 0;
        boolean runFresh = false;
        for (long a = start; a < top; ) {
            long h = Memory.getWord(a);
            Layout layout = LayoutTable.ofHeader(h);
            long size = layout.sizeOf(a);
            boolean hole = LayoutTable.isFiller(layout.id());
            if (!hole && (h & Header.MARKED) != 0) {
                Memory.putWord(a, h & ~Header.MARKED);
                if (runStart != 0) {
                    closeRun(runStart, a, runFresh);
                    runStart = 0;
                }
            } else {
                // Under poison, memory freed now and memory freed before make separate holes.
                boolean fresh = poison && !hole;
                if (runStart != 0 && fresh != runFresh) {
                    closeRun(runStart, a, runFresh);
                    runStart = 0;
                }
                if (runStart == 0) {
                    runStart = a;
                    runFresh = fresh;
                }
                if (poison) {
                    // Old holes are poisoned already but for their filler headers.
                    Memory.fillWords(a, hole ? Math.min(size, MIN_HOLE) : size, Word.POISON);
                }
            }
            a += size;
        }
        if (runStart != 0) {
            closeRun(runStart, top, runFresh);
        }
    }

    private void closeRun(long from, long to, boolean quarantined) {
        free += to - from;
        if (quarantined) {
            LayoutTable.writeFiller(from, to - from);
        } else {
            addHole(from, to - from);
        }
    }

    /** Whether {@code [address, address + bytes)} lies below the high-water mark. */
    public boolean contains(long address, long bytes) {
        return address >= start && address + bytes <= top && address + bytes >= address;
    }

    /** Calls {@code visitor} with each object below the high-water mark, skipping holes. */
    public void forEachObject(LongConsumer visitor) {
        for (long a = start; a < top; ) {
            long h = Memory.getWord(a);
            Layout layout = LayoutTable.ofHeader(h);
            if (!LayoutTable.isFiller(layout.id())) {
                visitor.accept(a);
            }
            a += layout.sizeOf(a);
        }
    }

    /** Unmaps the space; it is unusable afterwards. Idempotent. */
    public void release() {
        if (!released) {
            released = true;
            VirtualMemory.unmap(start, end - start);
            top = start;
            currentStart = currentEnd = 0;
            free = 0;
            clearBins();
        }
    }

    // ---------------------------------------------------------------- holes and bins

    /** Makes {@code [address, address + bytes)} a filler, listed if big enough; the caller counts it free. */
    private void addHole(long address, long bytes) {
        LayoutTable.writeFiller(address, bytes);
        if (bytes < MIN_HOLE) {
            return;
        }
        int bin = binOf(bytes);
        long[] list = bins[bin];
        int n = binCounts[bin];
        if (list == null) {
            list = bins[bin] = new long[16];
        } else if (n == list.length) {
            list = bins[bin] = Arrays.copyOf(list, n * 2);
        }
        list[n] = address;
        binCounts[bin] = n + 1;
        nonEmpty[bin >>> 6] |= 1L << bin;
    }

    private void removeFromBin(int bin, int index) {
        long[] list = bins[bin];
        int n = binCounts[bin] - 1;
        list[index] = list[n];
        binCounts[bin] = n;
        if (n == 0) {
            nonEmpty[bin >>> 6] &= ~(1L << bin);
        }
    }

    private void clearBins() {
        Arrays.fill(binCounts, 0);
        Arrays.fill(nonEmpty, 0);
    }

    /** The index in {@code bin} of a hole of at least {@code bytes}, newest first, or -1. */
    private int findInBin(int bin, long bytes) {
        long[] list = bins[bin];
        int n = binCounts[bin];
        for (int i = n - 1; i >= Math.max(0, n - FIRST_BIN_TRIES); i--) {
            if (holeSize(list[i]) >= bytes) {
                return i;
            }
        }
        return -1;
    }

    /** The first non-empty bin at or above {@code from}, or -1. */
    private int nextNonEmpty(int from) {
        for (int w = from >>> 6; w < nonEmpty.length; w++) {
            long bits = nonEmpty[w];
            if (w == from >>> 6) {
                bits &= -1L << from;
            }
            if (bits != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return -1;
    }

    private int highestNonEmpty() {
        for (int w = nonEmpty.length - 1; w >= 0; w--) {
            if (nonEmpty[w] != 0) {
                return (w << 6) + 63 - Long.numberOfLeadingZeros(nonEmpty[w]);
            }
        }
        return -1;
    }

    /**
     * The bin of a hole of {@code bytes}: exact below 512 bytes, so that any hole of the bin fits a
     * request of that size; above, every hole of a higher bin fits any request of a lower one.
     */
    private static int binOf(long bytes) {
        if (bytes < EXACT_LIMIT) {
            return (int) (bytes >>> 3);
        }
        int log = 63 - Long.numberOfLeadingZeros(bytes);
        int sub = (int) (bytes >>> (log - SUB_BITS)) & ((1 << SUB_BITS) - 1);
        return EXACT_BINS + ((log - LOG_EXACT_LIMIT) << SUB_BITS) + sub;
    }

    private static long holeSize(long hole) {
        return LayoutTable.FILLER.sizeOf(hole);
    }

    private static void zero(long address, long bytes) {
        if (bytes >= DISCARD_THRESHOLD) {
            VirtualMemory.discard(address, bytes);
        } else {
            Memory.fill(address, bytes, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return String.format("%s[0x%x..0x%x top 0x%x, %d free]", name, start, end, top, free);
    }
}
