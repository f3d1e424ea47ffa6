package dev.pyxis.gc.policy;

import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.OutOfHeapException;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Spaces come from the operating system, not from the Java heap: anonymous private mappings
 * (Linux; the same constants hold on x86-64 and AArch64). Pages are zero when first touched
 * and are given back, zeroed, by {@link #discard}, so a space costs resident memory only for
 * what it holds.
 */
public final class VirtualMemory {
    public static final long PAGE = 4096;
    private static final int PROT_READ_WRITE = 0x1 | 0x2;
    private static final int MAP_PRIVATE_ANONYMOUS_NORESERVE = 0x02 | 0x20 | 0x4000;
    private static final int MADV_DONTNEED = 4;

    // One holder class per function: linking a downcall generates classes, which costs start-up
    // time, and a short program never unmaps or discards.
    private static final class Mmap {
        static final MethodHandle HANDLE = link("mmap", FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
    }

    private static final class Munmap {
        static final MethodHandle HANDLE = link("munmap",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG));
    }

    private static final class Madvise {
        static final MethodHandle HANDLE = link("madvise",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    }

    private static MethodHandle link(String name, FunctionDescriptor descriptor) {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(linker.defaultLookup().find(name).orElseThrow(), descriptor);
    }

    private VirtualMemory() {}

    public static long roundToPages(long bytes) {
        return (bytes + PAGE - 1) & ~(PAGE - 1);
    }

    /** Maps {@code bytes} (rounded up to pages) of zeroed memory; throws OutOfHeapException if refused. */
    public static long map(long bytes) {
        long size = roundToPages(bytes);
        long address;
        try {
            address = (long) Mmap.HANDLE.invokeExact(0L, size, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS_NORESERVE, -1, 0L);
        } catch (Throwable t) {
            throw new IllegalStateException("mmap failed", t);
        }
        if (address == -1L || address == 0L) {
            throw new OutOfHeapException(size, "the operating system refused " + size + " bytes of address space");
        }
        return address;
    }

    /** Unmaps memory from {@link #map}; {@code bytes} as passed to it. */
    public static void unmap(long address, long bytes) {
        try {
            int rc = (int) Munmap.HANDLE.invokeExact(address, roundToPages(bytes));
            if (rc != 0) {
                throw new IllegalStateException("munmap failed for 0x" + Long.toHexString(address));
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("munmap failed", t);
        }
    }

    /**
     * Gives the whole pages inside {@code [address, address + bytes)} back to the system; they
     * read as zero afterwards. Partial pages at either end are zeroed by hand.
     */
    public static void discard(long address, long bytes) {
        long end = address + bytes;
        long first = roundToPages(address);
        long last = end & ~(PAGE - 1);
        if (first >= last) {
            Memory.fill(address, bytes, (byte) 0);
            return;
        }
        if (first > address) {
            Memory.fill(address, first - address, (byte) 0);
        }
        if (end > last) {
            Memory.fill(last, end - last, (byte) 0);
        }
        try {
            int rc = (int) Madvise.HANDLE.invokeExact(first, last - first, MADV_DONTNEED);
            if (rc != 0) {
                Memory.fill(first, last - first, (byte) 0);
            }
        } catch (Throwable t) {
            throw new IllegalStateException("madvise failed", t);
        }
    }

    /** A segment over mapped memory, for callers that want one. */
    public static MemorySegment segment(long address, long bytes) {
        return Memory.segment(address, bytes);
    }
}
