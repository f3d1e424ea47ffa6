package dev.pyxis.python.runtime;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Java values of recently made or read heap ints, by address, so that arithmetic on big
 * ints does not convert the same number between the heap's bytes and a BigInteger again and
 * again (pidigits spent about 40% of its time converting). Ints are immutable and an address
 * is reused only after a collection or a collector swap, which clear the cache, so an entry
 * stays right as long as it exists. Direct-mapped: a colliding entry replaces the older one.
 */
final class BigIntCache {
    private static final int SIZE = 64;

    private final long[] addresses = new long[SIZE];
    private final BigInteger[] values = new BigInteger[SIZE];

    /** The value of the int at {@code address}, or null if not cached. */
    BigInteger get(long address) {
        int i = slot(address);
        return addresses[i] == address ? values[i] : null;
    }

    void put(long address, BigInteger value) {
        int i = slot(address);
        addresses[i] = address;
        values[i] = value;
    }

    /** Forgets everything: addresses are about to be reused. */
    void clear() {
        Arrays.fill(addresses, 0);
        Arrays.fill(values, null);
    }

    private static int slot(long address) {
        return (int) (address >>> 3 ^ address >>> 11) & (SIZE - 1);
    }
}
