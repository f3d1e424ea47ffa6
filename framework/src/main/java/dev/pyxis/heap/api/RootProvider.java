package dev.pyxis.heap.api;

/**
 * A source of roots beyond the per-thread root stacks and the registered globals, such as the
 * frames of compiled traces. Registered with {@link Heap#addRootProvider}.
 */
@FunctionalInterface
public interface RootProvider {
    /** Hands every root slot this provider holds to {@code visitor}. Called only at safepoints. */
    void scanRoots(RootVisitor visitor);
}
