package dev.pyxis.gc.policy;

import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Word;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The large-object policy on its own: a sweep frees exactly the unmarked objects, each by its own
 * size, and freed pages come back cleared to later objects.
 */
class LargeObjectSpaceTest {
    private static final long CAPACITY = 8L << 20;
    private final LargeObjectSpace space = new LargeObjectSpace(CAPACITY);

    @AfterEach
    void release() {
        space.release();
    }

    /**
     * Objects of many different sizes, a random half of them dead in each round: the survivors
     * must stay readable to their last byte and the space must count exactly their pages. (A sweep
     * that took a dead object's size from the wrong entry unmapped part of a live neighbour.)
     */
    @Test
    void sweepFreesEachDeadObjectWithItsOwnSize() {
        Random random = new Random(42);
        Map<Long, Long> live = new LinkedHashMap<>();
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < 40; i++) {
                long bytes = VirtualMemory.PAGE * (1 + random.nextInt(12)) - 8 * random.nextInt(4);
                long a = space.allocate(bytes);
                Memory.putWord(a + bytes - 8, a);
                live.put(a, bytes);
            }
            live.entrySet().removeIf(e -> random.nextBoolean());
            live.keySet().forEach(LargeObjectSpace::mark);
            space.sweep(round % 2 == 1);

            long expected = 0;
            for (Map.Entry<Long, Long> e : live.entrySet()) {
                long a = e.getKey(), bytes = e.getValue();
                assertTrue(space.isObject(a));
                assertEquals(a, Memory.getWord(a + bytes - 8), "the last word of a live object");
                expected += LargeObjectSpace.footprint(bytes);
            }
            assertEquals(expected, space.used());
            assertEquals(live.size(), space.count());
        }
    }

    /**
     * Dead objects' pages serve the next allocations (the free list coalesces neighbours, so a
     * bigger object fits where two smaller ones died), and they come back all zero.
     */
    @Test
    void freedPagesAreReusedAndCleared() {
        long a = space.allocate(2 * VirtualMemory.PAGE);
        long b = space.allocate(3 * VirtualMemory.PAGE);
        long keep = space.allocate(VirtualMemory.PAGE);
        Memory.fill(a, 2 * VirtualMemory.PAGE, (byte) 0x5a);
        Memory.fill(b, 3 * VirtualMemory.PAGE, (byte) 0x5a);
        LargeObjectSpace.mark(keep);
        space.sweep(false);
        long c = space.allocate(5 * VirtualMemory.PAGE);
        assertEquals(a, c, "the two adjacent dead objects make one free run");
        for (long off = 0; off < 5 * VirtualMemory.PAGE; off += 8) {
            assertEquals(0, Memory.getWord(c + off), "byte " + off + " of a reused run");
        }
        assertEquals(6 * VirtualMemory.PAGE, space.used());
    }

    /** An object bigger than the region, or than what fragmentation leaves, still gets memory. */
    @Test
    void requestsBeyondTheRegionGetTheirOwnMapping() {
        long big = space.allocate(CAPACITY + VirtualMemory.PAGE);
        Memory.putWord(big + CAPACITY, 7);
        assertTrue(space.isObject(big));
        space.sweep(false);
        assertFalse(space.isObject(big));
        assertEquals(0, space.used());
    }

    @Test
    void markClearsAtSweepSoTheNextCycleStartsUnmarked() {
        long a = space.allocate(3 * VirtualMemory.PAGE);
        assertTrue(LargeObjectSpace.mark(a));
        assertFalse(LargeObjectSpace.mark(a));
        space.sweep(false);
        assertTrue(space.isObject(a));
        space.sweep(false);
        assertFalse(space.isObject(a));
        assertEquals(0, space.used());
    }

    @Test
    void poisonedObjectsReadPoisonUntilTheNextSweep() {
        long a = space.allocate(2 * VirtualMemory.PAGE);
        space.sweep(true);
        assertFalse(space.isObject(a));
        assertEquals(Word.POISON, Memory.getWord(a + VirtualMemory.PAGE));
    }
}
