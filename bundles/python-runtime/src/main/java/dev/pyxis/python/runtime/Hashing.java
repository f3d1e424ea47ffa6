package dev.pyxis.python.runtime;

/** Hash helpers for non-numeric values (numbers hash through support.NumericHash). */
final class Hashing {

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

    /**
     * The hash of str and bytes data: SipHash-1-3 with an all-zero key (CPython's function with
     * PYTHONHASHSEED=0, so that set and dict orders of strs agree with it), over the bytes of the
     * value (a str's code points in its narrowest width, little endian). Empty data hashes to 0.
     */
    static long bytesHash(byte[] data, int length) {
        if (length == 0) {
            return 0;
        }
        long v0 = 0x736f6d6570736575L, v1 = 0x646f72616e646f6dL, v2 = 0x6c7967656e657261L, v3 = 0x7465646279746573L;
        int whole = length & ~7;
        for (int i = 0; i < whole; i += 8) {
            long m = word(data, i, 8);
            v3 ^= m;
            // one compression round
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            v0 ^= m;
        }
        long last = ((long) length << 56) | word(data, whole, length - whole);
        v3 ^= last;
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        v0 ^= last;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return fixMinusOne(v0 ^ v1 ^ v2 ^ v3);
    }

    /** {@code n} (at most 8) bytes from {@code at} as a little-endian word. */
    private static long word(byte[] data, int at, int n) {
        long w = 0;
        for (int j = n - 1; j >= 0; j--) {
            w = (w << 8) | (data[at + j] & 0xff);
        }
        return w;
    }

    /** The bytes a str's text is hashed over: each code point in the narrowest width of the text. */
    static byte[] strData(String text) {
        int max = 0;
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            max = Math.max(max, cp);
            n++;
            i += Character.charCount(cp);
        }
        int kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        byte[] out = new byte[n * kind];
        int k = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            for (int j = 0; j < kind; j++) {
                out[k++] = (byte) (cp >> (8 * j));
            }
            i += Character.charCount(cp);
        }
        return out;
    }
}
