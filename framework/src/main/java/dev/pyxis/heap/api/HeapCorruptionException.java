package dev.pyxis.heap.api;

/**
 * Checked mode found an address outside the heap's objects or a header naming no layout. It
 * replaces what would otherwise be a wild memory access; it always means a bug in Pyxis.
 */
public final class HeapCorruptionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HeapCorruptionException(String message) {
        super(message);
    }
}
