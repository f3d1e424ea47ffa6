package dev.pyxis.gc.spi;

import dev.pyxis.registry.api.Component;

/** The service of the collector slot: makes a plan for one heap. */
public interface CollectorProvider extends Component {
    /**
     * Creates a plan bound to a heap. The plan reserves its spaces here, within
     * {@code binding.config().heapSize()}, and throws {@link dev.pyxis.heap.api.OutOfHeapException}
     * if the memory cannot be had. The plan is used by one heap only.
     */
    CollectorPlan create(CollectorBinding binding);

    /** Whether this plan moves objects (tests of the rooting rule need a moving plan). */
    boolean moving();
}
