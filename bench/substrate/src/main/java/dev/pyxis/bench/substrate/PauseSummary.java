package dev.pyxis.bench.substrate;

import java.util.Arrays;

/** Collection pauses of one benchmark row, in nanoseconds; percentiles by nearest rank. */
record PauseSummary(int count, long median, long p99, long max, long total) {

    static PauseSummary of(long[] pauses) {
        long[] sorted = pauses.clone();
        Arrays.sort(sorted);
        return new PauseSummary(sorted.length, rank(sorted, 50), rank(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], Arrays.stream(sorted).sum());
    }

    private static long rank(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
