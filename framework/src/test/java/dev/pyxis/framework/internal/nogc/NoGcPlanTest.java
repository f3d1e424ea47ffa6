package dev.pyxis.framework.internal.nogc;

import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.OutOfHeapException;
import dev.pyxis.heap.api.Word;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NoGC is a real plan: it allocates until full, then signals exhaustion cleanly. */
class NoGcPlanTest {
    static final Layout PAIR = Layout.fixed("nogc.Pair", 24, 8, 16);

    @Test
    void allocatesUntilFullThenRaisesOutOfHeap() {
        try (Heap heap = Heap.create(HeapConfig.ofSize(1L << 20).withChecked(true), new NoGcProvider())) {
            Mutator m = heap.attach();
            long previous = 0;
            int count = 0;
            try {
                while (true) {
                    long p = m.allocate(PAIR);
                    heap.writeWord(p, 8, previous);
                    heap.writeWord(p, 16, Word.fromSmallInt(count++));
                    previous = p;
                    m.roots().set(m.roots().top() == 0 ? m.roots().push(p) : 0, p);
                }
            } catch (OutOfHeapException e) {
                assertTrue(e.getMessage().contains("nogc"), e.getMessage());
            }
            assertTrue(count > 40_000, "only " + count + " pairs in 1 MB");
            heap.collect(CollectionReason.EXPLICIT);
            assertEquals(count, heap.verify(), "every pair is still reachable from the root chain");
            long used = heap.stats().used();
            assertTrue(used <= 1L << 20 && used >= (long) count * 24);
        }
    }

    @Test
    void collectionsAreRecordedAsFlightRecorderEvents(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gc.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("dev.pyxis.Collection");
            recording.start();
            try (Heap heap = Heap.create(HeapConfig.ofSize(1L << 20), new NoGcProvider())) {
                heap.attach().allocate(PAIR);
                heap.collect(CollectionReason.EXPLICIT);
                heap.collect(CollectionReason.EXPLICIT);
            }
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals("dev.pyxis.Collection")).toList();
        assertEquals(2, events.size());
        assertEquals("nogc", events.get(0).getString("plan"));
        assertEquals("EXPLICIT", events.get(0).getString("reason"));
        assertTrue(events.get(0).getLong("usedAfter") >= 24);
    }

    @Test
    void aClosedHeapRefusesWork() {
        Heap heap = Heap.create(HeapConfig.ofSize(1L << 20), new NoGcProvider());
        Mutator m = heap.attach();
        heap.close();
        heap.close();
        assertThrows(IllegalStateException.class, () -> heap.collect(CollectionReason.EXPLICIT));
        assertThrows(IllegalStateException.class, () -> m.allocateArray(Layout.rawArray("nogc.Bytes", 16, 8, 1), 100_000));
    }
}
