package dev.pyxis.osgi.probe;

import dev.pyxis.heap.api.HeapStats;

/**
 * What the probe's mutator reports, as one line of {@code key=value} pairs with the error text
 * last: {@code running=true plan=semispace swaps=1 collections=7 rounds=42 verifiedSwaps=1
 * live=1830 error=}. {@code verifiedSwaps} is the swap count at the last full graph check that
 * passed, so {@code verifiedSwaps == swaps} means the graph was checked since the last swap.
 */
record ProbeStatus(boolean running, String plan, long swaps, long collections, long rounds, long verifiedSwaps,
                   int live, String error) {
    static final ProbeStatus STARTING = new ProbeStatus(true, "?", 0, 0, 0, 0, 0, "");

    /** A round ended with a full check that passed. */
    ProbeStatus afterRound(HeapStats stats, int liveNodes) {
        return new ProbeStatus(true, stats.plan(), stats.swaps(), stats.collections(), rounds + 1, stats.swaps(), liveNodes, error);
    }

    ProbeStatus stopped(String failure) {
        return new ProbeStatus(false, plan, swaps, collections, rounds, verifiedSwaps, live, failure);
    }

    @Override
    public String toString() {
        return "running=" + running + " plan=" + plan + " swaps=" + swaps + " collections=" + collections
                + " rounds=" + rounds + " verifiedSwaps=" + verifiedSwaps + " live=" + live + " error=" + error;
    }
}
