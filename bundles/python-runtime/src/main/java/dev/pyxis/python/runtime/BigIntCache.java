package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.Liveness;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjLongConsumer;

/**
 * The Java values of heap ints, by address, so that arithmetic on big ints does not convert the
 * same number between the heap's bytes and a BigInteger again and again (pidigits spent about
 * 40% of its time converting).
 *
 * <p>Two parts. Recently made or read values sit in a small direct-mapped cache (a colliding
 * entry replaces the older one). Large new values are not written to the heap at all when they
 * are made: their objects get the right size, and the bytes wait here ({@link #defer}) until a
 * collection shows whether the object survived; most intermediate results of big-int arithmetic
 * die first, and never pay for the conversion. Ints are immutable and an address is reused only
 * after a collection or a collector swap, which write the survivors' bytes and clear both parts
 * ({@link #afterCollection}), so an entry stays right as long as it exists.
 */
final class BigIntCache {
    /** Values of at least this many bits are written lazily; smaller ones convert cheaply. */
    static final int DEFERRED_BITS = 1024;

    /** Deferred bytes after which a collection is asked for. */
    static final long DEFERRED_BUDGET = 2L << 20;

    private static final int SIZE = 64;

    private final long[] addresses = new long[SIZE];
    private final BigInteger[] values = new BigInteger[SIZE];
    private final Map<Long, BigInteger> unwritten = new HashMap<>();
    private long unwrittenBytes;

    /** The value of the int at {@code address}, or null if its bytes must be read from the heap. */
    BigInteger get(long address) {
        int i = slot(address);
        if (addresses[i] == address) {
            return values[i];
        }
        return unwritten.isEmpty() ? null : unwritten.get(address);
    }

    void put(long address, BigInteger value) {
        int i = slot(address);
        addresses[i] = address;
        values[i] = value;
    }

    /**
     * Remembers the value of a new int whose object at {@code address} holds no bytes yet, and
     * says what the heap should do about the values waiting: nothing, or (at
     * {@link #DEFERRED_BUDGET} bytes) collect soon, before the JVM's own collector takes them for
     * long-lived objects, or (at four times that, when the collection did not come, as under
     * NoGC) have them written out now ({@link #writeAll}).
     */
    Pressure defer(long address, BigInteger value) {
        unwritten.put(address, value);
        put(address, value);
        long before = unwrittenBytes;
        unwrittenBytes += value.bitLength() / 8;
        if (unwrittenBytes >= 4 * DEFERRED_BUDGET) {
            return Pressure.WRITE;
        }
        return before < DEFERRED_BUDGET && unwrittenBytes >= DEFERRED_BUDGET ? Pressure.COLLECT : Pressure.NONE;
    }

    enum Pressure { NONE, COLLECT, WRITE }

    /** Writes every deferred value at its (unmoved) address and forgets them. */
    void writeAll(ObjLongConsumer<BigInteger> writer) {
        unwritten.forEach((address, value) -> writer.accept(value, address));
        unwritten.clear();
        unwrittenBytes = 0;
    }

    /**
     * A collection or swap happened: each deferred int that survived gets its bytes written at
     * its new address ({@code writer}), and everything is forgotten, as addresses are about to be
     * reused.
     */
    void afterCollection(Liveness liveness, ObjLongConsumer<BigInteger> writer) {
        for (Map.Entry<Long, BigInteger> e : unwritten.entrySet()) {
            long now = liveness.survivor(e.getKey());
            if (now != 0) {
                writer.accept(e.getValue(), now);
            }
        }
        unwritten.clear();
        unwrittenBytes = 0;
        Arrays.fill(addresses, 0);
        Arrays.fill(values, null);
    }

    private static int slot(long address) {
        return (int) (address >>> 3 ^ address >>> 11) & (SIZE - 1);
    }
}
