package dev.pyxis.gc.spi;

import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.heap.api.Liveness;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.RootVisitor;

/**
 * What a collector plan may ask of the heap and the runtime above it (MMTk's "VM binding").
 * The heap implements it; plans know nothing of the language. Every method is called from the
 * thread that drives the plan, with the world stopped, unless it says otherwise.
 */
public interface CollectorBinding {
    /** The heap's settings. Never changes while the plan lives. */
    HeapConfig config();

    /**
     * Hands every root slot to {@code visitor}: each mutator's root stack, the registered
     * globals and every registered {@link dev.pyxis.heap.api.RootProvider}. Each root is visited
     * exactly once per call. Only during {@link CollectorPlan#collect}.
     */
    void scanRoots(RootVisitor visitor);

    /**
     * After tracing and before memory is reused: lets the heap drop what died (handle table
     * entries, later weak references) and update what moved. {@code liveness} must answer for
     * every address the heap asks about, including addresses in memory about to be freed.
     */
    void processWeakReferences(Liveness liveness);


    /**
     * In checked mode, throws {@link dev.pyxis.heap.api.HeapCorruptionException} unless
     * {@code word} is a small int, null, or the address of an object of this plan. A plan calls it
     * on every word it reads from a scanned slot before following it.
     */
    void checkSlot(long word, long slotAddress);

    /** The mutators attached to the heap, to retire their allocation buffers. */
    Iterable<Mutator> mutators();
}
