package dev.pyxis.bench.substrate;

import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.RootStack;
import dev.pyxis.heap.api.Word;

/**
 * The unit both shapes allocate: a record of {@value #OBJECTS} small objects, a parent node
 * whose three fields point to two child nodes and a short array. The right child points to the
 * left one and to the array too: objects are shared, as in real graphs, so tracing meets some
 * twice.
 *
 * <p>Array lengths cycle through 0..{@value #MAX_ARRAY_LENGTH}, so the bytes per object average
 * to {@link #averageObjectBytes()} over every full cycle.
 */
final class Records {
    /** Header, then three value words. */
    static final Layout NODE = Layout.fixed("bench.Node", 32, 8, 16, 24);
    /** Header, length at 8, then value words. */
    static final Layout ARRAY = Layout.referenceArray("bench.Array", 16, 8);
    static final int OBJECTS = 4;
    static final int MAX_ARRAY_LENGTH = 7;

    private static final int[] FIELDS = {8, 16, 24};

    private final Heap heap;
    private final Mutator mutator;
    private final RootStack roots;
    /** Holds the parts of the record being built across its allocations, which may move them. */
    private final int scratch;
    private int nextLength;

    Records(Heap heap, Mutator mutator) {
        this.heap = heap;
        this.mutator = mutator;
        this.roots = mutator.roots();
        this.scratch = roots.reserve(3);
    }

    /**
     * Allocates a record and returns its parent node. The address is valid until the next
     * safepoint: the caller stores it into a root or a rooted object at once. The scratch slots
     * keep at most this last record alive.
     */
    long allocate() {
        int length = nextLength;
        nextLength = length == MAX_ARRAY_LENGTH ? 0 : length + 1;

        long array = mutator.allocateArray(ARRAY, length);
        for (int i = 0; i < length; i++) {
            heap.writeWord(array, ARRAY.baseSize() + 8L * i, Word.fromSmallInt(i));
        }
        roots.set(scratch, array);

        long left = mutator.allocate(NODE);
        heap.writeWord(left, FIELDS[0], Word.fromSmallInt(length));
        roots.set(scratch + 1, left);

        long right = mutator.allocate(NODE);
        heap.writeWord(right, FIELDS[0], roots.get(scratch + 1));
        heap.writeWord(right, FIELDS[1], roots.get(scratch));
        roots.set(scratch + 2, right);

        long parent = mutator.allocate(NODE);
        heap.writeWord(parent, FIELDS[0], roots.get(scratch + 1));
        heap.writeWord(parent, FIELDS[1], roots.get(scratch + 2));
        heap.writeWord(parent, FIELDS[2], roots.get(scratch));
        return parent;
    }

    /** Bytes per allocated object, averaged over a full cycle of array lengths. */
    static double averageObjectBytes() {
        long arrays = 0;
        for (int length = 0; length <= MAX_ARRAY_LENGTH; length++) {
            arrays += ARRAY.sizeFor(length);
        }
        double perRecord = (OBJECTS - 1) * NODE.baseSize() + (double) arrays / (MAX_ARRAY_LENGTH + 1);
        return perRecord / OBJECTS;
    }
}
