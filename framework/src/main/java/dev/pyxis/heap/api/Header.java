package dev.pyxis.heap.api;

/**
 * The first word of every object.
 *
 * <pre>
 *  63            32 31            8 7       0
 * +----------------+---------------+---------+
 * |  runtime bits  |   layout id   | gc bits |
 * +----------------+---------------+---------+
 * </pre>
 *
 * GC bits belong to the collector plan, except {@link #FORWARDED}: a moving collector replaces
 * the whole header of an evacuated object with {@code newAddress | FORWARDED}, so a header never
 * has that bit set otherwise. Runtime bits belong to the language runtime (identity hash,
 * flags); collectors copy them unchanged.
 */
public final class Header {
    /** Reached in the current marking. */
    public static final long MARKED = 1L;
    /** Reserved for a plan's own use (e.g. visited in an incremental cycle). */
    public static final long GC_SPARE = 1L << 1;
    /** The header is a forwarding address (bits 3..63), not a header. */
    public static final long FORWARDED = 1L << 2;
    /**
     * Stores into this object must call {@link dev.pyxis.gc.spi.CollectorPlan#writeBarrierSlow}.
     * Baseline plans never set it; generational and incremental plans do (PyPy's flag test).
     */
    public static final long NEEDS_BARRIER = 1L << 3;
    /** Lives in a large-object space. */
    public static final long LARGE = 1L << 4;
    public static final long GC_BITS = 0xFFL;

    public static final int LAYOUT_SHIFT = 8;
    public static final long LAYOUT_MASK = 0xFF_FFFFL;
    public static final int MAX_LAYOUT_ID = (int) LAYOUT_MASK;
    public static final int RUNTIME_SHIFT = 32;

    private Header() {}

    public static long make(int layoutId) {
        return (long) layoutId << LAYOUT_SHIFT;
    }

    public static int layoutId(long header) {
        return (int) ((header >>> LAYOUT_SHIFT) & LAYOUT_MASK);
    }

    public static boolean isForwarded(long header) {
        return (header & FORWARDED) != 0;
    }

    public static long forwardingAddress(long header) {
        return header & ~7L;
    }

    public static long forwardTo(long newAddress) {
        return newAddress | FORWARDED;
    }

    public static int runtimeBits(long header) {
        return (int) (header >>> RUNTIME_SHIFT);
    }

    public static long withRuntimeBits(long header, int bits) {
        return (header & 0xFFFF_FFFFL) | ((long) bits << RUNTIME_SHIFT);
    }
}
