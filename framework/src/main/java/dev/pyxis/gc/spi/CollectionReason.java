package dev.pyxis.gc.spi;

/** Why a collection runs; shown in logs, statistics and JFR events. */
public enum CollectionReason {
    /** An allocation did not fit. */
    ALLOCATION,
    /** The program asked (e.g. Python's gc.collect()). */
    EXPLICIT,
    /** Requested from another thread, run at the next safepoint. */
    REQUESTED,
    /** Stress mode: a collection at every safepoint. */
    STRESS
}
