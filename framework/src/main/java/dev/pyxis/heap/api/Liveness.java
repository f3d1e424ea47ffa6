package dev.pyxis.heap.api;

/** After tracing: tells whether an object survived, and where it lives now. */
@FunctionalInterface
public interface Liveness {
    /** The object's address after the collection, or {@link Word#NULL} if it died. */
    long survivor(long address);
}
