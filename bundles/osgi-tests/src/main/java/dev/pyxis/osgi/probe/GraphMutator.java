package dev.pyxis.osgi.probe;

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

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * A mutator thread that builds and rewires a graph of nodes on a VM's heap and keeps the same
 * graph in Java. Every walk compares the nodes it passes with the model, and after every round
 * (a few thousand steps; the collector runs every few rounds) the whole reachable graph is compared: ids,
 * checksums, edges and sharing. A lost, moved-but-not-updated or corrupted node is an error;
 * the first error stops the thread and is reported by {@link #status()}.
 *
 * <p>Rooting: a node address lives in a Java local only between two safepoints. Allocation is
 * a safepoint, so each step allocates first and walks the graph afterwards.
 */
final class GraphMutator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphMutator.class);

    /** id (a small int) at 8, references at 16 and 24, a raw checksum word at 32. */
    private static final Layout NODE = Layout.fixed("probe.Node", 40, 16, 24);
    /** Garbage to keep the collector busy: length at 8, then bytes. */
    private static final Layout GARBAGE = Layout.rawArray("probe.Garbage", 16, 8, 1);
    private static final int ID = 8;
    private static final int[] FIELDS = {16, 24};
    private static final int CHECK = 32;

    private static final String PROFILE = "gc = semispace\nheap = 16m\n";
    private static final int ROOTS = 64;
    private static final int MAX_DEPTH = 6;
    private static final int STEPS_PER_ROUND = 4_000;
    private static final int SAFEPOINT_EVERY = 16;
    private static final int MAX_GARBAGE_BYTES = 2_048;
    private static final long JOIN_MILLIS = 10_000;

    private final Vm vm;
    private final Heap heap;
    private final Concurrency gil;
    private final Thread thread;
    private final Random random = new Random(20261124);

    // The model: root slot -> node id, node id -> {left id, right id}; 0 is null.
    private final long[] modelRoots = new long[ROOTS];
    private final Map<Long, long[]> model = new HashMap<>();
    private long nextId = 1;
    private RootStack roots;
    private int rootBase;

    private volatile boolean running = true;
    private volatile ProbeStatus status = ProbeStatus.STARTING;

    /** A reference slot of the graph: root {@code root} when {@code node} is 0, else a field of a node. */
    private record Place(int root, long node, long nodeId, int field) {}

    private GraphMutator(Vm vm) {
        this.vm = vm;
        this.heap = vm.heap();
        this.gil = vm.concurrency();
        this.thread = new Thread(this::run, "pyxis-probe-mutator");
    }

    static GraphMutator start(ComponentRegistry registry) {
        GraphMutator g = new GraphMutator(Vm.create(Profile.parse(PROFILE, "probe profile"), registry));
        g.thread.start();
        return g;
    }

    /** The state after the last round; see {@link ProbeStatus} for the text form. */
    String status() {
        return status.toString();
    }

    private void run() {
        gil.acquire();
        try (Mutator m = heap.attach()) {
            roots = m.roots();
            rootBase = roots.reserve(ROOTS);
            while (running) {
                for (int i = 1; i <= STEPS_PER_ROUND; i++) {
                    step(m);
                    if (i % SAFEPOINT_EVERY == 0) {
                        m.safepoint();
                        gil.yieldPoint();
                    }
                }
                int live = verify();
                status = status.afterRound(heap.stats(), live);
            }
            status = status.stopped("");
        } catch (RuntimeException | Error e) {
            LOG.error("probe mutator failed after {} rounds", status.rounds(), e);
            status = status.stopped(e.toString());
        } finally {
            gil.release();
        }
    }

    /** Half the steps add a node, a quarter rewire an edge, a few cut one, the rest make garbage. */
    private void step(Mutator m) {
        int op = random.nextInt(20);
        if (op < 10) {
            attachNew(m);
        } else if (op < 15) {
            Place target = randomPlace();
            Place source = randomPlace();
            store(target, read(source), readId(source));
        } else if (op < 16) {
            store(randomPlace(), Word.NULL, 0);
        } else {
            m.allocateArray(GARBAGE, random.nextInt(MAX_GARBAGE_BYTES));
        }
    }

    /** Inserts a new node at a random place; what was there becomes the new node's left child. */
    private void attachNew(Mutator m) {
        long id = nextId++;
        long node = m.allocate(NODE); // the safepoint of this step; only plain reads follow
        heap.writeWord(node, ID, Word.fromSmallInt(id));
        heap.writeRawWord(node, CHECK, checksum(id));
        long[] edges = new long[2];
        model.put(id, edges);
        Place place = randomPlace();
        heap.writeWord(node, FIELDS[0], read(place));
        edges[0] = readId(place);
        store(place, node, id);
    }

    /** A random root, or a field up to MAX_DEPTH edges below one, checking the nodes on the way. */
    private Place randomPlace() {
        int r = random.nextInt(ROOTS);
        Place place = new Place(r, 0, 0, 0);
        long address = roots.get(rootBase + r);
        long id = modelRoots[r];
        check(address, id);
        int depth = random.nextInt(MAX_DEPTH + 1);
        for (int d = 0; d < depth && id != 0; d++) {
            int f = random.nextInt(2);
            place = new Place(r, address, id, f);
            address = heap.readWord(address, FIELDS[f]);
            id = model.get(id)[f];
            check(address, id);
        }
        return place;
    }

    private long read(Place p) {
        return p.node == 0 ? roots.get(rootBase + p.root) : heap.readWord(p.node, FIELDS[p.field]);
    }

    private long readId(Place p) {
        return p.node == 0 ? modelRoots[p.root] : model.get(p.nodeId)[p.field];
    }

    private void store(Place p, long address, long id) {
        if (p.node == 0) {
            roots.set(rootBase + p.root, address);
            modelRoots[p.root] = id;
        } else {
            heap.writeWord(p.node, FIELDS[p.field], address);
            model.get(p.nodeId)[p.field] = id;
        }
    }

    private void check(long address, long id) {
        if (id == 0) {
            if (address != Word.NULL) {
                throw mismatch("null expected, found 0x" + Long.toHexString(address));
            }
            return;
        }
        if (!Word.isReference(address)) {
            throw mismatch("node " + id + " expected, found word 0x" + Long.toHexString(address));
        }
        long foundId = heap.readWord(address, ID);
        if (foundId != Word.fromSmallInt(id) || heap.readWord(address, CHECK) != checksum(id)) {
            throw mismatch("node " + id + " expected at 0x" + Long.toHexString(address) + ", found id word 0x"
                    + Long.toHexString(foundId));
        }
    }

    /**
     * Compares everything reachable with the model, including sharing (one id, one address), and
     * forgets model nodes that became garbage. Returns the number of live nodes.
     */
    private int verify() {
        Map<Long, Long> seen = new HashMap<>();
        ArrayDeque<long[]> work = new ArrayDeque<>();
        for (int r = 0; r < ROOTS; r++) {
            work.push(new long[]{roots.get(rootBase + r), modelRoots[r]});
        }
        while (!work.isEmpty()) {
            long[] item = work.pop();
            long address = item[0];
            long id = item[1];
            check(address, id);
            if (id == 0) {
                continue;
            }
            Long known = seen.putIfAbsent(id, address);
            if (known != null) {
                if (known != address) {
                    throw mismatch("node " + id + " found at 0x" + Long.toHexString(known) + " and 0x" + Long.toHexString(address));
                }
                continue;
            }
            long[] edges = model.get(id);
            for (int f = 0; f < FIELDS.length; f++) {
                work.push(new long[]{heap.readWord(address, FIELDS[f]), edges[f]});
            }
        }
        model.keySet().retainAll(seen.keySet());
        return seen.size();
    }

    private IllegalStateException mismatch(String what) {
        return new IllegalStateException("graph mismatch under " + heap.collector().name() + ": " + what);
    }

    private static long checksum(long id) {
        return id * 0x9E3779B97F4A7C15L ^ 0x632BE59BD9B4E019L;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            // Unmapping the heap under a running mutator would crash the JVM: leak it instead.
            LOG.warn("the probe mutator did not stop within {} ms; its heap is not released", JOIN_MILLIS);
            return;
        }
        vm.close();
    }
}
