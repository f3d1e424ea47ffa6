package dev.pyxis.python.runtime;

/**
 * Hashing and equality of dict and set keys for the builtin immutable types (int, bool, float,
 * str, bytes, None, tuples of these). Equal numbers hash alike across types, as Python requires.
 */
final class Keys {
    private Keys() {}

    static long hash(Space s, long w) {
        if (Py.isSmallInt(w)) {
            return Hashing.ofLong(Py.smallValue(w));
        }
        if (Py.isImmediate(w)) {
            return w == Py.TRUE ? 1 : w == Py.FALSE ? 0 : Hashing.fold(w * 0x9E3779B97F4A7C15L);
        }
        PyType t = s.typeOf(w);
        if (t == s.strType) {
            return s.strHash(w);
        }
        if (t == s.intType) {
            return Hashing.ofBig(s.bigValue(w));
        }
        if (t == s.floatType) {
            double d = s.floatValue(w);
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 0x1p62) {
                return Hashing.ofLong((long) d);
            }
            return Hashing.fold(Double.doubleToLongBits(d) * 0x9E3779B97F4A7C15L);
        }
        if (t == s.tupleType) {
            long n = Space.length(w);
            long h = 0x27D4EB2F165667C5L;
            for (long i = 0; i < n; i++) {
                h = (h ^ hash(s, Space.item(w, i))) * 0x9E3779B97F4A7C15L;
            }
            return Hashing.fold(h);
        }
        throw Errors.raise(s, "SystemError", "hashing '" + t.name + "' objects is not supported yet");
    }

    static boolean equal(Space s, long a, long b) {
        if (a == b) {
            return true;
        }
        Boolean numeric = Numbers.compare(s, dev.pyxis.python.bytecode.CompareOp.EQ, a, b);
        if (numeric != null) {
            return numeric;
        }
        if (!Py.isObject(a) || !Py.isObject(b)) {
            return false;
        }
        PyType ta = s.typeOf(a), tb = s.typeOf(b);
        if (ta == s.strType && tb == s.strType) {
            return s.strEquals(a, b);
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
}
