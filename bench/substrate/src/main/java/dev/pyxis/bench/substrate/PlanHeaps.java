package dev.pyxis.bench.substrate;

import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.registry.api.Component;
import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Slot;

import java.util.List;

/** Finds the collector plans on the class path and opens heaps for them. */
final class PlanHeaps {
    /** The framework's baseline plan, which never frees anything. */
    static final String NO_GC = "nogc";
    /**
     * The heap nogc gets instead of the shape's size: address space only (pages become resident
     * as they are touched), enough for the allocation of one iteration, after which the heap is
     * closed. Raise it with -Dpyxis.bench.nogcHeap=... if an iteration runs out.
     */
    private static final long NO_GC_HEAP = HeapConfig.parseSize(System.getProperty("pyxis.bench.nogcHeap", "64g"));

    private static final ComponentRegistry REGISTRY = ComponentRegistry.discover(PlanHeaps.class.getClassLoader());

    private PlanHeaps() {}

    /** The names of the collector plans ServiceLoader finds, sorted. */
    static List<String> discovered() {
        return REGISTRY.available(Slot.COLLECTOR).stream().map(Component::name).toList();
    }

    /** A heap of {@code bytes} (nogc: its own reservation) run by {@code plan}. */
    static Heap open(String plan, long bytes) {
        CollectorProvider provider = REGISTRY.require(Slot.COLLECTOR, plan, CollectorProvider.class);
        long size = plan.equals(NO_GC) ? NO_GC_HEAP : bytes;
        return Heap.create(HeapConfig.defaults().withHeapSize(size), provider);
    }
}
