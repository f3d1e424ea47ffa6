package dev.pyxis.python.runtime;

/** Operations shared by tuple and list (and str where noted): length, items, concatenation, repetition. */
final class Sequences {
    private Sequences() {}

    static long length(Space s, long seq) {
        long v = s.unwrap(seq);
        return s.typeOf(v) == s.listType ? Lists.size(v) : Space.length(v);
    }

    static long item(Space s, long seq, long i) {
        long v = s.unwrap(seq);
        return s.typeOf(v) == s.listType ? Lists.get(v, i) : Space.item(v, i);
    }

    static long concatLists(Space s, int a, int b) {
        long n = Lists.size(s.unwrap(s.ts.get(a))), m = Lists.size(s.unwrap(s.ts.get(b)));
        int r = s.ts.push(Lists.create(s, n + m));
        try {
            ListMethods.extend(s, r, a);
            ListMethods.extend(s, r, b);
            return s.ts.get(r);
        } finally {
            s.ts.truncate(r);
        }
    }

    static long concatTuples(Space s, int a, int b) {
        long n = Space.length(s.unwrap(s.ts.get(a))), m = Space.length(s.unwrap(s.ts.get(b)));
        long t = s.newTuple((int) checkedSize(s, n + m));
        long x = s.unwrap(s.ts.get(a)), y = s.unwrap(s.ts.get(b));
        for (long i = 0; i < n; i++) {
            Space.initItem(t, i, Space.item(x, i));
        }
        for (long i = 0; i < m; i++) {
            Space.initItem(t, n + i, Space.item(y, i));
        }
        return t;
    }

    private static long checkedSize(Space s, long n) {
        if (n > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError(s);
        }
        return n;
    }

    /** seq * n for a tuple or list in root slot {@code a} and an int in {@code b}. */
    static long repeat(Space s, int a, int b) {
        long count = repeatCount(s, s.ts.get(b));
        long seq = s.unwrap(s.ts.get(a));
        boolean list = s.typeOf(seq) == s.listType;
        long n = list ? Lists.size(seq) : Space.length(seq);
        long total = count * n;
        if (n != 0 && total / n != count) {
            throw Errors.memoryError(s);
        }
        checkedSize(s, total);
        long r = list ? Lists.create(s, total) : s.newTuple((int) total);
        seq = s.unwrap(s.ts.get(a));
        long storage = list ? Space.get(r, Layouts.LIST_STORAGE) : r;
        for (long k = 0; k < count; k++) {
            for (long i = 0; i < n; i++) {
                Space.initItem(storage, k * n + i, item(s, seq, i));
            }
        }
        if (list) {
            Space.putRaw(r, Layouts.LIST_SIZE, total);
        }
        return r;
    }

    static long repeatStr(Space s, int a, int b) {
        long count = repeatCount(s, s.ts.get(b));
        String str = s.str(s.ts.get(a));
        if (str.length() != 0 && count > Long.MAX_VALUE / str.length()) {
            throw Errors.overflow(s, "repeated string is too long");
        }
        if (str.length() != 0 && count > (Integer.MAX_VALUE - 16) / str.length()) {
            // A size Python allows but this heap cannot hold.
            throw Errors.memoryError(s);
        }
        return s.newStr(str.repeat((int) count));
    }

    private static long repeatCount(Space s, long w) {
        java.math.BigInteger v = s.bigValue(w);
        if (v.bitLength() > 63) {
            // Even a hugely negative count: it must fit an index before it counts as zero.
            throw Errors.overflow(s, "cannot fit 'int' into an index-sized integer");
        }
        if (v.signum() <= 0) {
            return 0;
        }
        return v.longValue();
    }
}
