package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CompareOp;

/** Set algebra and comparisons of set and frozenset (the result has the left operand's type). */
final class SetOps {
    private SetOps() {}

    static long binary(Space s, BinaryOp op, int a, int b) {
        boolean frozen = s.typeOf(s.unwrap(s.ts.get(a))).nativeKind == PyType.Native.FROZENSET;
        int r = s.ts.push(Sets.create(s, false));
        try {
            switch (op) {
                case OR -> {
                    addAll(s, r, a, -1, true);
                    addAll(s, r, b, -1, true);
                }
                case AND -> addAll(s, r, a, b, true);
                case SUBTRACT -> addAll(s, r, a, b, false);
                case XOR -> {
                    addAll(s, r, a, b, false);
                    addAll(s, r, b, a, false);
                }
                default -> {
                    return Py.NOT_IMPLEMENTED;
                }
            }
            if (frozen) {
                s.setShape(s.ts.get(r), s.frozensetType.rootShape);
            }
            return s.ts.get(r);
        } finally {
            s.ts.truncate(r);
        }
    }

    /** Adds the items of {@code from} that are (keep) or are not (!keep) in {@code filter} (-1: all). */
    static void addAll(Space s, int target, int from, int filter, boolean keep) {
        ThreadState ts = s.ts;
        int base = ts.top();
        int n = Iteration.pushAll(s, from);
        try {
            for (int i = 0; i < n; i++) {
                if (filter >= 0) {
                    boolean in = Sets.contains(s, s.unwrap(ts.get(filter)), ts.get(base + i));
                    if (in != keep) {
                        continue;
                    }
                }
                Sets.add(s, target, base + i);
            }
        } finally {
            ts.truncate(base);
        }
    }

    static long inPlace(Space s, BinaryOp op, int a, int b) {
        long r = binary(s, op, a, b);
        int rs = s.ts.push(r);
        try {
            replaceContents(s, a, rs);
            return s.ts.get(a);
        } finally {
            s.ts.truncate(rs);
        }
    }

    /** Makes the set in {@code target} hold exactly the items of the set in {@code source}. */
    static void replaceContents(Space s, int target, int source) {
        long t = s.unwrap(s.ts.get(target));
        long src = s.unwrap(s.ts.get(source));
        s.put(t, Layouts.TABLE_ENTRIES, dev.pyxis.heap.api.Memory.getWord(src + Layouts.TABLE_ENTRIES));
        Space.putRaw(t, Layouts.TABLE_USED, Sets.size(src));
        Space.putRaw(t, Layouts.TABLE_FILLED, Space.get(src, Layouts.TABLE_FILLED));
    }

    static long compare(Space s, CompareOp op, int a, int b) {
        long x = s.unwrap(s.ts.get(a)), y = s.unwrap(s.ts.get(b));
        long n = Sets.size(x), m = Sets.size(y);
        return switch (op) {
            case EQ -> Py.bool(n == m && subset(s, a, b));
            case NE -> Py.bool(!(n == m && subset(s, a, b)));
            case LE -> Py.bool(n <= m && subset(s, a, b));
            case LT -> Py.bool(n < m && subset(s, a, b));
            case GE -> Py.bool(n >= m && subset(s, b, a));
            case GT -> Py.bool(n > m && subset(s, b, a));
        };
    }

    static boolean subset(Space s, int a, int b) {
        long x = s.unwrap(s.ts.get(a));
        for (long i = 0; i < Sets.capacity(x); i++) {
            long k = Sets.keyAt(s.unwrap(s.ts.get(a)), i);
            if (k != 0 && !Sets.contains(s, s.unwrap(s.ts.get(b)), k)) {
                return false;
            }
        }
        return true;
    }
}
