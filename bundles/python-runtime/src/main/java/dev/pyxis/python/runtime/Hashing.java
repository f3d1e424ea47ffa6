package dev.pyxis.python.runtime;

import java.math.BigInteger;

/** Python's numeric hash: values reduced modulo the Mersenne prime 2**61 - 1, so that equal numbers of any type hash alike. */
final class Hashing {
    static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private Hashing() {}

    /** -1 is reserved as an error marker by C extensions, so Python never returns it as a hash. */
    static long fixMinusOne(long h) {
        return h == -1 ? -2 : h;
    }

    /**
     * Folds a 64-bit mix into a hash: hashes are kept within the small-int range so that dict
     * and set entries can store them as value words the collector skips.
     */
    static long fold(long mix) {
        return fixMinusOne(mix >> 2);
    }

    static long ofLong(long v) {
        long h = v == Long.MIN_VALUE ? -(Long.MIN_VALUE % MODULUS) : (v < 0 ? -((-v) % MODULUS) : v % MODULUS);
        return fixMinusOne(h);
    }

    static long ofBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        return fixMinusOne(v.signum() < 0 ? -h : h);
    }
}
