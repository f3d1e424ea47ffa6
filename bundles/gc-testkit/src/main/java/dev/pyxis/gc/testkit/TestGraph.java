package dev.pyxis.gc.testkit;

import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.RootStack;
import dev.pyxis.heap.api.Word;

import java.lang.foreign.MemorySegment;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The conformance suite's test binding: a language-free object model (nodes with three
 * reference fields, reference arrays, byte blobs), a random mutator that builds and rewires
 * graphs on the heap, and a mirror of the same graph in Java. {@link #verify()} walks both and
 * fails on the first difference: a lost object, a wrong field, a broken sharing, a changed byte.
 *
 * <p>Model words use the heap's tagging: 0 is null, odd words are small ints, and an object is
 * {@code id << 3}.
 */
public final class TestGraph {
    /** id at 8 (a small int), references at 16, 24, 32, a raw checksum word at 40. */
    public static final Layout NODE = Layout.fixed("test.Node", 48, 16, 24, 32);
    /** id at 8, length at 16, then value words. */
    public static final Layout ARRAY = Layout.referenceArray("test.Array", 24, 16);
    /** id at 8, length at 16, then bytes. */
    public static final Layout BLOB = Layout.rawArray("test.Blob", 24, 16, 1);

    static final int ID = 8;
    static final int[] NODE_FIELDS = {16, 24, 32};
    static final int CHECK = 40;

    private final Heap heap;
    private final Mutator mutator;
    private final Random random;
    private final int rootCount;
    private final int rootBase;
    private final long[] modelRoots;
    private final Map<Long, ModelObject> objects = new HashMap<>();
    private final long largeArrayLength;
    private final long largeBlobLength;
    private long nextId = 1;

    /** One object of the mirror graph. */
    static final class ModelObject {
        final long id;
        final Layout layout;
        final long[] words;
        final byte[] bytes;

        ModelObject(long id, Layout layout, long[] words, byte[] bytes) {
            this.id = id;
            this.layout = layout;
            this.words = words;
            this.bytes = bytes;
        }
    }

    public TestGraph(Heap heap, Mutator mutator, long seed, int rootCount) {
        this.heap = heap;
        this.mutator = mutator;
        this.random = new Random(seed);
        this.rootCount = rootCount;
        this.rootBase = mutator.roots().reserve(rootCount);
        this.modelRoots = new long[rootCount];
        long threshold = heap.config().largeObjectThreshold();
        this.largeArrayLength = threshold / 8 + 16;
        this.largeBlobLength = threshold + 100;
    }

    public Mutator mutator() {
        return mutator;
    }

    // ------------------------------------------------------------------ building

    /** Allocates a node with three null fields and stores it in root {@code root}. */
    public long newNodeAtRoot(int root) {
        long address = allocateNode();
        setRoot(root, address, encodeObject(idOf(address)));
        return address;
    }

    /**
     * Allocates a node whose field 0 points to the node at root {@code root}, and roots it there.
     * Chains live outside the model (millions of mirror objects would dwarf the heap): check them
     * with {@link #chainLength}, not {@link #verify}.
     */
    public void pushChain(int root) {
        long a = mutator.allocate(NODE);
        heap.writeWord(a, ID, Word.fromSmallInt(nextId++));
        heap.writeWord(a, NODE_FIELDS[0], roots().get(rootBase + root));
        roots().set(rootBase + root, a);
    }

    private long allocateNode() {
        long a = mutator.allocate(NODE);
        long id = nextId++;
        heap.writeWord(a, ID, Word.fromSmallInt(id));
        heap.writeRawWord(a, CHECK, id * 31 + 7);
        objects.put(id, new ModelObject(id, NODE, new long[3], null));
        return a;
    }

    private long allocateArray(long length) {
        long a = mutator.allocateArray(ARRAY, length);
        long id = nextId++;
        heap.writeWord(a, ID, Word.fromSmallInt(id));
        objects.put(id, new ModelObject(id, ARRAY, new long[(int) length], null));
        return a;
    }

    private long allocateBlob(int length) {
        long a = mutator.allocateArray(BLOB, length);
        long id = nextId++;
        heap.writeWord(a, ID, Word.fromSmallInt(id));
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, Memory.segment(a + BLOB.baseSize(), length), 0, length);
        objects.put(id, new ModelObject(id, BLOB, null, bytes));
        return a;
    }

    public long rootWord(int root) {
        return roots().get(rootBase + root);
    }

    public void clearRoot(int root) {
        setRoot(root, 0, 0);
    }

    private void setRoot(int root, long word, long model) {
        roots().set(rootBase + root, word);
        modelRoots[root] = model;
    }

    private RootStack roots() {
        return mutator.roots();
    }

    private long idOf(long address) {
        return Word.toSmallInt(heap.readWord(address, ID));
    }

    private static long encodeObject(long id) {
        return id << 3;
    }

    // ------------------------------------------------------------------ random mutation

    /**
     * Runs {@code steps} random operations: allocations of nodes, arrays and blobs (a few large
     * ones), stores into reachable objects, root overwrites that make garbage, and safepoints.
     */
    public void mutate(int steps, double largeProbability) {
        for (int i = 0; i < steps; i++) {
            int r = random.nextInt(100);
            if (r < 30) {
                placeNew(allocateNode());
            } else if (r < 40) {
                boolean big = random.nextDouble() < largeProbability;
                placeNew(allocateArray(big ? largeArrayLength : random.nextInt(21)));
            } else if (r < 50) {
                boolean big = random.nextDouble() < largeProbability;
                placeNew(allocateBlob(big ? (int) largeBlobLength : random.nextInt(200)));
            } else if (r < 75) {
                storeIntoReachable();
            } else if (r < 90) {
                int root = random.nextInt(rootCount);
                long[] pick = pick();
                setRoot(root, pick[0], pick[1]);
            } else {
                mutator.safepoint();
            }
        }
    }

    /** Roots a freshly allocated object, fills its slots with random values, and places it. */
    private void placeNew(long address) {
        int scratch = roots().push(address);
        long id = idOf(address);
        ModelObject m = objects.get(id);
        if (m.words != null) {
            for (int j = 0; j < m.words.length; j++) {
                long[] pick = pick();
                heap.writeWord(roots().get(scratch), slotOffset(m, j), pick[0]);
                m.words[j] = pick[1];
            }
        }
        long a = roots().get(scratch);
        roots().truncate(scratch);
        if (random.nextBoolean()) {
            setRoot(random.nextInt(rootCount), a, encodeObject(id));
        } else {
            long[] target = walk();
            if (target == null || objects.get(target[1]).words == null || objects.get(target[1]).words.length == 0) {
                setRoot(random.nextInt(rootCount), a, encodeObject(id));
            } else {
                ModelObject t = objects.get(target[1]);
                int j = random.nextInt(t.words.length);
                heap.writeWord(target[0], slotOffset(t, j), a);
                t.words[j] = encodeObject(id);
            }
        }
    }

    private void storeIntoReachable() {
        long[] target = walk();
        if (target == null) {
            return;
        }
        ModelObject t = objects.get(target[1]);
        if (t.words == null || t.words.length == 0) {
            return;
        }
        long[] pick = pick();
        int j = random.nextInt(t.words.length);
        heap.writeWord(target[0], slotOffset(t, j), pick[0]);
        t.words[j] = pick[1];
    }

    private static long slotOffset(ModelObject m, int j) {
        return m.layout == NODE ? NODE_FIELDS[j] : ARRAY.baseSize() + 8L * j;
    }

    /** A random value: {heap word, model word}: null, a small int, or a reachable object. */
    private long[] pick() {
        int r = random.nextInt(10);
        if (r == 0) {
            return new long[] {0, 0};
        }
        if (r == 1) {
            long w = Word.fromSmallInt(random.nextLong() >> 2);
            return new long[] {w, w};
        }
        long[] target = walk();
        return target == null ? new long[] {0, 0} : new long[] {target[0], encodeObject(target[1])};
    }

    /**
     * Walks a few random steps from a random root, in the heap and the model at once; returns
     * {address, id} of where it stopped, or null at an empty root. No safepoint happens inside.
     */
    private long[] walk() {
        int root = random.nextInt(rootCount);
        long address = roots().get(rootBase + root);
        long model = modelRoots[root];
        if (!Word.isReference(address)) {
            return null;
        }
        ModelObject m = objects.get(model >> 3);
        int steps = random.nextInt(4);
        for (int s = 0; s < steps; s++) {
            if (m.words == null || m.words.length == 0) {
                break;
            }
            int j = random.nextInt(m.words.length);
            long w = m.words[j];
            if (w == 0 || Word.isSmallInt(w)) {
                break;
            }
            address = heap.readWord(address, slotOffset(m, j));
            m = objects.get(w >> 3);
        }
        if (idOf(address) != m.id) {
            throw new AssertionError("walk diverged: heap id " + idOf(address) + " vs model " + m.id);
        }
        return new long[] {address, m.id};
    }

    // ------------------------------------------------------------------ verification

    /** Result of {@link #verify()}. */
    public record Census(long objects, long bytes) {}

    /**
     * Checks the heap graph against the model from every root; returns the number and size of
     * the reachable objects. Also drops unreachable objects from the model.
     */
    public Census verify() {
        heap.verify();
        Map<Long, Long> addressOf = new HashMap<>();
        ArrayDeque<long[]> todo = new ArrayDeque<>();
        for (int i = 0; i < rootCount; i++) {
            compareWord(roots().get(rootBase + i), modelRoots[i], addressOf, todo, "root " + i);
        }
        long bytes = 0;
        while (!todo.isEmpty()) {
            long[] item = todo.pop();
            long a = item[0];
            ModelObject m = objects.get(item[1]);
            if (m == null) {
                throw new AssertionError("model lost object " + item[1]);
            }
            if (heap.layoutOf(a) != m.layout) {
                throw new AssertionError("object " + m.id + ": layout " + heap.layoutOf(a) + ", expected " + m.layout);
            }
            bytes += heap.sizeOf(a);
            if (m.layout == NODE && heap.readWord(a, CHECK) != m.id * 31 + 7) {
                throw new AssertionError("object " + m.id + ": checksum word changed");
            }
            if (m.words != null) {
                if (m.layout != NODE && heap.length(a) != m.words.length) {
                    throw new AssertionError("object " + m.id + ": length " + heap.length(a) + ", expected " + m.words.length);
                }
                for (int j = 0; j < m.words.length; j++) {
                    compareWord(heap.readWord(a, slotOffset(m, j)), m.words[j], addressOf, todo, "object " + m.id + " slot " + j);
                }
            } else {
                if (heap.length(a) != m.bytes.length) {
                    throw new AssertionError("blob " + m.id + ": length " + heap.length(a));
                }
                long mismatch = Memory.segment(a + BLOB.baseSize(), m.bytes.length).mismatch(MemorySegment.ofArray(m.bytes));
                if (mismatch != -1) {
                    throw new AssertionError("blob " + m.id + ": byte " + mismatch + " changed");
                }
            }
        }
        objects.keySet().retainAll(addressOf.keySet());
        return new Census(addressOf.size(), bytes);
    }

    private void compareWord(long heapWord, long modelWord, Map<Long, Long> addressOf, ArrayDeque<long[]> todo, String where) {
        if (modelWord == 0 || Word.isSmallInt(modelWord)) {
            if (heapWord != modelWord) {
                throw new AssertionError(where + ": heap word 0x" + Long.toHexString(heapWord) + ", expected 0x" + Long.toHexString(modelWord));
            }
            return;
        }
        long id = modelWord >> 3;
        if (!Word.isReference(heapWord)) {
            throw new AssertionError(where + ": expected object " + id + ", heap has 0x" + Long.toHexString(heapWord));
        }
        long heapId = idOf(heapWord);
        if (heapId != id) {
            throw new AssertionError(where + ": expected object " + id + ", heap has object " + heapId);
        }
        Long seen = addressOf.putIfAbsent(id, heapWord);
        if (seen == null) {
            todo.push(new long[] {heapWord, id});
        } else if (seen != heapWord) {
            throw new AssertionError(where + ": object " + id + " found at two addresses (sharing broken)");
        }
    }

    /** Number of objects the model still tracks (reachable at the last verify, plus new ones). */
    public int modelSize() {
        return objects.size();
    }

    /** Ids of the objects reachable from root {@code root} following field 0 (a chain). */
    public long chainLength(int root) {
        long a = rootWord(root);
        long n = 0;
        long expect = -1;
        while (Word.isReference(a)) {
            long id = idOf(a);
            if (expect != -1 && id != expect) {
                throw new AssertionError("chain broken at element " + n + ": id " + id + ", expected " + expect);
            }
            expect = id - 1;
            n++;
            a = heap.readWord(a, NODE_FIELDS[0]);
        }
        return n;
    }

}
