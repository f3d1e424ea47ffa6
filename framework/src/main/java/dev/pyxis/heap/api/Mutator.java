package dev.pyxis.heap.api;

/**
 * One thread's view of the heap: its allocation buffer (bump pointer), its root stack and its
 * safepoint poll. Created by {@link Heap#attach()} for the calling thread and used only by it.
 *
 * <p>Allocation is a safepoint: any allocation may collect and move objects, so callers keep
 * every address they still need in {@link #roots()} and re-read it afterwards.
 */
public final class Mutator implements AutoCloseable {
    private final Heap heap;
    private final Thread thread;
    private final RootStack roots = new RootStack();
    private final long bufferWanted;

    // The bump-pointer buffer [cursor, limit). Compiled code will read and write these two.
    private long cursor;
    private long limit;
    private long bufferStart;
    private long allocatedBefore;

    /** Set when the heap wants this thread to stop at its next safepoint. */
    volatile boolean pollRequested;
    private int stressCountdown;

    Mutator(Heap heap, Thread thread) {
        this.heap = heap;
        this.thread = thread;
        HeapConfig config = heap.config();
        this.bufferWanted = config.stress() ? 0 : config.tlabSize();
        this.stressCountdown = config.stressInterval();
        this.pollRequested = config.stress();
    }

    public Heap heap() {
        return heap;
    }

    public Thread thread() {
        return thread;
    }

    /** This thread's precise roots. */
    public RootStack roots() {
        return roots;
    }

    /** Allocates a fixed-size object of {@code layout}, zeroed but for its header. A safepoint. */
    public long allocate(Layout layout) {
        if (!layout.isFixed()) {
            throw new IllegalArgumentException(layout + " has a variable part; use allocateArray");
        }
        long size = layout.baseSize();
        long address = cursor;
        long end = address + size;
        if (end <= limit) {
            cursor = end;
        } else {
            address = allocateSlow(size);
        }
        Memory.putWord(address, Header.make(layout.id()));
        return address;
    }

    /** Allocates an object of {@code layout} with {@code length} elements. A safepoint. */
    public long allocateArray(Layout layout, long length) {
        if (layout.isFixed()) {
            throw new IllegalArgumentException(layout + " has no variable part; use allocate");
        }
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length + " for " + layout.name());
        }
        if (length > layout.maxLength(heap.config().heapSize())) {
            throw new OutOfHeapException(Long.MAX_VALUE, layout.name() + " of length " + length + " exceeds the heap");
        }
        long size = layout.sizeFor(length);
        long address = cursor;
        long end = address + size;
        if (end <= limit) {
            cursor = end;
        } else {
            address = allocateSlow(size);
        }
        Memory.putWord(address, Header.make(layout.id()));
        Memory.putWord(address + layout.lengthOffset(), length);
        return address;
    }

    private long allocateSlow(long size) {
        if (pollRequested) {
            heap.safepointSlow(this);
        }
        return heap.allocateSlow(this, size);
    }

    /**
     * A safepoint: the thread holds no heap address outside its roots. Cheap when nothing is
     * pending; may collect, or swap the collector.
     */
    public void safepoint() {
        if (pollRequested) {
            heap.safepointSlow(this);
        }
    }

    /** Stress mode: counts down to the next forced collection. */
    boolean stressTick() {
        if (--stressCountdown > 0) {
            return false;
        }
        stressCountdown = heap.stressInterval();
        return true;
    }

    // ---- for collector plans (SPI) ----

    /** Bytes a plan should give this mutator as its next buffer; 0 in stress mode. */
    public long bufferWanted() {
        return bufferWanted;
    }

    /**
     * Installs {@code [start, end)} as the allocation buffer; the memory must be zeroed. Called
     * by plans from {@code allocate}, after the old buffer was retired or used up.
     */
    public void setAllocationBuffer(long start, long end) {
        allocatedBefore += cursor - bufferStart;
        bufferStart = start;
        cursor = start;
        limit = end;
    }

    /** The unused rest of the buffer, {@code [cursor, limit)}. */
    public long bufferCursor() {
        return cursor;
    }

    public long bufferLimit() {
        return limit;
    }

    /** Empties the buffer; the plan has taken its rest back. */
    public void clearAllocationBuffer() {
        setAllocationBuffer(0, 0);
    }

    /** Bytes this mutator has allocated, buffers counted as far as used. */
    public long allocatedBytes() {
        return allocatedBefore + (cursor - bufferStart);
    }

    void countDirect(long bytes) {
        allocatedBefore += bytes;
    }

    /** Detaches this thread from the heap; its roots stop being roots. */
    @Override
    public void close() {
        heap.detach(this);
    }
}
