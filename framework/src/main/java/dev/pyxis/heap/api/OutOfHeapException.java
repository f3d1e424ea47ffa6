package dev.pyxis.heap.api;

/**
 * The heap cannot satisfy an allocation even after a full collection. The language runtime
 * turns it into its own error (Python's MemoryError); the heap stays consistent and usable.
 */
public final class OutOfHeapException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long requested;

    public OutOfHeapException(long requested, String message) {
        super(message, null, false, false);
        this.requested = requested;
    }

    /** Bytes the failed allocation asked for. */
    public long requested() {
        return requested;
    }
}
