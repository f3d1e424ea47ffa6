package dev.pyxis.bench.substrate;

import org.openjdk.jmh.annotations.Benchmark;

/**
 * Shape "short-lived": records that die young and nothing else. The live set is the ring of
 * {@value PlanBenchmark#RING} records (tens of KB), so a collection finds almost everything dead.
 */
public class ShortLived extends PlanBenchmark {
    private static final long HEAP = 32L << 20;

    @Override
    protected long heapBytes() {
        return HEAP;
    }

    @Override
    protected void populate() {
        // The ring is the whole live set.
    }

    @Benchmark
    public void shortLived() {
        keepBriefly(records.allocate());
    }
}
