package dev.pyxis.bench.substrate;

import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.HeapStats;
import dev.pyxis.heap.api.Mutator;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * A heap shape run under one collector plan. Every iteration gets a fresh heap with the shape's
 * live set built before timing starts, so that nogc, which never frees, fits in its reservation,
 * and every plan starts from the same state. Each benchmark call allocates one record, so the
 * score is objects per second.
 *
 * <p>Records that die young go to a ring of {@value #RING} roots, overwriting the oldest: the
 * young live set is tens of KB in every shape.
 *
 * <p>After a measurement iteration the pauses it saw go to a {@link SampleFile}; warm-up
 * iterations and the building of the live set are left out.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(Records.OBJECTS)
@Threads(1)
public abstract class PlanBenchmark {
    static final int RING = 256;

    /** Overridden by the launcher with every plan it discovers. */
    @Param("semispace")
    public String plan;

    protected Heap heap;
    protected Mutator mutator;
    protected Records records;

    private int ring;
    private int ringNext;
    private long liveBytes;
    private long pausesBefore;
    private long startNanos;

    /** Heap size for collecting plans. */
    protected abstract long heapBytes();

    /** Builds the long-lived part of the live set, rooted in {@link #mutator}. */
    protected abstract void populate();

    /** Roots a record until {@value #RING} more records have come this way. */
    protected final void keepBriefly(long record) {
        mutator.roots().set(ring + ringNext, record);
        ringNext = (ringNext + 1) & (RING - 1);
    }

    @Setup(Level.Iteration)
    public void openHeap() {
        heap = PlanHeaps.open(plan, heapBytes());
        mutator = heap.attach();
        records = new Records(heap, mutator);
        ring = mutator.roots().reserve(RING);
        ringNext = 0;
        populate();
        for (int i = 0; i < RING; i++) {
            keepBriefly(records.allocate());
        }
        HeapStats stats = heap.stats();
        liveBytes = stats.used();
        pausesBefore = stats.collections() + stats.swaps();
        startNanos = System.nanoTime();
    }

    @TearDown(Level.Iteration)
    public void closeHeap(BenchmarkParams benchmark, IterationParams iteration) throws IOException {
        long elapsed = System.nanoTime() - startNanos;
        try {
            if (iteration.getType() == IterationType.MEASUREMENT) {
                SampleFile.append(benchmark, liveBytes, elapsed, pausesSinceSetup());
            }
        } finally {
            mutator.close();
            heap.close();
        }
    }

    private long[] pausesSinceSetup() {
        HeapStats stats = heap.stats();
        long count = stats.collections() + stats.swaps() - pausesBefore;
        long[] recent = heap.recentPauses();
        if (count > recent.length) {
            throw new IllegalStateException(count + " pauses in one iteration overflow the heap's record of "
                    + recent.length + "; shorten the iterations");
        }
        return Arrays.copyOfRange(recent, recent.length - (int) count, recent.length);
    }
}
