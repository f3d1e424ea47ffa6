package dev.pyxis.heap.api;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Field;

/**
 * Every raw access to heap memory goes through this class, so that the access method is one
 * measurable decision (see docs/heap.md). Addresses are real native addresses: JIT-compiled
 * code and C code read the same words.
 *
 * <p>Two access methods, chosen once: {@code sun.misc.Unsafe} where the JVM was started with
 * {@code --sun-misc-unsafe-memory-access=allow} (the launcher and the tests do), else one
 * {@code MemorySegment} spanning the address space. Unsafe is about twice as fast per access
 * (STACK.md), and HotSpot inlines it everywhere, where the segment accessors sometimes stay
 * calls inside the interpreter's large methods. Its memory methods are deprecated for removal:
 * without the explicit permission (an embedding host, an OSGi container without
 * {@code sun.misc}) the segment path keeps Pyxis working and silent.
 *
 * <p>No checking happens here; {@link Heap} and the collectors validate addresses in checked
 * mode before calling in.
 */
public final class Memory {
    /** The Unsafe instance, or null when the segment path is used. */
    private static final sun.misc.Unsafe UNSAFE = unsafeIfAllowed();
    private static final boolean USE_UNSAFE = UNSAFE != null;

    private Memory() {}

    /** Whether accesses go through Unsafe (for diagnostics and tests). */
    public static boolean usesUnsafe() {
        return USE_UNSAFE;
    }

    public static long getWord(long address) {
        return USE_UNSAFE ? UNSAFE.getLong(address) : SegmentAccess.getWord(address);
    }

    public static void putWord(long address, long value) {
        if (USE_UNSAFE) {
            UNSAFE.putLong(address, value);
        } else {
            SegmentAccess.putWord(address, value);
        }
    }

    public static int getInt(long address) {
        return USE_UNSAFE ? UNSAFE.getInt(address) : SegmentAccess.getInt(address);
    }

    public static void putInt(long address, int value) {
        if (USE_UNSAFE) {
            UNSAFE.putInt(address, value);
        } else {
            SegmentAccess.putInt(address, value);
        }
    }

    public static byte getByte(long address) {
        return USE_UNSAFE ? UNSAFE.getByte(address) : SegmentAccess.getByte(address);
    }

    public static void putByte(long address, byte value) {
        if (USE_UNSAFE) {
            UNSAFE.putByte(address, value);
        } else {
            SegmentAccess.putByte(address, value);
        }
    }

    /** Copies {@code bytes} bytes; the ranges must not overlap. */
    public static void copy(long from, long to, long bytes) {
        if (USE_UNSAFE) {
            UNSAFE.copyMemory(from, to, bytes);
        } else {
            MemorySegment.copy(SegmentAccess.ALL, from, SegmentAccess.ALL, to, bytes);
        }
    }

    /** Copies {@code length} bytes of {@code src} from {@code offset} to {@code address}. */
    public static void copyFromArray(byte[] src, int offset, long address, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, src.length);
        if (USE_UNSAFE) {
            UNSAFE.copyMemory(src, sun.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET + (long) offset, null, address, length);
        } else {
            MemorySegment.copy(src, offset, SegmentAccess.ALL, ValueLayout.JAVA_BYTE, address, length);
        }
    }

    /** Copies {@code length} bytes from {@code address} into {@code dst} at {@code offset}. */
    public static void copyToArray(long address, byte[] dst, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, dst.length);
        if (USE_UNSAFE) {
            UNSAFE.copyMemory(null, address, dst, sun.misc.Unsafe.ARRAY_BYTE_BASE_OFFSET + (long) offset, length);
        } else {
            MemorySegment.copy(SegmentAccess.ALL, ValueLayout.JAVA_BYTE, address, dst, offset, length);
        }
    }

    public static void fill(long address, long bytes, byte value) {
        if (USE_UNSAFE) {
            UNSAFE.setMemory(address, bytes, value);
        } else {
            SegmentAccess.ALL.asSlice(address, bytes).fill(value);
        }
    }

    /** Fills with a repeated 64-bit pattern; {@code bytes} is a multiple of 8. */
    public static void fillWords(long address, long bytes, long pattern) {
        for (long a = address, end = address + bytes; a < end; a += 8) {
            putWord(a, pattern);
        }
    }

    /** A segment view for bulk transfers (Java arrays, C calls). */
    public static MemorySegment segment(long address, long bytes) {
        return SegmentAccess.ALL.asSlice(address, bytes);
    }

    private static sun.misc.Unsafe unsafeIfAllowed() {
        if (!"allow".equals(System.getProperty("sun.misc.unsafe.memory.access"))) {
            return null;
        }
        try {
            Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // sun.misc not visible (an OSGi framework that does not export it): segments.
            return null;
        }
    }

    /** The segment access method: one segment spanning the address space (its bounds check is trivially true). */
    static final class SegmentAccess {
        static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
        // Unaligned layouts: heap words are aligned by construction, and the aligned layouts would
        // check every access (the check showed as a few percent of the interpreter's profile).
        private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED;
        private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
        private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

        private SegmentAccess() {}

        static long getWord(long address) {
            return ALL.get(WORD, address);
        }

        static void putWord(long address, long value) {
            ALL.set(WORD, address, value);
        }

        static int getInt(long address) {
            return ALL.get(INT, address);
        }

        static void putInt(long address, int value) {
            ALL.set(INT, address, value);
        }

        static byte getByte(long address) {
            return ALL.get(BYTE, address);
        }

        static void putByte(long address, byte value) {
            ALL.set(BYTE, address, value);
        }
    }
}
