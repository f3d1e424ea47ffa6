package dev.pyxis.heap.api;

import java.util.Locale;

/**
 * Settings of one heap. Plans read what applies to them (a semispace plan splits
 * {@code heapSize} in two halves; a generational plan also uses {@code nurserySize}).
 *
 * @param heapSize              bytes the heap may hold in all its spaces together
 * @param nurserySize           bytes of a young generation, for plans that have one
 * @param largeObjectThreshold  objects of at least this many bytes go to a large-object space
 * @param tlabSize              bytes handed to a mutator for bump allocation at a time
 * @param checked               validate every address against the spaces before use
 * @param stress                collect at every {@code stressInterval}-th safepoint and
 *                              allocation, and poison freed memory
 * @param stressInterval        see {@code stress}; 1 means every one. The interval is
 *                              multiplied by the live heap in MiB (at least 1), so that a
 *                              stress collection costs about the same per safepoint whatever
 *                              the heap holds: a program with a large live heap still runs
 *                              in stress mode, with fewer but as thorough collections
 */
public record HeapConfig(long heapSize, long nurserySize, long largeObjectThreshold, long tlabSize,
                         boolean checked, boolean stress, int stressInterval) {

    public static final long MIN_HEAP = 64 * 1024;

    public HeapConfig {
        if (heapSize < MIN_HEAP) {
            throw new IllegalArgumentException("heap size " + heapSize + " is below the minimum of " + MIN_HEAP + " bytes");
        }
        if (nurserySize < 0 || nurserySize > heapSize / 2) {
            throw new IllegalArgumentException("nursery size " + nurserySize + " must be between 0 and half the heap");
        }
        if (largeObjectThreshold < 256) {
            throw new IllegalArgumentException("large-object threshold " + largeObjectThreshold + " is below 256 bytes");
        }
        if (tlabSize < 256 || (tlabSize & 7) != 0) {
            throw new IllegalArgumentException("TLAB size " + tlabSize + " must be a multiple of 8 of at least 256");
        }
        if (tlabSize > largeObjectThreshold) {
            throw new IllegalArgumentException("TLAB size " + tlabSize + " exceeds the large-object threshold " + largeObjectThreshold);
        }
        if (stressInterval < 1) {
            throw new IllegalArgumentException("stress interval must be at least 1");
        }
    }

    public static HeapConfig defaults() {
        return new HeapConfig(256L << 20, 4L << 20, 32L << 10, 32L << 10, false, false, 1);
    }

    public static HeapConfig ofSize(long heapSize) {
        return defaults().withHeapSize(heapSize);
    }

    public HeapConfig withHeapSize(long bytes) {
        return new HeapConfig(bytes, Math.min(nurserySize, bytes / 2), largeObjectThreshold, tlabSize, checked, stress, stressInterval);
    }

    public HeapConfig withNurserySize(long bytes) {
        return new HeapConfig(heapSize, bytes, largeObjectThreshold, tlabSize, checked, stress, stressInterval);
    }

    public HeapConfig withLargeObjectThreshold(long bytes) {
        return new HeapConfig(heapSize, nurserySize, bytes, tlabSize, checked, stress, stressInterval);
    }

    public HeapConfig withTlabSize(long bytes) {
        return new HeapConfig(heapSize, nurserySize, largeObjectThreshold, bytes, checked, stress, stressInterval);
    }

    public HeapConfig withChecked(boolean on) {
        return new HeapConfig(heapSize, nurserySize, largeObjectThreshold, tlabSize, on, stress, stressInterval);
    }

    public HeapConfig withStress(boolean on, int interval) {
        return new HeapConfig(heapSize, nurserySize, largeObjectThreshold, tlabSize, checked, on, interval);
    }

    /**
     * Parses a byte size: a whole number with an optional suffix k, m or g (powers of 1024).
     *
     * @throws IllegalArgumentException with a message that shows the accepted form
     */
    public static long parseSize(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                default -> unit = 1;
            }
            if (unit != 1) {
                t = t.substring(0, t.length() - 1);
            }
        }
        try {
            long n = Long.parseLong(t);
            if (n < 0 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a size; expected a number of bytes with an optional k, m or g suffix, e.g. 64m");
        }
    }
}
