package dev.pyxis.heap.api;

/**
 * The 64-bit value word (ARCHITECTURE.md §4). Low bit 1: a 63-bit small integer, value
 * {@code word >> 1}. Low three bits 000 and not zero: the address of a heap object. Zero is
 * null and never a language value. Other tags are reserved; collectors ignore them.
 */
public final class Word {
    public static final long NULL = 0L;
    public static final long MIN_SMALL_INT = Long.MIN_VALUE >> 1;
    public static final long MAX_SMALL_INT = Long.MAX_VALUE >> 1;
    /** Freed memory in stress mode: an unused tag (low bits 110), so any use of it is caught. */
    public static final long POISON = 0xDEAD_DEAD_DEAD_DEA6L;

    private Word() {}

    public static boolean isSmallInt(long word) {
        return (word & 1L) != 0;
    }

    public static boolean fitsSmallInt(long value) {
        return value >= MIN_SMALL_INT && value <= MAX_SMALL_INT;
    }

    /** Tags {@code value}; the caller checks {@link #fitsSmallInt} first. */
    public static long fromSmallInt(long value) {
        return (value << 1) | 1L;
    }

    public static long toSmallInt(long word) {
        return word >> 1;
    }

    /** True for a heap object address: low three bits clear and not null. */
    /**
     * Whether the word is an immediate: low three bits {@code 010}. The runtime gives immediates
     * their meaning (singletons such as None); they are never addresses and never scanned.
     */
    public static boolean isImmediate(long word) {
        return (word & 7L) == 2L;
    }

    /** Whether a collector may find the word in a reference slot: null, small int or immediate. */
    public static boolean isNonReferenceValue(long word) {
        return word == 0 || (word & 1L) != 0 || (word & 7L) == 2L;
    }

    public static boolean isReference(long word) {
        return (word & 7L) == 0 && word != 0;
    }

    public static long alignUp(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
