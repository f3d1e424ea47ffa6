package dev.pyxis.golden;

import dev.pyxis.heap.api.HeapConfig;

/** A configuration the whole corpus runs under: a collector and heap checks. */
enum Mode {
    SEMISPACE("semispace", "semispace", false, false),
    MARKSWEEP("marksweep", "marksweep", false, false),
    SEMISPACE_STRESS("semispace-stress", "semispace", true, false),
    MARKSWEEP_CHECKED("marksweep-checked", "marksweep", false, true);

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

    /** The heap: defaults, plus a collection every {@code stressInterval}-th safepoint in stress mode. */
    HeapConfig heap(int stressInterval) {
        HeapConfig h = HeapConfig.defaults().withChecked(checked);
        return stress ? h.withStress(true, stressInterval) : h;
    }
}
