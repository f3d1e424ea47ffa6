package dev.pyxis.framework.internal;

import java.util.Arrays;

/** Pause times: totals over the heap's life, and the most recent ones for percentiles. */
public final class PauseRecorder {
    private static final int RECENT = 1 << 16;
    private final long[] ring = new long[RECENT];
    private long count;
    private long total;
    private long max;
    /** The recent pauses sorted, kept until the next record: statistics are read often. */
    private long[] sorted;

    public void record(long nanos) {
        ring[(int) (count % RECENT)] = nanos;
        count++;
        total += nanos;
        max = Math.max(max, nanos);
        sorted = null;
    }

    public long count() {
        return count;
    }

    public long total() {
        return total;
    }

    public long max() {
        return max;
    }

    /** The recent pauses, oldest first. */
    public long[] recent() {
        int n = (int) Math.min(count, RECENT);
        long[] out = new long[n];
        long first = count - n;
        for (int i = 0; i < n; i++) {
            out[i] = ring[(int) ((first + i) % RECENT)];
        }
        return out;
    }

    /** The {@code p}-th percentile (nearest rank) of the recent pauses; 0 when there are none. */
    public long percentile(double p) {
        if (sorted == null) {
            sorted = recent();
            Arrays.sort(sorted);
        }
        long[] r = sorted;
        if (r.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * r.length);
        return r[Math.max(0, Math.min(r.length - 1, rank - 1))];
    }
}
