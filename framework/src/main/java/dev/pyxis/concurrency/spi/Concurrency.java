package dev.pyxis.concurrency.spi;

/**
 * Who may run language code and touch the heap, and when threads switch. A thread that does
 * not hold the execution right is, by definition, at a safepoint: it holds no heap addresses
 * outside its roots. With a GIL this makes "the world is stopped" true for the holder.
 */
public interface Concurrency {
    /** Blocks until the calling thread holds the execution right. Not reentrant. */
    void acquire();

    /** Gives the execution right up (before blocking I/O or a native call). */
    void release();

    /**
     * Called at safepoints by the holder. Hands the execution right to a waiting thread if the
     * policy says so (with a GIL: another thread has waited a switch interval) and reacquires it.
     *
     * @return whether another thread ran in between
     */
    boolean yieldPoint();

    /** Whether the calling thread holds the execution right. */
    boolean isHeldByCurrentThread();
}
