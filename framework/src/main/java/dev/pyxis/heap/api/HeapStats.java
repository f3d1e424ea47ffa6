package dev.pyxis.heap.api;

/**
 * A snapshot of a heap's statistics.
 *
 * @param plan                    the collector plan in use
 * @param capacity                bytes the plan may hold
 * @param used                    bytes in use now (allocation buffers count as used)
 * @param liveAfterLastCollection bytes in use right after the last collection
 * @param allocatedBytes          bytes allocated since the heap was created
 * @param collections             collections run
 * @param totalPauseNanos         time spent in collections
 * @param medianPauseNanos        median pause over the recent pauses
 * @param p99PauseNanos           99th-percentile pause over the recent pauses
 * @param maxPauseNanos           longest pause
 * @param swaps                   collector swaps
 * @param handles                 live entries in the handle table
 */
public record HeapStats(String plan, long capacity, long used, long liveAfterLastCollection, long allocatedBytes,
                        long collections, long totalPauseNanos, long medianPauseNanos, long p99PauseNanos,
                        long maxPauseNanos, long swaps, int handles) {
}
