package dev.pyxis.python.support;

import java.math.BigInteger;

/**
 * Python's numeric hash: equal numbers of any type hash alike. A rational value x hashes to
 * x reduced modulo the Mersenne prime 2^61 - 1 (sign kept), infinities to ±314159, a NaN to
 * its object's identity hash, a complex to {@code hash(re) + 1000003 × hash(im)} of the part hashes in wrapping
 * 64-bit arithmetic; a result of -1 becomes -2.
 */
public final class NumericHash {
    /** {@code sys.hash_info.modulus}. */
    public static final long MODULUS = (1L << 61) - 1;
    /** {@code sys.hash_info.inf}. */
    public static final long INF = 314159;
    /** {@code sys.hash_info.imag}. */
    public static final long IMAG = 1000003;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private NumericHash() {
    }

    /** {@code hash(v)} of an int. */
    public static long hash(long v) {
        // -Long.MIN_VALUE is 2^63 read as unsigned.
        long h = Long.remainderUnsigned(v < 0 ? -v : v, MODULUS);
        return fix(v < 0 ? -h : h);
    }

    /** {@code hash(v)} of an int. */
    public static long hash(BigInteger v) {
        if (v.bitLength() < 64) {
            return hash(v.longValue());
        }
        long h = v.abs().mod(BIG_MODULUS).longValue();
        return fix(v.signum() < 0 ? -h : h);
    }

    /**
     * {@code hash(x)} of a float.
     *
     * @param nanHash the identity hash of the float object, used when x is a NaN
     */
    public static long hash(double x, long nanHash) {
        return fix(raw(x, nanHash));
    }

    /**
     * {@code hash(complex(re, im))}.
     *
     * @param nanHash the identity hash of the complex object, used for a NaN part
     */
    public static long hash(double re, double im, long nanHash) {
        return fix(hash(re, nanHash) + IMAG * hash(im, nanHash));
    }

    /** The hash of a float before -1 becomes -2. */
    private static long raw(double x, long nanHash) {
        if (x != x) {
            return nanHash;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? INF : -INF;
        }
        if (x == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7ff;
        long mantissa = bits & ((1L << 52) - 1);
        int exp;
        if (biased == 0) {
            exp = -1074;
        } else {
            mantissa |= 1L << 52;
            exp = biased - 1075;
        }
        // 2^61 ≡ 1 (mod 2^61 - 1): multiplying by 2^e rotates the 61-bit residue by e mod 61.
        int r = Math.floorMod(exp, 61);
        long h = ((mantissa << r) & MODULUS) | (mantissa >>> (61 - r));
        return x < 0 ? -h : h;
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }
}
