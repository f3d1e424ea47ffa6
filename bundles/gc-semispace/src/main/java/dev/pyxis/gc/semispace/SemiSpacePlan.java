package dev.pyxis.gc.semispace;

import dev.pyxis.gc.policy.AddressStack;
import dev.pyxis.gc.policy.BumpSpace;
import dev.pyxis.gc.policy.LargeObjectSpace;
import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.gc.spi.CollectorBinding;
import dev.pyxis.gc.spi.CollectorPlan;
import dev.pyxis.gc.spi.Scanning;
import dev.pyxis.gc.spi.SlotVisitor;
import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.HeapCorruptionException;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.LayoutTable;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.Word;

import java.util.function.LongConsumer;

/**
 * Two bump spaces of half the heap each and a large-object space. A collection copies what is
 * reachable from the current space into the other one, breadth first, with the to-space itself
 * as the queue (Cheney), and marks reachable large objects with an explicit stack; then the
 * spaces trade places.
 *
 * <p>Budget: {@code 2 * semispace used + large-object used <= heap size}, so that every live
 * small object always fits in the to-space. Within it, a collection comes earlier: when the
 * space has grown by {@link #MIN_ROOM} or by as much as survived the last collection, whichever
 * is more (the soft top). Copying then costs about one byte per byte allocated, and the memory
 * the heap touches follows the live data instead of the configured heap size.
 *
 * <p>The evacuated space keeps its pages (zeroing a buffer as it is handed out costs less than
 * faulting fresh pages in), except beyond twice the live size plus {@link #RESIDENT_SLACK}, which
 * goes back to the system so that a heap whose live data shrank does not hold on to memory.
 */
final class SemiSpacePlan implements CollectorPlan {
    static final long RESIDENT_SLACK = 32L << 20;
    /** The least a space may grow by between collections (see the soft top above). */
    static final long MIN_ROOM = 16L << 20;
    private final CollectorBinding binding;
    private final long heapSize;
    private final boolean poison;
    private BumpSpace current;
    private BumpSpace other;
    private final LargeObjectSpace large;
    private final AddressStack largeGray = new AddressStack();
    private final SlotVisitor updateSlot = this::updateSlot;
    /** The space being evacuated, during a collection (the to-space is {@code other}); null otherwise. */
    private BumpSpace from;
    /** Where an allocation in the current space asks for a collection first (within {@link #smallLimit()}). */
    private long softTop;

    SemiSpacePlan(CollectorBinding binding) {
        this.binding = binding;
        this.heapSize = binding.config().heapSize();
        this.large = new LargeObjectSpace(heapSize);
        this.poison = binding.config().stress();
        this.current = new BumpSpace("semispace-0", heapSize / 2);
        try {
            this.other = new BumpSpace("semispace-1", heapSize / 2);
        } catch (RuntimeException e) {
            current.release();
            throw e;
        }
        this.softTop = current.start() + MIN_ROOM;
    }

    @Override
    public String name() {
        return "semispace";
    }

    /** The highest top the current space may reach with the large objects there are now. */
    private long smallLimit() {
        return current.start() + (heapSize - large.used()) / 2;
    }

    /** The top the mutator may allocate up to before the next collection. */
    private long mutatorLimit() {
        return Math.min(softTop, smallLimit());
    }

    @Override
    public long allocate(Mutator mutator, long bytes) {
        // The old buffer's rest goes back first: at the top it simply lowers the top.
        retireBuffer(mutator);
        long want = bytes + mutator.bufferWanted();
        long limit = mutatorLimit();
        long chunk = current.allocate(want, limit);
        if (chunk != 0) {
            if (want > bytes) {
                mutator.setAllocationBuffer(chunk + bytes, chunk + want);
            }
            return chunk;
        }
        return current.allocate(bytes, limit);
    }

    @Override
    public long allocateLarge(Mutator mutator, long bytes) {
        return largeFits(bytes) ? large.allocate(bytes) : 0;
    }

    private boolean largeFits(long bytes) {
        return 2 * current.used() + large.used() + LargeObjectSpace.footprint(bytes) <= heapSize;
    }

    @Override
    public long allocateForEvacuation(long bytes) {
        if (bytes >= binding.config().largeObjectThreshold()) {
            return largeFits(bytes) ? large.allocate(bytes) : 0;
        }
        return current.allocate(bytes, smallLimit());
    }

    @Override
    public void retireBuffer(Mutator mutator) {
        current.giveBack(mutator.bufferCursor(), mutator.bufferLimit());
        mutator.clearAllocationBuffer();
    }

    @Override
    public void collect(CollectionReason reason) {
        from = current;
        BumpSpace to = other;
        try {
            binding.scanRoots((slots, start, end) -> {
                for (int i = start; i < end; i++) {
                    long w = slots[i];
                    if (Word.isReference(w)) {
                        binding.checkSlot(w, 0);
                        slots[i] = evacuate(w);
                    }
                }
            });
            long scan = to.start();
            while (scan < to.top() || !largeGray.isEmpty()) {
                while (scan < to.top()) {
                    scan += scanObject(scan);
                }
                while (!largeGray.isEmpty()) {
                    scanObject(largeGray.pop());
                }
            }
            binding.processWeakReferences(this::survivor);
            large.sweep(poison);
            if (poison) {
                from.poisonAndRewind();
            } else {
                from.rewind();
            }
            from.trim(2 * to.used() + RESIDENT_SLACK);
            other = from;
            current = to;
            softTop = to.top() + Math.max(MIN_ROOM, to.used());
        } finally {
            from = null;
            largeGray.clear();
        }
    }

    /** Updates the reference slots of a to-space or large object; returns its size. */
    private long scanObject(long object) {
        Layout layout = LayoutTable.ofHeader(Memory.getWord(object));
        Scanning.forEachReferenceSlot(object, layout, updateSlot);
        return layout.sizeOf(object);
    }

    private void updateSlot(long slot) {
        long w = Memory.getWord(slot);
        if (Word.isReference(w)) {
            binding.checkSlot(w, slot);
            Memory.putWord(slot, evacuate(w));
        }
    }

    /** The new address of the object at {@code address}, copying it on first reach. */
    private long evacuate(long address) {
        if (from.contains(address, 8)) {
            long h = Memory.getWord(address);
            if (Header.isForwarded(h)) {
                return Header.forwardingAddress(h);
            }
            long size = LayoutTable.ofHeader(h).sizeOf(address);
            long copy = other.allocateUninitialized(size, other.end());
            if (copy == 0) {
                throw new IllegalStateException("to-space overflow: the semispace budget was broken");
            }
            Memory.copy(address, copy, size);
            Memory.putWord(address, Header.forwardTo(copy));
            return copy;
        }
        if (large.isObject(address)) {
            if (LargeObjectSpace.mark(address)) {
                largeGray.push(address);
            }
            return address;
        }
        throw new HeapCorruptionException(String.format("0x%x is no object of the semispace heap", address));
    }

    private long survivor(long address) {
        if (from.contains(address, 8)) {
            long h = Memory.getWord(address);
            return Header.isForwarded(h) ? Header.forwardingAddress(h) : Word.NULL;
        }
        if (large.isObject(address)) {
            return (Memory.getWord(address) & Header.MARKED) != 0 ? address : Word.NULL;
        }
        return Word.NULL;
    }

    @Override
    public boolean contains(long address, long bytes) {
        return current.contains(address, bytes) || (from != null && from.contains(address, bytes))
                || large.contains(address, bytes);
    }

    @Override
    public void forEachObject(LongConsumer visitor) {
        current.forEachObject(visitor);
        large.forEachObject(visitor);
    }

    @Override
    public long capacity() {
        return heapSize;
    }

    @Override
    public long used() {
        return current.used() + large.used();
    }

    @Override
    public void release() {
        current.release();
        other.release();
        large.release();
    }
}
