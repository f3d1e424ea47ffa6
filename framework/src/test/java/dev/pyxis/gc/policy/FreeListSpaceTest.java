package dev.pyxis.gc.policy;

import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Word;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The free-list policy on its own: what the collector suite only sees through its effects. */
class FreeListSpaceTest {
    /** A header, a length word, then that many bytes: any size from 16 up. */
    private static final Layout BYTES = Layout.rawArray("test.FreeListBytes", 16, 8, 1);

    private final FreeListSpace space = new FreeListSpace("test", 4L << 20);
    private final Set<Long> live = new HashSet<>();

    @AfterEach
    void release() {
        space.release();
    }

    @Test
    void adjacentDeadObjectsBecomeOneHole() {
        keep(object(64));
        long b = object(128);
        object(256);
        keep(object(64));
        long top = space.top();
        sweep(false);
        assertEquals(384, space.free());
        assertEquals(128, space.used());
        assertEquals(b, space.allocate(384), "the merged hole was not reused whole");
        assertEquals(top, space.top());
    }

    @Test
    void newlyDeadObjectsMergeWithOlderHoles() {
        keep(object(64));
        long b = object(96);
        long c = keep(object(160));
        keep(object(64));
        sweep(false);
        live.remove(c);
        sweep(false);
        assertEquals(256, space.free());
        assertEquals(b, space.allocate(256));
    }

    @Test
    void reusedHolesAreZeroed() {
        for (long bytes : new long[] {200, 1L << 19}) {
            long a = object(bytes);
            keep(object(16));
            Memory.fill(a + 16, bytes - 16, (byte) 0x5A);
            sweep(false);
            assertEquals(a, space.allocate(bytes));
            assertEquals(-1, Memory.segment(a, bytes).mismatch(MemorySegment.ofArray(new byte[(int) bytes])),
                    bytes + "-byte hole handed out dirty");
            keep(format(a, bytes));
        }
    }

    @Test
    void theRestOfASplitHoleStaysParseableAndReusable() {
        long a = object(1024);
        keep(object(16));
        sweep(false);
        keep(format(space.allocate(24), 24));
        assertEquals(1000, space.free());
        List<Long> objects = new ArrayList<>();
        space.forEachObject(objects::add);
        assertEquals(List.of(a, a + 1024), objects, "the walk did not skip the rest of the hole");
        assertEquals(a + 24, space.allocate(1000));
    }

    @Test
    void aTooSmallHoleInTheRequestsBinIsNotHandedOut() {
        // 520 and 600 bytes share a bin; the 520-byte hole cannot take a 600-byte object.
        object(520);
        keep(object(16));
        sweep(false);
        long top = space.top();
        assertEquals(top, space.allocate(600));
        assertEquals(520, space.free());
    }

    @Test
    void aBufferTakesAHoleThatHoldsItThenTheBiggestHoleThenFreshMemory() {
        long small = hole(64);
        long medium = hole(1024);
        long big = hole(4096);
        sweep(false);
        assertEquals(big, space.allocateBlock(48, 2048));
        assertEquals(big + 2048, space.lastBlockEnd());
        assertEquals(big + 2048, space.allocateBlock(48, 2048), "the rest of the split hole holds a whole buffer");
        assertEquals(medium, space.allocateBlock(48, 2048));
        assertEquals(medium + 1024, space.lastBlockEnd());
        assertEquals(small, space.allocateBlock(48, 2048));
        assertEquals(small + 64, space.lastBlockEnd());
        long top = space.top();
        assertEquals(top, space.allocateBlock(48, 2048));
        assertEquals(top + 2048, space.lastBlockEnd());
        assertEquals(0, space.free());
    }

    @Test
    void fragmentationWorstCase() {
        // Every other object dies: half the memory is free, but no hole holds two objects.
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            long a = object(32);
            if (i % 2 == 0) {
                keep(a);
            }
        }
        sweep(false);
        assertEquals(n / 2 * 32L, space.free());
        long top = space.top();
        assertEquals(top, space.allocate(64), "a 64-byte object in a 32-byte hole");
        top = space.top();
        for (int i = 0; i < n / 2; i++) {
            long a = space.allocate(32);
            assertTrue(a < top && (a - space.start()) % 64 == 32, "hole " + i + " not reused: 0x" + Long.toHexString(a));
        }
        assertEquals(0, space.free());
        assertEquals(top, space.top());
        assertEquals(top, space.allocate(32));
    }

    @Test
    void givingBackAtTheTopLowersItElsewhereMakesAHole() {
        long block = keep(format(space.allocateBlock(32, 4096), 32));
        space.giveBack(block + 32, space.lastBlockEnd());
        assertEquals(block + 32, space.top());
        assertEquals(32, space.used());
        long second = keep(format(space.allocateBlock(32, 4096), 32));
        long end = space.lastBlockEnd();
        keep(object(32));
        space.giveBack(second + 32, end);
        assertEquals(4096 - 32, space.free());
        assertEquals(second + 32, space.allocate(4096 - 32), "the given-back rest was not reused");
    }

    @Test
    void theRestOfABufferRejoinsTheHoleItWasCarvedFrom() {
        // Buffers cut from a big hole must not leave a sliver behind each one.
        long h = hole(4096);
        sweep(false);
        for (int i = 0; i < 3; i++) {
            long block = space.allocateBlock(48, 1024);
            assertEquals(h + 1000L * i, block);
            keep(format(block, 1000));
            space.giveBack(block + 1000, space.lastBlockEnd());
        }
        assertEquals(4096 - 3000, space.free());
        assertEquals(h + 3000, space.allocate(4096 - 3000), "the hole came back in pieces");
        assertEquals(0, space.free());
    }

    @Test
    void poisonedHolesWaitOneSweepBeforeReuse() {
        long a = object(48);
        Memory.putWord(a + 24, Word.fromSmallInt(5));
        keep(object(16));
        sweep(true);
        assertEquals(Word.POISON, Memory.getWord(a + 24));
        long top = space.top();
        assertEquals(top, space.allocate(48), "memory freed by the last sweep was reused at once");
        format(top, 48);
        live.add(top);
        sweep(true);
        assertEquals(Word.POISON, Memory.getWord(a + 24));
        assertEquals(a, space.allocate(48));
        assertEquals(0, Memory.getWord(a + 24));
    }

    @Test
    void randomAllocationAndDeathKeepsBlocksDisjointAndAccountsExactly() {
        Random random = new Random(1);
        TreeMap<Long, Long> objects = new TreeMap<>();
        for (int cycle = 0; cycle < 50; cycle++) {
            for (int i = 0; i < 300; i++) {
                long bytes = 16 + 8L * (random.nextInt(8) == 0 ? random.nextInt(2000) : random.nextInt(40));
                long a = space.allocate(bytes);
                assertNotEquals(0, a);
                for (long w = a; w < a + bytes; w += 8) {
                    assertEquals(0, Memory.getWord(w), "block handed out dirty");
                }
                Map.Entry<Long, Long> below = objects.floorEntry(a);
                Map.Entry<Long, Long> above = objects.ceilingEntry(a);
                assertTrue(below == null || below.getKey() + below.getValue() <= a, "overlaps the object below");
                assertTrue(above == null || a + bytes <= above.getKey(), "overlaps the object above");
                format(a, bytes);
                objects.put(a, bytes);
            }
            objects.keySet().removeIf(a -> random.nextInt(3) == 0);
            live.clear();
            live.addAll(objects.keySet());
            sweep(cycle % 5 == 4);
            assertEquals(objects.values().stream().mapToLong(Long::longValue).sum(), space.used());
            List<Long> walked = new ArrayList<>();
            space.forEachObject(walked::add);
            assertEquals(new ArrayList<>(objects.keySet()), walked);
        }
    }

    // ------------------------------------------------------------------ helpers

    private long object(long bytes) {
        long a = space.allocate(bytes);
        assertNotEquals(0, a);
        return format(a, bytes);
    }

    /** A dead object of {@code bytes} behind a live guard: a hole of exactly that size after a sweep. */
    private long hole(long bytes) {
        long a = object(bytes);
        keep(object(16));
        return a;
    }

    private static long format(long address, long bytes) {
        Memory.putWord(address, Header.make(BYTES.id()));
        Memory.putWord(address + 8, bytes - 16);
        return address;
    }

    private long keep(long address) {
        live.add(address);
        return address;
    }

    /** Marks the objects kept alive and sweeps. */
    private void sweep(boolean poison) {
        for (long a : live) {
            Memory.putWord(a, Memory.getWord(a) | Header.MARKED);
        }
        space.sweep(poison);
    }
}
