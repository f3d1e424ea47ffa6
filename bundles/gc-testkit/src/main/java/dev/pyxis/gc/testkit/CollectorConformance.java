package dev.pyxis.gc.testkit;

import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.HandleScope;
import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.heap.api.HeapCorruptionException;
import dev.pyxis.heap.api.HeapStats;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.OutOfHeapException;
import dev.pyxis.heap.api.Word;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conformance suite for collector plans. A plan's test is a subclass that names its
 * provider; every plan must pass all of it, in every {@link Mode}:
 *
 * <pre>{@code
 * class SemiSpaceConformanceTest extends CollectorConformance {
 *     protected CollectorProvider provider() { return new SemiSpaceProvider(); }
 * }
 * }</pre>
 *
 * Sizes grow with {@code -Dpyxis.long=true} (the long suite).
 */
public abstract class CollectorConformance {
    /** Long runs: ten times the work. */
    protected static final boolean LONG = Boolean.getBoolean("pyxis.long");

    /** How a heap is configured for a test. */
    public enum Mode {
        /** Production settings. */
        NORMAL,
        /** Every address validated. */
        CHECKED,
        /** A collection at every safepoint and allocation slow path, freed memory poisoned, checked. */
        STRESS
    }

    private final List<Heap> heaps = new ArrayList<>();

    /** The plan under test. */
    protected abstract CollectorProvider provider();

    protected HeapConfig config(Mode mode, long heapSize) {
        HeapConfig c = HeapConfig.ofSize(heapSize);
        return switch (mode) {
            case NORMAL -> c;
            case CHECKED -> c.withChecked(true);
            case STRESS -> c.withChecked(true).withStress(true, 1);
        };
    }

    protected Heap newHeap(HeapConfig config) {
        Heap heap = Heap.create(config, provider());
        heaps.add(heap);
        return heap;
    }

    @AfterEach
    void closeHeaps() {
        heaps.forEach(Heap::close);
        heaps.clear();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void randomGraphsSurviveEveryCollection(Mode mode) {
        Heap heap = newHeap(config(mode, 8L << 20));
        TestGraph g = new TestGraph(heap, heap.attach(), 42, 64);
        int rounds = mode == Mode.STRESS ? 20 : (LONG ? 400 : 60);
        int steps = mode == Mode.STRESS ? 150 : 2_000;
        for (int round = 0; round < rounds; round++) {
            g.mutate(steps, 0.01);
            heap.collect(CollectionReason.EXPLICIT);
            TestGraph.Census census = g.verify();
            // Right after a collection the spaces hold exactly the live objects, and parse.
            long[] count = new long[1];
            heap.plan().forEachObject(a -> count[0]++);
            assertEquals(census.objects(), count[0], "objects in the spaces after a collection");
        }
        assertTrue(heap.stats().collections() >= rounds);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void collectionsTriggeredByAllocationKeepTheGraph(Mode mode) {
        // A small heap: allocation itself runs out and collects, many times, mid-mutation.
        Heap heap = newHeap(config(mode, 2L << 20));
        TestGraph g = new TestGraph(heap, heap.attach(), 7, 16);
        int rounds = mode == Mode.STRESS ? 10 : 100;
        for (int round = 0; round < rounds; round++) {
            g.mutate(mode == Mode.STRESS ? 100 : 3_000, 0.0);
            g.verify();
        }
        assertTrue(heap.stats().collections() > 0, "the small heap never filled up");
    }

    @Test
    void unreachableMemoryIsReclaimed() {
        long heapSize = 16L << 20;
        Heap heap = newHeap(config(Mode.NORMAL, heapSize));
        TestGraph g = new TestGraph(heap, heap.attach(), 3, 32);
        // Allocate many times the heap size; only what the 32 roots hold stays live.
        long allocatedGoal = heapSize * 8;
        while (heap.stats().allocatedBytes() < allocatedGoal) {
            g.mutate(1_000, 0.002);
        }
        heap.collect(CollectionReason.EXPLICIT);
        TestGraph.Census live = g.verify();
        long used = heap.stats().used();
        assertTrue(used <= live.bytes() + (1L << 20),
                "after collection " + used + " bytes are in use for " + live.bytes() + " live bytes");
        for (int r = 0; r < 32; r++) {
            g.clearRoot(r);
        }
        heap.collect(CollectionReason.EXPLICIT);
        assertTrue(heap.stats().used() <= 64 * 1024, "an empty root set leaves " + heap.stats().used() + " bytes in use");
    }

    @Test
    void deepChainsNeedNoJavaStack() {
        int length = LONG ? 10_000_000 : 2_000_000;
        Heap heap = newHeap(config(Mode.NORMAL, (long) length * 48 * 3));
        TestGraph g = new TestGraph(heap, heap.attach(), 1, 2);
        for (int i = 0; i < length; i++) {
            g.pushChain(0);
        }
        heap.collect(CollectionReason.EXPLICIT);
        heap.collect(CollectionReason.EXPLICIT);
        assertEquals(length, g.chainLength(0));
        assertTrue(heap.stats().used() >= (long) length * 48);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void largeObjectsSurviveAndDie(Mode mode) {
        Heap heap = newHeap(config(mode, 32L << 20));
        TestGraph g = new TestGraph(heap, heap.attach(), 11, 32);
        int rounds = mode == Mode.STRESS ? 5 : 30;
        for (int round = 0; round < rounds; round++) {
            g.mutate(mode == Mode.STRESS ? 100 : 1_000, 0.2);
            heap.collect(CollectionReason.EXPLICIT);
            g.verify();
        }
        for (int r = 0; r < 32; r++) {
            g.clearRoot(r);
        }
        heap.collect(CollectionReason.EXPLICIT);
        assertTrue(heap.stats().used() <= 64 * 1024, "large objects not freed: " + heap.stats().used() + " bytes in use");
    }

    @Test
    void aSingleObjectLargerThanHalfTheHeapWorks() {
        Heap heap = newHeap(config(Mode.CHECKED, 8L << 20));
        Mutator m = heap.attach();
        long blob = m.allocateArray(TestGraph.BLOB, 5L << 20);
        int h = m.roots().push(blob);
        Memory.putByte(blob + TestGraph.BLOB.baseSize() + (5L << 20) - 1, (byte) 99);
        heap.collect(CollectionReason.EXPLICIT);
        long after = m.roots().get(h);
        assertEquals(99, heap.readByte(after, TestGraph.BLOB.baseSize() + (5L << 20) - 1));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void rootsScopesGlobalsAndProvidersFollowMovedObjects(Mode mode) {
        Heap heap = newHeap(config(mode, 4L << 20));
        Mutator m = heap.attach();
        long[] extra = new long[1];
        heap.addRootProvider(v -> v.visit(extra, 0, 1));
        long a = newNode(heap, m, 1);
        int global = heap.globals().register(a);
        try (HandleScope scope = m.roots().openScope()) {
            int h = scope.hold(newNode(heap, m, 2));
            extra[0] = newNode(heap, m, 3);
            long before = scope.get(h);
            // Garbage in front, so that survivors of a moving plan really move.
            for (int i = 0; i < 10_000; i++) {
                newNode(heap, m, 100 + i);
            }
            heap.collect(CollectionReason.EXPLICIT);
            assertEquals(2, idOf(heap, scope.get(h)));
            assertEquals(1, idOf(heap, heap.globals().get(global)));
            assertEquals(3, idOf(heap, extra[0]));
            if (provider().moving()) {
                assertNotEquals(before, scope.get(h), "a moving plan did not move a survivor");
            } else {
                assertEquals(before, scope.get(h), "a non-moving plan moved an object");
            }
        }
        assertEquals(0, m.roots().top(), "closing the scope did not pop its handles");
        heap.globals().release(global);
        heap.collect(CollectionReason.EXPLICIT);
        assertEquals(3, idOf(heap, extra[0]));
        assertEquals(1, heap.verify());
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"NORMAL", "CHECKED"})
    void exhaustionIsACleanSignalAndTheHeapRecovers(Mode mode) {
        Heap heap = newHeap(config(mode, 1L << 20));
        Mutator m = heap.attach();
        int base = m.roots().top();
        OutOfHeapException e = assertThrows(OutOfHeapException.class, () -> {
            for (int i = 0; ; i++) {
                m.roots().push(newNode(heap, m, i));
            }
        });
        assertTrue(e.requested() > 0);
        long kept = m.roots().top() - base;
        assertTrue(kept > 1_000, "only " + kept + " objects fit in 1 MB");
        assertEquals(kept, heap.verify(), "the heap is inconsistent after running out");
        for (int i = base; i < m.roots().top(); i++) {
            assertEquals(i - base, idOf(heap, m.roots().get(i)));
        }
        m.roots().truncate(base);
        heap.collect(CollectionReason.EXPLICIT);
        // Usable again: as much fits as before.
        for (int i = 0; i < kept; i++) {
            m.roots().push(newNode(heap, m, i));
        }
        assertThrows(OutOfHeapException.class, () -> m.allocateArray(TestGraph.BLOB, 2L << 20));
        assertThrows(OutOfHeapException.class, () -> m.allocateArray(TestGraph.ARRAY, Long.MAX_VALUE / 16));
        assertEquals(kept, heap.verify());
    }

    @Test
    void handlesOfDeadOwnersAreFreed() {
        Heap heap = newHeap(config(Mode.CHECKED, 4L << 20));
        Mutator m = heap.attach();
        Object javaObject = new Object();
        WeakReference<Object> weak = new WeakReference<>(javaObject);
        long owner = newNode(heap, m, 1);
        heap.writeRawWord(owner, TestGraph.CHECK, heap.handles().add(javaObject, owner));
        javaObject = null;
        int h = m.roots().push(owner);
        long keeper = newNode(heap, m, 2);
        heap.writeRawWord(keeper, TestGraph.CHECK, heap.handles().add("kept", keeper));
        int k = m.roots().push(keeper);
        heap.collect(CollectionReason.EXPLICIT);
        assertEquals(2, heap.handles().size());
        assertEquals("kept", heap.handles().get(heap.readWord(m.roots().get(k), TestGraph.CHECK)));
        m.roots().set(h, 0);
        heap.collect(CollectionReason.EXPLICIT);
        assertEquals(1, heap.handles().size());
        assertEquals("kept", heap.handles().get(heap.readWord(m.roots().get(k), TestGraph.CHECK)));
        for (int i = 0; i < 10 && weak.get() != null; i++) {
            System.gc();
        }
        assertEquals(null, weak.get(), "the handle table still holds the dead owner's Java object");
    }

    @Test
    void stressModePoisonsFreedMemory() {
        Heap heap = newHeap(config(Mode.STRESS, 4L << 20));
        Mutator m = heap.attach();
        int keep = m.roots().push(newNode(heap, m, 2));
        // Allocated last: the stress collection its own allocation runs happens before it exists.
        long dead = newNode(heap, m, 1);
        heap.writeWord(dead, 24, Word.fromSmallInt(5));
        heap.collect(CollectionReason.EXPLICIT);
        // The rooting bug this mode exists to find: an address kept in a Java local across a safepoint.
        assertEquals(Word.POISON, Memory.getWord(dead + 24), "freed memory was not poisoned");
        assertThrows(HeapCorruptionException.class, () -> heap.readWord(dead, 24));
        assertEquals(2, idOf(heap, m.roots().get(keep)));
    }

    @Test
    void checkedModeTurnsWildAddressesIntoExceptions() {
        Heap heap = newHeap(config(Mode.CHECKED, 4L << 20));
        Mutator m = heap.attach();
        long a = newNode(heap, m, 1);
        m.roots().push(a);
        assertThrows(HeapCorruptionException.class, () -> heap.readWord(a, 48), "read past the object's end");
        assertThrows(HeapCorruptionException.class, () -> heap.readWord(0x10, 8), "read from a wild address");
        assertThrows(HeapCorruptionException.class, () -> heap.writeWord(a, 16, 0x1234_5678_0000L), "store of a wild reference");
        assertThrows(HeapCorruptionException.class, () -> heap.writeWord(a, 16, Word.POISON), "store of a non-value word");
        // A corrupt slot written behind the heap's back is found by the collector, not followed.
        Memory.putWord(a + 16, 0x7000_0000_0000L);
        assertThrows(HeapCorruptionException.class, () -> heap.collect(CollectionReason.EXPLICIT));
    }

    @Test
    void statisticsCountCollectionsPausesAndAllocation() {
        Heap heap = newHeap(config(Mode.NORMAL, 4L << 20));
        Mutator m = heap.attach();
        for (int i = 0; i < 1_000; i++) {
            newNode(heap, m, i);
        }
        heap.collect(CollectionReason.EXPLICIT);
        heap.collect(CollectionReason.EXPLICIT);
        HeapStats s = heap.stats();
        assertEquals(provider().name(), s.plan());
        assertEquals(2, s.collections());
        assertTrue(s.allocatedBytes() >= 48_000, "allocated " + s.allocatedBytes());
        assertTrue(s.maxPauseNanos() > 0 && s.totalPauseNanos() >= s.maxPauseNanos());
        assertTrue(s.medianPauseNanos() <= s.p99PauseNanos() && s.p99PauseNanos() <= s.maxPauseNanos());
        assertEquals(2, heap.recentPauses().length);
    }

    @Test
    void aCollectionRequestedFromAnotherThreadRunsAtTheNextSafepoint() throws InterruptedException {
        Heap heap = newHeap(config(Mode.CHECKED, 4L << 20));
        Mutator m = heap.attach();
        m.roots().push(newNode(heap, m, 1));
        Thread t = new Thread(heap::requestCollection);
        t.start();
        t.join();
        assertEquals(0, heap.stats().collections());
        m.safepoint();
        assertEquals(1, heap.stats().collections());
        m.safepoint();
        assertEquals(1, heap.stats().collections(), "the request ran twice");
    }

    // ------------------------------------------------------------------ helpers

    protected static long newNode(Heap heap, Mutator m, long id) {
        long a = m.allocate(TestGraph.NODE);
        heap.writeWord(a, TestGraph.ID, Word.fromSmallInt(id));
        return a;
    }

    protected static long idOf(Heap heap, long address) {
        return Word.toSmallInt(heap.readWord(address, TestGraph.ID));
    }
}
