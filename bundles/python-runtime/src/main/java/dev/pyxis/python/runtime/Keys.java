package dev.pyxis.python.runtime;

import dev.pyxis.python.support.NumericHash;

/**
 * Hashing and equality of dict and set keys for the builtin immutable types (int, bool, float,
 * str, bytes, None, tuples of these). Equal numbers hash alike across types, as Python requires.
 */
final class Keys {
    private Keys() {}

    /**
     * Whether hashing and comparing the key runs no Python code (builtin immutable values), so
     * lookups may keep words in Java locals.
     */
    static boolean isSimple(Space s, long w) {
        if (!Py.isObject(w)) {
            return true;
        }
        PyType t = s.typeOf(w);
        if (t == s.strType || t == s.intType || t == s.floatType || t == s.bytesType || t == s.complexType) {
            return true;
        }
        if (t == s.tupleType) {
            long n = Space.length(w);
            for (long i = 0; i < n; i++) {
                if (!isSimple(s, Space.item(w, i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** hash() of a simple key ({@link #isSimple}). */
    static long hash(Space s, long w) {
        if (Py.isSmallInt(w)) {
            return NumericHash.hash(Py.smallValue(w));
        }
        if (Py.isImmediate(w)) {
            return w == Py.TRUE ? 1 : w == Py.FALSE ? 0 : Hashing.fold(w * 0x9E3779B97F4A7C15L);
        }
        PyType t = s.typeOf(w);
        if (t == s.strType) {
            return s.strHash(w);
        }
        if (t == s.intType) {
            return NumericHash.hash(s.bigValue(w));
        }
        if (t == s.floatType) {
            return NumericHash.hash(s.floatValue(w), Hashing.fold(s.identity(w)));
        }
        if (t == s.tupleType) {
            long n = Space.length(w);
            long acc = TUPLE_SEED;
            for (long i = 0; i < n; i++) {
                acc = tupleRound(acc, hash(s, Space.item(w, i)));
            }
            return tupleFinish(acc, n);
        }
        if (t == s.bytesType) {
            byte[] b = s.bytes(w);
            return Hashing.bytesHash(b, b.length);
        }
        if (t == s.complexType) {
            return NumericHash.hash(s.complexReal(w), s.complexImag(w), Hashing.fold(s.identity(w)));
        }
        throw new IllegalStateException("not a simple key: " + t.name);
    }

    // hash(tuple) is observable (printed hashes, set order of tuples), so it is CPython's: rounds
    // of the xxHash64 accumulator over the items' hashes, with the xxHash64 primes.
    private static final long XX_PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XX_PRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long TUPLE_SEED = 0x27D4EB2F165667C5L;

    private static long tupleRound(long acc, long itemHash) {
        return Long.rotateLeft(acc + itemHash * XX_PRIME_2, 31) * XX_PRIME_1;
    }

    private static long tupleFinish(long acc, long length) {
        long h = acc + (length ^ (TUPLE_SEED ^ 3527539L));
        return h == -1 ? 1546275796L : h;
    }

    /** hash(tuple): combines the items' hashes (items may run Python __hash__). */
    static long tupleHash(Space s, int slot) {
        long n = Space.length(s.unwrap(s.ts.get(slot)));
        long acc = TUPLE_SEED;
        int item = s.ts.push(0);
        try {
            for (long i = 0; i < n; i++) {
                s.ts.set(item, Space.item(s.unwrap(s.ts.get(slot)), i));
                acc = tupleRound(acc, Ops.hash(s, item));
            }
            return tupleFinish(acc, n);
        } finally {
            s.ts.truncate(item);
        }
    }

    static boolean equal(Space s, long a, long b) {
        if (a == b) {
            return true;
        }
        Boolean numeric = Numbers.compare(s, dev.pyxis.python.bytecode.CompareOp.EQ, a, b);
        if (numeric != null) {
            return numeric;
        }
        PyType ta = s.typeOf(a), tb = s.typeOf(b);
        if (!Py.isObject(a) || !Py.isObject(b)) {
            // A number equals a complex with no imaginary part (0 == 0j); other immediates differ.
            return (ta == s.complexType || tb == s.complexType) && complexEqual(s, a, b);
        }
        if (ta == s.strType && tb == s.strType) {
            return s.strEquals(a, b);
        }
        if (ta == s.bytesType && tb == s.bytesType) {
            return java.util.Arrays.equals(s.bytes(a), s.bytes(b));
        }
        if (ta == s.complexType || tb == s.complexType) {
            return complexEqual(s, a, b);
        }
        if (ta == s.tupleType && tb == s.tupleType) {
            long n = Space.length(a);
            if (n != Space.length(b)) {
                return false;
            }
            for (long i = 0; i < n; i++) {
                if (!equal(s, Space.item(a, i), Space.item(b, i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean complexEqual(Space s, long a, long b) {
        PyType ta = s.typeOf(a), tb = s.typeOf(b);
        if ((ta != s.complexType && !s.isInt(a) && ta != s.floatType) || (tb != s.complexType && !s.isInt(b) && tb != s.floatType)) {
            return false;
        }
        double ra = ta == s.complexType ? s.complexReal(a) : Numbers.toDouble(s, a);
        double ia = ta == s.complexType ? s.complexImag(a) : 0.0;
        double rb = tb == s.complexType ? s.complexReal(b) : Numbers.toDouble(s, b);
        double ib = tb == s.complexType ? s.complexImag(b) : 0.0;
        return ra == rb && ia == ib;
    }
}
