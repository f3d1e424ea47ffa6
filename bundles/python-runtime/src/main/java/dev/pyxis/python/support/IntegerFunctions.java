package dev.pyxis.python.support;

import java.math.BigInteger;

/**
 * factorial, comb and perm on integers of any size. Products of many factors are formed by
 * binary splitting so that the big multiplications are balanced (and Java's Karatsuba and
 * Toom-Cook multiplication apply); factorial multiplies only odd numbers and shifts in the
 * power of two at the end.
 */
final class IntegerFunctions {
    private IntegerFunctions() {}

    /** n! for 0 &lt;= n. */
    static BigInteger factorial(long n) {
        if (n < 21) {
            long f = 1;
            for (int i = 2; i <= n; i++) {
                f *= i;
            }
            return BigInteger.valueOf(f);
        }
        // n! = 2^(n - popcount(n)) * oddPart(n), oddPart(n) = oddPart(n/2) * (odd numbers <= n);
        // "inner" holds the odd numbers <= n >> level, grown one binary-split range per level.
        BigInteger odd = BigInteger.ONE;
        BigInteger inner = BigInteger.ONE;
        for (int level = 62 - Long.numberOfLeadingZeros(n); level >= 0; level--) {
            long high = n >> level;
            long low = high >> 1;
            inner = inner.multiply(oddProduct(low, high));
            odd = odd.multiply(inner);
        }
        return odd.shiftLeft((int) (n - Long.bitCount(n)));
    }

    /** The product of the odd numbers in (low, high]. */
    private static BigInteger oddProduct(long low, long high) {
        long first = low + 1 | 1;
        long last = (high & 1) == 0 ? high - 1 : high;
        if (first > last) {
            return BigInteger.ONE;
        }
        return productOfOdd(first, (last - first) / 2 + 1);
    }

    /** first * (first + 2) * ... for count factors. */
    private static BigInteger productOfOdd(long first, long count) {
        if (count <= 8) {
            long lastFactor = first + 2 * (count - 1);
            if (lastFactor < 0x80) {
                long p = 1;
                for (long i = 0; i < count; i++) {
                    p *= first + 2 * i;
                }
                return BigInteger.valueOf(p);
            }
            BigInteger p = BigInteger.valueOf(first);
            for (long i = 1; i < count; i++) {
                p = p.multiply(BigInteger.valueOf(first + 2 * i));
            }
            return p;
        }
        long half = count / 2;
        return productOfOdd(first, half).multiply(productOfOdd(first + 2 * half, count - half));
    }

    /** from * (from + 1) * ... * (from + count - 1), for count &gt;= 0. */
    private static BigInteger rising(BigInteger from, long count) {
        if (count == 0) {
            return BigInteger.ONE;
        }
        if (count <= 8) {
            BigInteger p = from;
            for (long i = 1; i < count; i++) {
                p = p.multiply(from.add(BigInteger.valueOf(i)));
            }
            return p;
        }
        long half = count / 2;
        return rising(from, half).multiply(rising(from.add(BigInteger.valueOf(half)), count - half));
    }

    private static void checkArguments(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw PyFailure.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyFailure.valueError("k must be a non-negative integer");
        }
    }

    static BigInteger perm(BigInteger n, BigInteger k) {
        checkArguments(n, k);
        if (k.compareTo(n) > 0) {
            return BigInteger.ZERO;
        }
        if (k.bitLength() > 62) {
            throw PyFailure.overflowError("k must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValueExact();
        return rising(n.subtract(k).add(BigInteger.ONE), kk);
    }

    static BigInteger comb(BigInteger n, BigInteger k) {
        checkArguments(n, k);
        if (k.compareTo(n) > 0) {
            return BigInteger.ZERO;
        }
        BigInteger other = n.subtract(k);
        if (other.compareTo(k) < 0) {
            k = other;
        }
        if (k.bitLength() > 62) {
            throw PyFailure.overflowError("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long kk = k.longValueExact();
        if (n.bitLength() < 63 && kk < 64) {
            // Small enough for exact long arithmetic while the running value fits.
            long nn = n.longValue();
            long c = 1;
            long i = 1;
            for (; i <= kk; i++) {
                long factor = nn - kk + i;
                long hi = Math.multiplyHigh(c, factor);
                if (hi != 0 || c * factor < 0) {
                    break;
                }
                c = c * factor / i;
            }
            if (i > kk) {
                return BigInteger.valueOf(c);
            }
        }
        return rising(n.subtract(k).add(BigInteger.ONE), kk).divide(factorial(kk));
    }
}
