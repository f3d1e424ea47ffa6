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
}
