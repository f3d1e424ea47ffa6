package dev.pyxis.python.support;

import java.math.BigInteger;

/**
 * Python int semantics on Java values: floor division and modulo with the divisor's sign,
 * true division correctly rounded, conversion to float, shifts, modular power, rounding,
 * bit queries and byte conversion. The long methods are the fast path; where a result can
 * leave the long range they throw {@link ArithmeticException} (like {@code Math.*Exact}) and
 * the caller retries with the BigInteger method.
 */
public final class IntMath {
    private static final long TWO_53 = 1L << 53;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** Python caps an int near 2^63 bits; beyond that a shift cannot allocate. */
    private static final long MAX_SHIFT = Integer.MAX_VALUE;

    private IntMath() {
    }

    /** {@code a // b}. @throws ArithmeticException for {@code Long.MIN_VALUE // -1} */
    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw divisionByZero();
        }
        if (a == Long.MIN_VALUE && b == -1) {
            throw new ArithmeticException("long overflow");
        }
        return Math.floorDiv(a, b);
    }

    /** {@code a % b}, with the sign of b. */
    public static long mod(long a, long b) {
        if (b == 0) {
            throw PyFailure.zeroDivision("integer modulo by zero");
        }
        return Math.floorMod(a, b);
    }

    /** {@code a // b}. */
    public static BigInteger floorDiv(BigInteger a, BigInteger b) {
        return divmod(a, b)[0];
    }

    /** {@code a % b}, with the sign of b. */
    public static BigInteger mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyFailure.zeroDivision("integer modulo by zero");
        }
        BigInteger r = a.remainder(b);
        return r.signum() != 0 && r.signum() != b.signum() ? r.add(b) : r;
    }

    /** {@code divmod(a, b)} as {quotient, remainder}. */
    public static BigInteger[] divmod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw divisionByZero();
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /** {@code a / b}, correctly rounded. */
    public static double trueDivide(long a, long b) {
        if (b == 0) {
            throw PyFailure.zeroDivision("division by zero");
        }
        if (Math.abs(a) <= TWO_53 && Math.abs(b) <= TWO_53 && a != Long.MIN_VALUE
                && b != Long.MIN_VALUE) {
            // Both exact as doubles: one IEEE division rounds correctly.
            return (double) a / (double) b;
        }
        return trueDivide(BigInteger.valueOf(a), BigInteger.valueOf(b));
    }

    /** {@code a / b}, correctly rounded (the exact quotient rounded once, half to even). */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyFailure.zeroDivision("division by zero");
        }
        boolean negative = a.signum() * b.signum() < 0 || a.signum() == 0 && b.signum() < 0;
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        BigInteger n = a.abs();
        BigInteger d = b.abs();
        long diff = (long) n.bitLength() - d.bitLength();
        if (diff > 1025) {
            throw PyFailure.overflowError("integer division result too large for a float");
        }
        if (diff < -1080) {
            return negative ? -0.0 : 0.0;
        }
        // Scale so the integer quotient has 55 or 56 bits: two below the last kept bit.
        int shift = (int) (55 - diff);
        if (shift >= 0) {
            n = n.shiftLeft(shift);
        } else {
            d = d.shiftLeft(-shift);
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        double r = scaledToDouble(qr[0].longValue(), qr[1].signum() != 0, -shift);
        if (Double.isInfinite(r)) {
            throw PyFailure.overflowError("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /** {@code float(v)}, correctly rounded. */
    public static double toDouble(BigInteger v) {
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyFailure.overflowError("int too large to convert to float");
        }
        return d;
    }

    /**
     * {@code (q + s) × 2^exp2} rounded to a double, half to even, where {@code 0 < q < 2^63}
     * and s is a positive amount below one unit of q when sticky is set (else zero).
     */
    static double scaledToDouble(long q, boolean sticky, long exp2) {
        int bits = 64 - Long.numberOfLeadingZeros(q);
        long top = bits - 1 + exp2;
        if (top > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        long precision = top >= -1022 ? 53 : 53 - (-1022 - top);
        long drop = bits - precision;
        if (drop > 0) {
            if (drop >= 64) {
                return 0.0;
            }
            long rem = q & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            q >>>= drop;
            exp2 += drop;
            if (rem > half || rem == half && (sticky || (q & 1) != 0)) {
                q++;
            }
        }
        return Math.scalb((double) q, (int) Math.max(exp2, -2000));
    }

    /** {@code a << n}. @throws ArithmeticException when the result leaves the long range */
    public static long shiftLeft(long a, long n) {
        if (n < 0) {
            throw negativeShift();
        }
        if (a == 0) {
            return 0;
        }
        if (n >= 63 || (a << n) >> n != a) {
            throw new ArithmeticException("long overflow");
        }
        return a << n;
    }

    /** {@code a >> n} (floor). */
    public static long shiftRight(long a, long n) {
        if (n < 0) {
            throw negativeShift();
        }
        return a >> Math.min(n, 63);
    }

    /** {@code a << n}. */
    public static BigInteger shiftLeft(BigInteger a, long n) {
        if (n < 0) {
            throw negativeShift();
        }
        if (a.signum() == 0) {
            return a;
        }
        if (n > MAX_SHIFT) {
            throw new PyFailure(PyFailure.Kind.MEMORY_ERROR, "");
        }
        return a.shiftLeft((int) n);
    }

    /** {@code a >> n} (floor). */
    public static BigInteger shiftRight(BigInteger a, long n) {
        if (n < 0) {
            throw negativeShift();
        }
        if (n >= a.bitLength()) {
            return a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        }
        return a.shiftRight((int) n);
    }

    /**
     * {@code pow(base, exp, mod)}: the result has the sign of mod; a negative exponent
     * raises the modular inverse.
     */
    public static BigInteger modPow(BigInteger base, BigInteger exp, BigInteger mod) {
        if (mod.signum() == 0) {
            throw PyFailure.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger m = mod.abs();
        if (m.equals(BigInteger.ONE)) {
            return BigInteger.ZERO;
        }
        BigInteger b = base;
        BigInteger e = exp;
        if (e.signum() < 0) {
            try {
                b = base.modInverse(m);
            } catch (ArithmeticException notInvertible) {
                throw PyFailure.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = b.modPow(e, m);
        return mod.signum() < 0 && r.signum() != 0 ? r.subtract(m) : r;
    }

    /** {@code base ** exp} for a non-negative exponent. */
    public static BigInteger pow(BigInteger base, long exp) {
        if (exp < 0) {
            throw new IllegalArgumentException("negative exponent: the result is a float");
        }
        if (base.signum() == 0 || base.abs().equals(BigInteger.ONE)) {
            return exp == 0 ? BigInteger.ONE : base.signum() < 0 && (exp & 1) == 0 ? BigInteger.ONE : base;
        }
        if (exp > Integer.MAX_VALUE) {
            throw new PyFailure(PyFailure.Kind.MEMORY_ERROR, "");
        }
        return base.pow((int) exp);
    }

    /** {@code round(v, ndigits)} for ndigits &lt; 0: to a multiple of 10^-ndigits, ties to even. */
    public static BigInteger round(BigInteger v, long ndigits) {
        if (ndigits >= 0) {
            return v;
        }
        // 10^k exceeds |v| once k passes its digit count: the result is then 0.
        if (-ndigits > (long) (v.bitLength() * 0.30103) + 2) {
            return BigInteger.ZERO;
        }
        BigInteger unit = BigInteger.TEN.pow((int) -ndigits);
        BigInteger[] qr = divmod(v, unit);
        int cmp = qr[1].shiftLeft(1).compareTo(unit);
        if (cmp > 0 || cmp == 0 && qr[0].testBit(0)) {
            qr[0] = qr[0].add(BigInteger.ONE);
        }
        return qr[0].multiply(unit);
    }

    /** {@code v.bit_length()}. */
    public static int bitLength(long v) {
        return 64 - Long.numberOfLeadingZeros(v < 0 ? -v : v);
    }

    /** {@code v.bit_length()}. */
    public static long bitLength(BigInteger v) {
        return v.abs().bitLength();
    }

    /** {@code v.bit_count()}. */
    public static int bitCount(long v) {
        return Long.bitCount(v < 0 ? -v : v);
    }

    /** {@code v.bit_count()}. */
    public static long bitCount(BigInteger v) {
        return v.abs().bitCount();
    }

    /** True when v fits a long. */
    public static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    /**
     * {@code v.to_bytes(length, byteorder, signed=signed)}.
     *
     * @param byteorder "big" or "little"
     */
    public static byte[] toBytes(BigInteger v, long length, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        if (length < 0) {
            throw PyFailure.valueError("length argument must be non-negative");
        }
        if (!signed && v.signum() < 0) {
            throw PyFailure.overflowError("can't convert negative int to unsigned");
        }
        long needBits = signed ? v.bitLength() + 1L : v.bitLength();
        if (length < 1L << 59 && needBits > length * 8) {
            throw PyFailure.overflowError("int too big to convert");
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new PyFailure(PyFailure.Kind.MEMORY_ERROR, "");
        }
        byte[] out = new byte[(int) length];
        byte[] two = v.toByteArray();
        byte fillByte = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = two.length - 1 - i;
            byte b = src >= 0 ? two[src] : fillByte;
            out[little ? i : out.length - 1 - i] = b;
        }
        return out;
    }

    /** {@code int.from_bytes(bytes, byteorder, signed=signed)}. */
    public static BigInteger fromBytes(byte[] bytes, String byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        byte[] big = bytes;
        if (little) {
            big = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                big[i] = bytes[bytes.length - 1 - i];
            }
        }
        if (big.length == 0) {
            return BigInteger.ZERO;
        }
        return signed ? new BigInteger(big) : new BigInteger(1, big);
    }

    private static boolean littleEndian(String byteorder) {
        return switch (byteorder) {
            case "little" -> true;
            case "big" -> false;
            default -> throw PyFailure.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    private static PyFailure divisionByZero() {
        return PyFailure.zeroDivision("integer division or modulo by zero");
    }

    private static PyFailure negativeShift() {
        return PyFailure.valueError("negative shift count");
    }
}
