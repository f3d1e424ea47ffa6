package dev.pyxis.heap.api;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Every raw access to heap memory goes through this class, so that the access method is one
 * measurable decision (see docs/heap.md). Addresses are real native addresses: JIT-compiled
 * code and C code read the same words.
 *
 * <p>No checking happens here; {@link Heap} and the collectors validate addresses in checked
 * mode before calling in.
 */
public final class Memory {
    /** One segment spanning the whole address space; its bounds check is trivially true. */
    private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
    // Unaligned layouts: heap words are aligned by construction, and the aligned layouts would
    // check every access (the check showed as a few percent of the interpreter's profile).
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    private Memory() {}

    public static long getWord(long address) {
        return ALL.get(WORD, address);
    }

    public static void putWord(long address, long value) {
        ALL.set(WORD, address, value);
    }

    public static int getInt(long address) {
        return ALL.get(INT, address);
    }

    public static void putInt(long address, int value) {
        ALL.set(INT, address, value);
    }

    public static byte getByte(long address) {
        return ALL.get(BYTE, address);
    }

    public static void putByte(long address, byte value) {
        ALL.set(BYTE, address, value);
    }

    /** Copies {@code bytes} bytes; the ranges must not overlap. */
    public static void copy(long from, long to, long bytes) {
        MemorySegment.copy(ALL, from, ALL, to, bytes);
    }

    public static void fill(long address, long bytes, byte value) {
        ALL.asSlice(address, bytes).fill(value);
    }

    /** Fills with a repeated 64-bit pattern; {@code bytes} is a multiple of 8. */
    public static void fillWords(long address, long bytes, long pattern) {
        for (long a = address, end = address + bytes; a < end; a += 8) {
            ALL.set(WORD, a, pattern);
        }
    }

    /** A segment view for bulk transfers (Java arrays, C calls). */
    public static MemorySegment segment(long address, long bytes) {
        return ALL.asSlice(address, bytes);
    }
}
