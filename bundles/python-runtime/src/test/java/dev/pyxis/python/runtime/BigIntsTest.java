package dev.pyxis.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyxis.framework.internal.nogc.NoGcProvider;
import dev.pyxis.gc.semispace.SemiSpaceProvider;
import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.HeapConfig;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Big ints whose bytes are written lazily ({@link BigIntCache#defer}): the heap object must hold
 * the right bytes whenever the Java value is gone — after collections (which move SemiSpace's
 * objects), after a collector swap, and under NoGC, where no collection ever writes them.
 */
class BigIntsTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> modes() {
        return InterpreterTest.modes();
    }

    private static final BigInteger BIG = BigInteger.valueOf(3).pow(1000);

    /** A value of about 200 bytes (deferred), different for each {@code i}, of either sign. */
    private static BigInteger value(int i) {
        BigInteger v = BIG.multiply(BigInteger.valueOf(i + 1));
        return i % 2 == 0 ? v : v.negate();
    }

    /** The value the heap object's own bytes encode, bypassing every Java-side cache. */
    private static BigInteger heapBytes(Space s, long w) {
        byte[] bytes = new byte[(int) Space.get(w, 8)];
        Space.copyOut(w + 16, bytes);
        return new BigInteger(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void survivorsGetTheirBytesAtTheirNewAddresses(String mode, CollectorProvider collector, HeapConfig config) {
        Space s = PythonSpace.create(config, collector);
        int base = s.ts.top();
        for (int i = 0; i < 40; i++) {
            s.ts.push(s.newInt(value(i)));
            s.newInt(value(1000 + i));  // garbage between the survivors
        }
        s.heap.collect(CollectionReason.EXPLICIT);
        for (int i = 0; i < 40; i++) {
            long w = s.ts.get(base + i);
            assertEquals(value(i), heapBytes(s, w), "bytes of int " + i);
            assertEquals(value(i), s.bigValue(w), "value of int " + i);
        }
    }

    @Test
    void aSwapWritesTheSurvivorsToo() {
        Space s = PythonSpace.create(HeapConfig.ofSize(8 << 20), new NoGcProvider());
        int kept = s.ts.push(s.newInt(value(7)));
        s.heap.swap(new SemiSpaceProvider());
        assertEquals(value(7), heapBytes(s, s.ts.get(kept)));
    }

    @Test
    void withoutCollectionsTheBytesAreWrittenOnceEnoughWait() {
        Space s = PythonSpace.create(HeapConfig.ofSize(64 << 20), new NoGcProvider());
        int base = s.ts.top();
        // Each value is about 200 bytes: 4 x DEFERRED_BUDGET of them force the write-out.
        int n = (int) (4 * BigIntCache.DEFERRED_BUDGET / 190);
        for (int i = 0; i < n; i++) {
            s.ts.push(s.newInt(value(i)));
        }
        // The write-out came near the end: the first half was written then, the rest still waits.
        for (int i = 0; i < n / 2; i += 97) {
            assertEquals(value(i), heapBytes(s, s.ts.get(base + i)), "bytes of int " + i);
        }
        for (int i = 0; i < n; i += 97) {
            assertEquals(value(i), s.bigValue(s.ts.get(base + i)), "value of int " + i);
        }
    }
}
