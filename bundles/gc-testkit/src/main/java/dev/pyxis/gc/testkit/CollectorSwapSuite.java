package dev.pyxis.gc.testkit;

import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.OutOfHeapException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Swapping between two plans in a running heap while a mutator builds and rewires a graph.
 * A subclass names the two plans.
 */
public abstract class CollectorSwapSuite {
    protected abstract CollectorProvider first();

    protected abstract CollectorProvider second();

    @Test
    void swapsBackAndForthKeepTheGraph() {
        int swaps = CollectorConformance.LONG ? 400 : 60;
        try (Heap heap = Heap.create(HeapConfig.ofSize(16L << 20).withChecked(true), first())) {
            TestGraph g = new TestGraph(heap, heap.attach(), 99, 48);
            for (int i = 0; i < swaps; i++) {
                g.mutate(2_000, 0.01);
                heap.swap(i % 2 == 0 ? second() : first());
                assertEquals(i % 2 == 0 ? second().name() : first().name(), heap.plan().name());
                g.verify();
                g.mutate(500, 0.01);
                heap.collect(CollectionReason.EXPLICIT);
                g.verify();
            }
            assertEquals(swaps, heap.stats().swaps());
        }
    }

    @Test
    void swapsRequestedFromAnotherThreadHappenAtSafepoints() throws InterruptedException {
        try (Heap heap = Heap.create(HeapConfig.ofSize(16L << 20), first())) {
            TestGraph g = new TestGraph(heap, heap.attach(), 5, 48);
            AtomicBoolean done = new AtomicBoolean();
            AtomicLong swapsSeen = new AtomicLong();
            int wanted = 20;
            // Each request waits for the previous swap to have happened, so the count does not
            // depend on how fast a loaded machine runs the mutator.
            Thread swapper = new Thread(() -> {
                for (int i = 0; i < wanted && !done.get(); i++) {
                    heap.requestSwap(i % 2 == 0 ? second() : first());
                    while (swapsSeen.get() <= i && !done.get()) {
                        Thread.onSpinWait();
                    }
                }
            });
            swapper.start();
            long until = System.nanoTime() + 60_000_000_000L;
            while (swapper.isAlive() && System.nanoTime() < until) {
                g.mutate(1_000, 0.01);
                g.verify();
                swapsSeen.set(heap.stats().swaps());
            }
            done.set(true);
            swapper.join();
            g.mutate(1_000, 0.01);
            g.verify();
            assertEquals(wanted, heap.stats().swaps(), "swaps requested from another thread");
        }
    }

    @Test
    void aSwapThatDoesNotFitLeavesTheOldHeapIntact() {
        try (Heap heap = Heap.create(HeapConfig.ofSize(8L << 20).withChecked(true), first())) {
            Mutator m = heap.attach();
            TestGraph g = new TestGraph(heap, m, 17, 48);
            g.mutate(5_000, 0.0);
            // A chain makes the live data larger than the tiny plan can hold.
            TestGraph chain = new TestGraph(heap, m, 0, 1);
            while (heap.plan().used() <= 4 * HeapConfig.MIN_HEAP) {
                chain.pushChain(0);
            }
            heap.collect(CollectionReason.EXPLICIT);
            long chainLength = chain.chainLength(0);
            TestGraph.Census before = g.verify();
            CollectorProvider tiny = new TinyProvider(second());
            assertThrows(OutOfHeapException.class, () -> heap.swap(tiny));
            assertEquals(first().name(), heap.plan().name());
            assertEquals(before, g.verify());
            assertEquals(chainLength, chain.chainLength(0));
            heap.collect(CollectionReason.EXPLICIT);
            g.mutate(1_000, 0.0);
            g.verify();
            assertEquals(chainLength, chain.chainLength(0));
        }
    }

    /** The same plan in a heap too small for the live data: exercises the abandoned swap. */
    private record TinyProvider(CollectorProvider inner) implements CollectorProvider {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public String description() {
            return "tiny " + inner.description();
        }

        @Override
        public boolean moving() {
            return inner.moving();
        }

        @Override
        public dev.pyxis.gc.spi.CollectorPlan create(dev.pyxis.gc.spi.CollectorBinding binding) {
            HeapConfig small = binding.config().withHeapSize(HeapConfig.MIN_HEAP);
            return inner.create(new dev.pyxis.gc.spi.CollectorBinding() {
                @Override
                public HeapConfig config() {
                    return small;
                }

                @Override
                public void scanRoots(dev.pyxis.heap.api.RootVisitor visitor) {
                    binding.scanRoots(visitor);
                }

                @Override
                public void processWeakReferences(dev.pyxis.heap.api.Liveness liveness) {
                    binding.processWeakReferences(liveness);
                }

                @Override
                public void checkSlot(long word, long slotAddress) {
                    binding.checkSlot(word, slotAddress);
                }

                @Override
                public Iterable<Mutator> mutators() {
                    return binding.mutators();
                }
            });
        }
    }
}
