package dev.pyxis.heap.api;

/**
 * Receives root slots from the heap during a collection or a collector swap.
 */
@FunctionalInterface
public interface RootVisitor {
    /**
     * Visits {@code slots[from, to)}. Each slot holds a value word; the visitor may replace a
     * reference with the object's new address. Non-reference words must be left unchanged.
     */
    void visit(long[] slots, int from, int to);
}
