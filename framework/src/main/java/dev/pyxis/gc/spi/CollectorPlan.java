package dev.pyxis.gc.spi;

import dev.pyxis.heap.api.Mutator;

import java.util.function.LongConsumer;

/**
 * A collector's strategy for one heap (MMTk's "plan"): which spaces exist, how allocation
 * proceeds when a mutator's buffer is exhausted, and how a collection cycle runs. Spaces follow
 * their own policies ({@code dev.pyxis.gc.policy}).
 *
 * <p>Threading: the heap calls every method from a mutator thread that holds the VM's execution
 * right (the GIL), so at most one thread is inside a plan at a time; during {@link #collect}
 * every other mutator is stopped at a safepoint.
 *
 * <p>Memory a plan hands out is zeroed; the heap writes headers. A plan never touches a
 * mutator's roots except through the binding.
 */
public interface CollectorPlan {
    /** The component name, for statistics and logs. */
    String name();

    /**
     * Returns the address of {@code bytes} zeroed bytes (a multiple of 8, below the large-object
     * threshold) for {@code mutator}. The plan may also give the mutator a new allocation buffer
     * with {@link Mutator#setAllocationBuffer}, at most {@link Mutator#bufferWanted()} bytes
     * large, which must not include the returned block. Returns 0 when the plan cannot satisfy
     * the request without a collection; the heap then collects and asks once more, and signals
     * exhaustion itself. Never collects.
     */
    long allocate(Mutator mutator, long bytes);

    /** As {@link #allocate}, for objects at or above the large-object threshold; no buffer. */
    long allocateLarge(Mutator mutator, long bytes);

    /**
     * Returns zeroed memory for a copy during a swap to this plan, or 0 if there is none. Never
     * collects. Called only before the plan has run any collection.
     */
    long allocateForEvacuation(long bytes);

    /**
     * Takes back the unused rest of {@code mutator}'s buffer, which then is empty. Called for
     * every mutator before a collection, a swap, or detaching. Non-moving plans make the rest
     * parseable (a filler object) or return it to their free lists.
     */
    void retireBuffer(Mutator mutator);

    /**
     * A full stop-the-world collection: find what is reachable from the binding's roots, update
     * the roots if objects moved, call {@link CollectorBinding#processWeakReferences}, and make
     * the rest reusable. In stress mode ({@code config().stress()}) freed memory is overwritten
     * with {@link dev.pyxis.heap.api.Word#POISON}. Never allocates on the heap; never recurses
     * per object (deep graphs use explicit mark stacks).
     */
    void collect(CollectionReason reason);

    /**
     * A store of {@code value} into {@code object} at {@code offset} has happened and the object's
     * header has {@link dev.pyxis.heap.api.Header#NEEDS_BARRIER}. Plans that never set that bit
     * are never called.
     */
    default void writeBarrierSlow(long object, long offset, long value) {
        throw new IllegalStateException(name() + " sets no barrier bits");
    }

    /**
     * Whether {@code [address, address + bytes)} lies inside memory this plan has handed out
     * (checked mode). Cheap enough to call on every access: a few range tests.
     */
    boolean contains(long address, long bytes);

    /** Calls {@code visitor} with the address of every object (not fillers) in the plan's spaces. */
    void forEachObject(LongConsumer visitor);

    /** Bytes the plan may hold, in all its spaces. */
    long capacity();

    /** Bytes handed out and not yet freed (buffers count as used until retired). */
    long used();

    /** Frees all spaces. The plan is unusable afterwards. Idempotent. */
    void release();
}
