package dev.pyxis.framework.internal.osgi;

import dev.pyxis.concurrency.spi.Concurrency;
import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.HeapStats;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.RootStack;
import dev.pyxis.heap.api.Word;
import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Profile;
import dev.pyxis.vm.api.Vm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The shell's own VM (default profile) with one mutator thread, so that {@code pyxis:heap} and
 * {@code pyxis:swap} show a real heap: the thread keeps a list of numbered cells alive, checks
 * it after every tick (so a collection or swap that loses or corrupts a cell is reported), and
 * allocates garbage so that the collector has work. It holds the VM's GIL while it runs and
 * sleeps without it between ticks; the shell takes the GIL to read the heap.
 */
final class ShellVm implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ShellVm.class);
    /** value (a small int) at 8, next at 16. */
    private static final Layout CELL = Layout.fixed("shell.Cell", 24, 16);
    private static final int VALUE = 8;
    private static final int NEXT = 16;
    private static final int LIVE_CELLS = 10_000;
    private static final int GARBAGE_CELLS_PER_TICK = 20_000;
    private static final long TICK_MILLIS = 50;
    /** How long the shell waits for the mutator: to build, to swap, to stop. */
    private static final long WAIT_MILLIS = 10_000;

    private final Vm vm;
    private final Concurrency gil;
    private final Thread thread;
    private final CountDownLatch built = new CountDownLatch(1);
    private volatile boolean running = true;
    private volatile long ticks;
    private volatile String failure;

    private ShellVm(Vm vm) {
        this.vm = vm;
        this.gil = vm.concurrency();
        this.thread = new Thread(this::run, "pyxis-shell-mutator");
        thread.setDaemon(true);
    }

    /** Starts the VM and its mutator and returns once the live list is built (or building failed). */
    static ShellVm start(ComponentRegistry registry) throws InterruptedException {
        ShellVm s = new ShellVm(Vm.create(Profile.defaults(), registry));
        s.thread.start();
        s.built.await(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        return s;
    }

    Vm vm() {
        return vm;
    }

    private void run() {
        gil.acquire();
        try {
            try (Mutator m = vm.heap().attach()) {
                int list = m.roots().push(Word.NULL);
                build(m, list);
                built.countDown();
                while (running) {
                    for (int i = 0; i < GARBAGE_CELLS_PER_TICK; i++) {
                        m.allocate(CELL);
                    }
                    m.safepoint();
                    check(m.heap(), m.roots().get(list));
                    ticks++;
                    gil.release();
                    try {
                        TimeUnit.MILLISECONDS.sleep(TICK_MILLIS);
                    } finally {
                        gil.acquire();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e.toString();
            LOG.error("the shell's mutator failed", e);
        } finally {
            built.countDown();
            gil.release();
        }
    }

    /** Cells LIVE_CELLS-1 down to 0, the head in root slot {@code list}. */
    private static void build(Mutator m, int list) {
        Heap heap = m.heap();
        RootStack roots = m.roots();
        for (int i = 0; i < LIVE_CELLS; i++) {
            long cell = m.allocate(CELL);
            heap.writeWord(cell, VALUE, Word.fromSmallInt(i));
            heap.writeWord(cell, NEXT, roots.get(list));
            roots.set(list, cell);
        }
    }

    private static void check(Heap heap, long head) {
        long cell = head;
        for (int i = LIVE_CELLS - 1; i >= 0; i--) {
            long value = heap.readWord(cell, VALUE);
            if (value != Word.fromSmallInt(i)) {
                throw new IllegalStateException("cell " + i + " reads " + Long.toHexString(value));
            }
            cell = heap.readWord(cell, NEXT);
        }
        if (cell != Word.NULL) {
            throw new IllegalStateException("the list is longer than " + LIVE_CELLS + " cells");
        }
    }

    String describe() {
        HeapStats s = stats();
        String mutator = failure != null ? "FAILED: " + failure
                : ticks + " ticks, list of " + LIVE_CELLS + " cells checked after each: ok";
        return String.format("""
                plan         %s
                capacity     %d KB, used %d KB, live after last collection %d KB
                allocated    %d KB
                collections  %d (pauses: median %.2f ms, p99 %.2f ms, max %.2f ms), swaps %d
                mutator      %s""",
                s.plan(), s.capacity() >> 10, s.used() >> 10, s.liveAfterLastCollection() >> 10,
                s.allocatedBytes() >> 10, s.collections(), s.medianPauseNanos() / 1e6, s.p99PauseNanos() / 1e6,
                s.maxPauseNanos() / 1e6, s.swaps(), mutator);
    }

    /** Requests the swap (unknown names throw ProfileException) and waits for the mutator to make it. */
    String swap(String collector) throws InterruptedException {
        HeapStats before = stats();
        if (before.plan().equals(collector)) {
            return "already on " + collector;
        }
        vm.requestCollectorSwap(collector);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
        while (System.nanoTime() < deadline && failure == null) {
            TimeUnit.MILLISECONDS.sleep(10);
            HeapStats now = stats();
            if (now.swaps() > before.swaps()) {
                return "swapped " + before.plan() + " -> " + now.plan() + " (" + (now.used() >> 10) + " KB in use)";
            }
        }
        return failure != null ? "the shell's mutator failed: " + failure
                : "swap to " + collector + " requested; not done after " + WAIT_MILLIS + " ms";
    }

    /** Statistics read under the GIL, so never in the middle of a collection. */
    private HeapStats stats() {
        gil.acquire();
        try {
            return vm.heap().stats();
        } finally {
            gil.release();
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            // Unmapping the heap under a running mutator would crash the JVM: leak it instead.
            LOG.warn("the shell's mutator did not stop within {} ms; its heap is not released", WAIT_MILLIS);
            return;
        }
        vm.close();
    }
}
