package dev.pyxis.gc.marksweep;

import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.gc.testkit.TestGraph;
import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.heap.api.HeapCorruptionException;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Mutator;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** What only a non-moving plan can check, beyond the conformance suite. */
class MarkSweepPlanTest {
    @Test
    void aReferenceToFreedMemoryIsCaughtByTheCollector() {
        try (Heap heap = Heap.create(HeapConfig.ofSize(4L << 20).withChecked(true), new MarkSweepProvider())) {
            Mutator m = heap.attach();
            int holder = m.roots().push(m.allocate(TestGraph.NODE));
            long dead = m.allocate(TestGraph.NODE);
            heap.collect(CollectionReason.EXPLICIT);
            // The rooting bug, stored past the heap's own checks (as compiled code or C would):
            // the slot now points at a hole, whose filler header is a valid layout.
            Memory.putWord(m.roots().get(holder) + 16, dead);
            assertThrows(HeapCorruptionException.class, () -> heap.collect(CollectionReason.EXPLICIT));
        }
    }
}
