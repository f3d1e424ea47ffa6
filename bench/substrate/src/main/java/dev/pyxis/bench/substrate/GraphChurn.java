package dev.pyxis.bench.substrate;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Shape "graph-churn": a long-lived graph of about {@link #liveMb} MiB (a spine, one large
 * reference array, holding records) that stays for the whole iteration, while the mutator keeps
 * allocating. One new record in {@value #GRAPH_SHARE} replaces a random record of the graph,
 * whose old record dies; the others die young, as in {@link ShortLived}. So a
 * collection meets a large live set of which a part is always new, and old objects die too.
 *
 * <p>The heap is {@value #HEAP_PER_LIVE} times the live size: a copying plan then has as much
 * free room per cycle as it has to copy.
 */
public class GraphChurn extends PlanBenchmark {
    static final int GRAPH_SHARE = 8;
    static final int HEAP_PER_LIVE = 4;

    @Param({"16", "64"})
    public int liveMb;

    private int spine;
    private int graphRecords;
    private long ops;
    private long random;

    @Override
    protected long heapBytes() {
        return HEAP_PER_LIVE * ((long) liveMb << 20);
    }

    @Override
    protected void populate() {
        // Each record also costs its spine slot.
        graphRecords = (int) (((long) liveMb << 20) / (Records.averageObjectBytes() * Records.OBJECTS + 8));
        spine = mutator.roots().push(mutator.allocateArray(Records.ARRAY, graphRecords));
        for (int i = 0; i < graphRecords; i++) {
            store(i, records.allocate());
        }
        ops = 0;
        random = 0x9E37_79B9_7F4A_7C15L;
    }

    @Benchmark
    public void graphChurn() {
        long record = records.allocate();
        long n = ops++;
        if (n % GRAPH_SHARE == 0) {
            store(nextIndex(), record);
        } else {
            keepBriefly(record);
        }
    }

    private void store(int index, long record) {
        heap.writeWord(mutator.roots().get(spine), Records.ARRAY.baseSize() + 8L * index, record);
    }

    /** A uniform index into the spine: xorshift, then a multiply-shift into range. */
    private int nextIndex() {
        long x = random;
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        random = x;
        return (int) (((x >>> 32) * graphRecords) >>> 32);
    }
}
