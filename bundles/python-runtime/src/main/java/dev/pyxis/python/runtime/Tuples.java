package dev.pyxis.python.runtime;

/** Small tuple constructors. */
final class Tuples {
    private Tuples() {}

    /** (a, b) from two words read just now (rooted here across the allocation). */
    static long pair(Space s, long a, long b) {
        int base = s.ts.push(a);
        s.ts.push(b);
        try {
            return s.newTupleFromRoots(base, 2);
        } finally {
            s.ts.truncate(base);
        }
    }

    static long single(Space s, long a) {
        int base = s.ts.push(a);
        try {
            return s.newTupleFromRoots(base, 1);
        } finally {
            s.ts.truncate(base);
        }
    }
}
