package dev.pyxis.framework.internal.nogc;

import dev.pyxis.gc.policy.BumpSpace;
import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.gc.spi.CollectorBinding;
import dev.pyxis.gc.spi.CollectorPlan;
import dev.pyxis.heap.api.Mutator;

import java.util.function.LongConsumer;

/** One bump space of the whole heap size; a collection frees nothing. */
final class NoGcPlan implements CollectorPlan {
    private final BumpSpace space;

    NoGcPlan(CollectorBinding binding) {
        this.space = new BumpSpace("nogc", binding.config().heapSize());
    }

    @Override
    public String name() {
        return "nogc";
    }

    @Override
    public long allocate(Mutator mutator, long bytes) {
        retireBuffer(mutator);
        long want = bytes + mutator.bufferWanted();
        long chunk = space.allocate(want);
        if (chunk == 0) {
            return space.allocate(bytes);
        }
        if (want > bytes) {
            mutator.setAllocationBuffer(chunk + bytes, chunk + want);
        }
        return chunk;
    }

    @Override
    public long allocateLarge(Mutator mutator, long bytes) {
        return space.allocate(bytes);
    }

    @Override
    public long allocateForEvacuation(long bytes) {
        return space.allocate(bytes);
    }

    @Override
    public void retireBuffer(Mutator mutator) {
        space.giveBack(mutator.bufferCursor(), mutator.bufferLimit());
        mutator.clearAllocationBuffer();
    }

    @Override
    public void collect(CollectionReason reason) {
        // Nothing is ever freed, so nothing can move or die: weak references stay as they are.
    }

    @Override
    public boolean contains(long address, long bytes) {
        return space.contains(address, bytes);
    }

    @Override
    public void forEachObject(LongConsumer visitor) {
        space.forEachObject(visitor);
    }

    @Override
    public long capacity() {
        return space.capacity();
    }

    @Override
    public long used() {
        return space.used();
    }

    @Override
    public void release() {
        space.release();
    }
}
