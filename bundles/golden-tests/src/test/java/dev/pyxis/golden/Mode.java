package dev.pyxis.golden;

import dev.pyxis.heap.api.HeapConfig;

/** A configuration the whole corpus runs under: a collector and heap checks. */
enum Mode {
    SEMISPACE("semispace", "semispace", false, false),
    MARKSWEEP("marksweep", "marksweep", false, false),
    SEMISPACE_STRESS("semispace-stress", "semispace", true, false),
    MARKSWEEP_CHECKED("marksweep-checked", "marksweep", false, true);

    /**
     * Stress mode collects the whole heap every few safepoints: a program takes a few times
     * longer than in the other modes, and gets as many times the timeout.
     */
    private static final int STRESS_TIMEOUT_FACTOR = 4;

    /** The name in test reports and in {@code pending.txt}. */
    final String label;
    final String collector;
    private final boolean stress;
    private final boolean checked;

    Mode(String label, String collector, boolean stress, boolean checked) {
        this.label = label;
        this.collector = collector;
        this.stress = stress;
        this.checked = checked;
    }

    /** The time a program may take in this mode, given the base timeout. */
    long timeoutSeconds(long base) {
        return stress ? base * STRESS_TIMEOUT_FACTOR : base;
    }

    /** The heap: defaults, plus a collection every {@code stressInterval}-th safepoint in stress mode. */
    HeapConfig heap(int stressInterval) {
        HeapConfig h = HeapConfig.defaults().withChecked(checked);
        return stress ? h.withStress(true, stressInterval) : h;
    }
}
