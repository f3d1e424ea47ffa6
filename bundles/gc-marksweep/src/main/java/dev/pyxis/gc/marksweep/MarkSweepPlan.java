package dev.pyxis.gc.marksweep;

import dev.pyxis.gc.policy.AddressStack;
import dev.pyxis.gc.policy.FreeListSpace;
import dev.pyxis.gc.policy.LargeObjectSpace;
import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.gc.spi.CollectorBinding;
import dev.pyxis.gc.spi.CollectorPlan;
import dev.pyxis.gc.spi.Scanning;
import dev.pyxis.gc.spi.SlotVisitor;
import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.HeapCorruptionException;
import dev.pyxis.heap.api.LayoutTable;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.RootVisitor;
import dev.pyxis.heap.api.Word;

import java.util.function.LongConsumer;

/**
 * A free-list space of the heap size and a large-object space; nothing ever moves. A collection
 * marks what is reachable from the roots with {@link Header#MARKED} and an explicit stack, then
 * sweeps both spaces: the free-list space turns every run of dead objects into one hole.
 * Mutators bump-allocate in buffers carved from holes, or from fresh memory when no hole is big
 * enough.
 *
 * <p>Budget: {@code free-list space used + large-object used <= heap size}, where free holes do
 * not count as used.
 */
final class MarkSweepPlan implements CollectorPlan {
    private final CollectorBinding binding;
    private final long heapSize;
    private final long largeThreshold;
    private final boolean poison;
    private final FreeListSpace space;
    private final LargeObjectSpace large;
    private final AddressStack gray = new AddressStack();
    private final RootVisitor markRoots = this::markRoots;
    private final SlotVisitor markSlot = this::markSlot;

    MarkSweepPlan(CollectorBinding binding) {
        this.binding = binding;
        this.heapSize = binding.config().heapSize();
        this.large = new LargeObjectSpace(heapSize);
        this.largeThreshold = binding.config().largeObjectThreshold();
        this.poison = binding.config().stress();
        this.space = new FreeListSpace("marksweep", heapSize);
    }

    @Override
    public String name() {
        return "marksweep";
    }

    @Override
    public long allocate(Mutator mutator, long bytes) {
        // The rest of the old buffer becomes a hole before a new buffer replaces it.
        retireBuffer(mutator);
        long room = smallRoom();
        if (bytes > room) {
            return 0;
        }
        long block = space.allocateBlock(bytes, Math.min(bytes + mutator.bufferWanted(), room));
        if (block != 0 && space.lastBlockEnd() > block + bytes) {
            mutator.setAllocationBuffer(block + bytes, space.lastBlockEnd());
        }
        return block;
    }

    /** Bytes the free-list space may still hand out within the budget, a multiple of 8. */
    private long smallRoom() {
        return (heapSize - large.used() - space.used()) & ~7L;
    }

    @Override
    public long allocateLarge(Mutator mutator, long bytes) {
        return largeFits(bytes) ? large.allocate(bytes) : 0;
    }

    private boolean largeFits(long bytes) {
        return space.used() + large.used() + LargeObjectSpace.footprint(bytes) <= heapSize;
    }

    @Override
    public long allocateForEvacuation(long bytes) {
        if (bytes >= largeThreshold) {
            return largeFits(bytes) ? large.allocate(bytes) : 0;
        }
        return bytes <= smallRoom() ? space.allocate(bytes) : 0;
    }

    @Override
    public void retireBuffer(Mutator mutator) {
        space.giveBack(mutator.bufferCursor(), mutator.bufferLimit());
        mutator.clearAllocationBuffer();
    }

    @Override
    public void collect(CollectionReason reason) {
        try {
            binding.scanRoots(markRoots);
            while (!gray.isEmpty()) {
                long object = gray.pop();
                Scanning.forEachReferenceSlot(object, LayoutTable.ofHeader(Memory.getWord(object)), markSlot);
            }
        } finally {
            gray.clear();
        }
        binding.processWeakReferences(MarkSweepPlan::survivor);
        space.sweep(poison);
        large.sweep(poison);
    }

    private void markRoots(long[] slots, int from, int to) {
        for (int i = from; i < to; i++) {
            long w = slots[i];
            if (Word.isReference(w)) {
                binding.checkSlot(w, 0);
                mark(w, 0);
            }
        }
    }

    private void markSlot(long slot) {
        long w = Memory.getWord(slot);
        if (Word.isReference(w)) {
            binding.checkSlot(w, slot);
            mark(w, slot);
        }
    }

    /** Sets the mark bit of the object at {@code address} and queues it, on first reach. */
    private void mark(long address, long slot) {
        if (!space.contains(address, 8) && !large.isObject(address)) {
            throw new HeapCorruptionException(
                    String.format("slot 0x%x holds 0x%x, which is no object of the marksweep heap", slot, address));
        }
        long h = Memory.getWord(address);
        if ((h & Header.MARKED) != 0) {
            return;
        }
        if (LayoutTable.isFiller(Header.layoutId(h))) {
            // A stale reference into a hole: following it would keep garbage and hide the bug.
            throw new HeapCorruptionException(
                    String.format("slot 0x%x holds 0x%x, which is freed memory", slot, address));
        }
        Memory.putWord(address, h | Header.MARKED);
        gray.push(address);
    }

    /** Nothing moves: a marked object survives where it is. Valid until the sweep. */
    private static long survivor(long address) {
        return (Memory.getWord(address) & Header.MARKED) != 0 ? address : Word.NULL;
    }

    @Override
    public boolean contains(long address, long bytes) {
        return space.contains(address, bytes) || large.contains(address, bytes);
    }

    @Override
    public void forEachObject(LongConsumer visitor) {
        space.forEachObject(visitor);
        large.forEachObject(visitor);
    }

    @Override
    public long capacity() {
        return heapSize;
    }

    @Override
    public long used() {
        return space.used() + large.used();
    }

    @Override
    public void release() {
        space.release();
        large.release();
    }
}
