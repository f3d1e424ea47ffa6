package dev.pyxis.python.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python int to and from digit text: decimal conversion guarded by the integer string
 * conversion length limit ({@code sys.set_int_max_str_digits}), power-of-two bases without
 * any limit, and {@code bin()}/{@code oct()}/{@code hex()}. Huge values convert in
 * subquadratic time (divide and conquer over cached powers of the base).
 */
public final class IntText {
    /** {@code sys.int_info.default_max_str_digits}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** {@code sys.int_info.str_digits_check_threshold}: the smallest limit one may set. */
    public static final int STR_DIGITS_CHECK_THRESHOLD = 640;

    /** Below this many digits a single library conversion is faster than splitting. */
    private static final int SPLIT_DIGITS = 1200;
    private static final double LOG10_2 = Math.log10(2);

    /** Powers base^(SPLIT_DIGITS × 2^k), keyed by base × 64 + k. */
    private static final ConcurrentHashMap<Integer, BigInteger> POWERS = new ConcurrentHashMap<>();

    private IntText() {
    }

    /** {@code str(v)} of a machine-sized int (never limited: the limit is at least 640). */
    public static String toDecimal(long v) {
        return Long.toString(v);
    }

    /**
     * {@code str(v)}.
     *
     * @param maxStrDigits the current limit, 0 for none
     * @throws PyFailure ValueError when the value has more decimal digits than the limit
     */
    public static String toDecimal(BigInteger v, int maxStrDigits) {
        int bits = v.bitLength();
        if (maxStrDigits > 0 && bits > 2000) {
            // digits = floor(log10 |v|) + 1 lies between these bounds.
            long atLeast = (long) Math.floor((bits - 1) * LOG10_2) + 1;
            if (atLeast > maxStrDigits) {
                throw tooManyDigitsOut(maxStrDigits);
            }
        }
        String s = v.toString();
        if (maxStrDigits > 0 && s.length() - (v.signum() < 0 ? 1 : 0) > maxStrDigits) {
            throw tooManyDigitsOut(maxStrDigits);
        }
        return s;
    }

    /** The ValueError of an int-to-str conversion beyond the limit. */
    public static PyFailure tooManyDigitsOut(int maxStrDigits) {
        return PyFailure.valueError("Exceeds the limit (" + maxStrDigits
                + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** The ValueError of a str-to-int conversion beyond the limit. */
    public static PyFailure tooManyDigitsIn(int maxStrDigits, long digits) {
        return PyFailure.valueError("Exceeds the limit (" + maxStrDigits
                + " digits) for integer string conversion: value has " + digits
                + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }

    /** {@code bin(v)}: "0b101", "-0b101". */
    public static String bin(long v) {
        return prefixed(v, 2, "0b");
    }

    /** {@code oct(v)}: "0o17", "-0o17". */
    public static String oct(long v) {
        return prefixed(v, 8, "0o");
    }

    /** {@code hex(v)}: "0xff", "-0xff". */
    public static String hex(long v) {
        return prefixed(v, 16, "0x");
    }

    /** {@code bin(v)}. */
    public static String bin(BigInteger v) {
        return prefixed(v, 2, "0b");
    }

    /** {@code oct(v)}. */
    public static String oct(BigInteger v) {
        return prefixed(v, 8, "0o");
    }

    /** {@code hex(v)}. */
    public static String hex(BigInteger v) {
        return prefixed(v, 16, "0x");
    }

    /** Digits of |v| in a base from 2 to 36 (lower case), without sign or prefix. */
    public static String magnitudeDigits(long v, int base) {
        // -Long.MIN_VALUE stays negative but reads right as unsigned.
        return Long.toUnsignedString(v >= 0 ? v : -v, base);
    }

    private static String prefixed(long v, int base, String prefix) {
        String digits = magnitudeDigits(v, base);
        return v < 0 ? "-" + prefix + digits : prefix + digits;
    }

    private static String prefixed(BigInteger v, int base, String prefix) {
        String digits = v.abs().toString(base);
        return v.signum() < 0 ? "-" + prefix + digits : prefix + digits;
    }

    /**
     * The non-negative value of ASCII digits ('0'-'9', 'a'-'z' in either case) in a base from
     * 2 to 36; the caller has validated them. Power-of-two bases pack bits directly; other
     * bases split the text recursively so that huge inputs cost a few big multiplications.
     */
    public static BigInteger parseDigits(byte[] digits, int from, int to, int base) {
        if (Integer.bitCount(base) == 1) {
            return packBits(digits, from, to, Integer.numberOfTrailingZeros(base));
        }
        return splitParse(digits, from, to, base);
    }

    /** The value of at most 18 decimal (or fewer higher-base) digits that fit a long. */
    static long parseSmall(byte[] digits, int from, int to, int base) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * base + digitValue(digits[i]);
        }
        return v;
    }

    static int digitValue(byte c) {
        if (c <= '9') {
            return c - '0';
        }
        return (c | 0x20) - 'a' + 10;
    }

    private static BigInteger packBits(byte[] digits, int from, int to, int shift) {
        long bits = (long) (to - from) * shift;
        byte[] out = new byte[(int) ((bits + 7) / 8) + 1];
        int bitPos = 0;
        for (int i = to - 1; i >= from; i--) {
            int d = digitValue(digits[i]);
            for (int k = 0; k < shift; k++, bitPos++) {
                if ((d >> k & 1) != 0) {
                    out[out.length - 1 - (bitPos >> 3)] |= (byte) (1 << (bitPos & 7));
                }
            }
        }
        return new BigInteger(1, out);
    }

    private static BigInteger splitParse(byte[] digits, int from, int to, int base) {
        int len = to - from;
        if (len <= SPLIT_DIGITS) {
            return smallParse(digits, from, to, base);
        }
        // Split so that the low part has SPLIT_DIGITS × 2^k digits: its power is cached.
        int k = 0;
        while ((long) SPLIT_DIGITS << (k + 1) < len) {
            k++;
        }
        int lowLen = SPLIT_DIGITS << k;
        BigInteger high = splitParse(digits, from, to - lowLen, base);
        BigInteger low = splitParse(digits, to - lowLen, to, base);
        return high.multiply(power(base, k)).add(low);
    }

    private static BigInteger smallParse(byte[] digits, int from, int to, int base) {
        if (to - from <= 18 && base <= 10) {
            return BigInteger.valueOf(parseSmall(digits, from, to, base));
        }
        return new BigInteger(new String(digits, from, to - from, StandardCharsets.ISO_8859_1), base);
    }

    private static BigInteger power(int base, int k) {
        Integer key = base * 64 + k;
        BigInteger p = POWERS.get(key);
        if (p == null) {
            p = k == 0 ? BigInteger.valueOf(base).pow(SPLIT_DIGITS) : power(base, k - 1).pow(2);
            POWERS.putIfAbsent(key, p);
        }
        return p;
    }
}
