package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.Word;

/**
 * Value words. A small int has the low bit set; a heap object is an aligned address; the
 * immortal singletons None, False, True, NotImplemented and Ellipsis are immediates tagged
 * {@code 010} so that they never move, need no rooting and compare with {@code ==}.
 */
public final class Py {
    public static final long NULL = 0;
    public static final long NONE = 0b000_010;
    public static final long FALSE = 0b001_010;
    public static final long TRUE = 0b010_010;
    public static final long NOT_IMPLEMENTED = 0b011_010;
    public static final long ELLIPSIS = 0b100_010;

    private Py() {}

    public static boolean isSmallInt(long w) {
        return (w & 1) != 0;
    }

    public static boolean isObject(long w) {
        return Word.isReference(w);
    }

    public static boolean isImmediate(long w) {
        return (w & 7) == 2;
    }

    public static long smallInt(long v) {
        return Word.fromSmallInt(v);
    }

    public static long smallValue(long w) {
        return w >> 1;
    }

    public static boolean fitsSmall(long v) {
        return Word.fitsSmallInt(v);
    }

    public static long bool(boolean b) {
        return b ? TRUE : FALSE;
    }
}
