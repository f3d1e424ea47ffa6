package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.runtime.PyType.Native;
import java.math.BigInteger;

/** The methods and attributes of range; ranges compare and hash as the sequences they denote. */
final class RangeMethods {
    private RangeMethods() {}

    private static final Native K = Native.RANGE;

    /**
     * hash(range): equal ranges hash alike, so the hash is that of (len, start, step) with the
     * parts that do not matter for short ranges replaced by None.
     */
    static long hash(Space s, int slot) {
        ThreadState ts = s.ts;
        int base = ts.top();
        try {
            long r = s.unwrap(ts.get(slot));
            BigInteger n = Ranges.bigLength(s, r);
            ts.push(s.newInt(n));
            ts.push(n.signum() == 0 ? Py.NONE : Space.get(s.unwrap(ts.get(slot)), F1));
            ts.push(n.compareTo(BigInteger.ONE) <= 0 ? Py.NONE : Space.get(s.unwrap(ts.get(slot)), F3));
            int t = ts.push(s.newTupleFromRoots(base, 3));
            return Keys.tupleHash(s, t);
        } finally {
            ts.truncate(base);
        }
    }

    /** == and != by the denoted sequence; other comparisons are not supported. */
    static long compare(Space s, CompareOp op, long x, long y) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return Py.NOT_IMPLEMENTED;
        }
        return Py.bool(same(s, x, y) == (op == CompareOp.EQ));
    }

    private static boolean same(Space s, long x, long y) {
        if (x == y) {
            return true;
        }
        BigInteger n = Ranges.bigLength(s, x);
        if (!n.equals(Ranges.bigLength(s, y))) {
            return false;
        }
        if (n.signum() == 0) {
            return true;
        }
        if (!s.bigValue(Space.get(x, F1)).equals(s.bigValue(Space.get(y, F1)))) {
            return false;
        }
        return n.equals(BigInteger.ONE) || s.bigValue(Space.get(x, F3)).equals(s.bigValue(Space.get(y, F3)));
    }

    /** The position of an int in the range, or -1. */
    private static BigInteger position(Space s, long r, long v) {
        BigInteger x = s.bigValue(v), start = s.bigValue(Space.get(r, F1)), stop = s.bigValue(Space.get(r, F2)),
                step = s.bigValue(Space.get(r, F3));
        boolean inSpan = step.signum() > 0 ? x.compareTo(start) >= 0 && x.compareTo(stop) < 0
                : x.compareTo(start) <= 0 && x.compareTo(stop) > 0;
        if (!inSpan) {
            return BigInteger.ONE.negate();
        }
        BigInteger[] qr = x.subtract(start).divideAndRemainder(step);
        return qr[1].signum() == 0 ? qr[0] : BigInteger.ONE.negate();
    }

    /** Items equal to the value, found by iterating (for values that are not exact ints). */
    private static long countByEquality(Space s, int rangeSlot, int valueSlot, boolean firstOnly) {
        ThreadState ts = s.ts;
        int item = ts.push(0);
        try {
            long n = Ranges.length(s, s.unwrap(ts.get(rangeSlot)));
            long count = 0;
            for (long i = 0; i < n; i++) {
                ts.set(item, Ranges.item(s, s.unwrap(ts.get(rangeSlot)), i));
                if (Ops.equal(s, item, valueSlot)) {
                    if (firstOnly) {
                        return i;
                    }
                    count++;
                }
            }
            return firstOnly ? -1 : count;
        } finally {
            ts.truncate(item);
        }
    }

    private static boolean exactInt(Space s, long w) {
        return s.isInt(w) && (!Py.isObject(w) || !s.typeOf(w).heapType);
    }

    static final Builtin INDEX = Receivers.oneArg("range", K, "index(self, value, /)", (s, a) -> {
        if (exactInt(s, a.get(1))) {
            BigInteger p = position(s, s.unwrap(a.get(0)), a.get(1));
            if (p.signum() >= 0) {
                return s.newInt(p);
            }
        } else {
            long i = countByEquality(s, a.slot(0), a.slot(1), true);
            if (i >= 0) {
                return Py.smallInt(i);
            }
        }
        throw Errors.valueError(s, Ops.reprString(s, a.slot(1)) + " is not in range");
    });

    static final Builtin COUNT = Receivers.oneArg("range", K, "count(self, value, /)", (s, a) -> {
        if (exactInt(s, a.get(1))) {
            return Py.smallInt(position(s, s.unwrap(a.get(0)), a.get(1)).signum() >= 0 ? 1 : 0);
        }
        return Py.smallInt(countByEquality(s, a.slot(0), a.slot(1), false));
    });

    static final Builtin LEN = Receivers.positional("range", K, "__len__(self, /)",
            (s, a) -> Py.smallInt(Ranges.length(s, s.unwrap(a.get(0)))));

    static final Builtin BOOL = Receivers.positional("range", K, "__bool__(self, /)",
            (s, a) -> Py.bool(Ranges.bigLength(s, s.unwrap(a.get(0))).signum() != 0));

    static final Builtin GETITEM = Receivers.positional("range", K, "__getitem__(self, key, /)",
            (s, a) -> Subscripts.get(s, a.slot(0), a.slot(1)));

    static final Builtin CONTAINS = Receivers.positional("range", K, "__contains__(self, key, /)",
            (s, a) -> Py.bool(Subscripts.contains(s, a.slot(0), a.slot(1))));

    static final Builtin ITER = Receivers.positional("range", K, "__iter__(self, /)",
            (s, a) -> Iteration.builtinIter(s, a.slot(0)));

    /** reversed(range): an iterator over the range with the same items backwards. */
    static final Builtin REVERSED = Receivers.noArgs("range", K, "__reversed__(self, /)", (s, a) -> {
        ThreadState ts = s.ts;
        long r = s.unwrap(a.get(0));
        BigInteger n = Ranges.bigLength(s, r);
        BigInteger start = s.bigValue(Space.get(r, F1)), step = s.bigValue(Space.get(r, F3));
        BigInteger last = start.add(n.subtract(BigInteger.ONE).multiply(step));
        int base = ts.push(s.newInt(last));
        ts.push(s.newInt(last.subtract(n.multiply(step))));
        ts.push(s.newInt(step.negate()));
        int rev = ts.push(Ranges.create(s, base, base + 1, base + 2));
        return Iteration.builtinIter(s, rev);
    });

    static final Builtin HASH = Receivers.positional("range", K, "__hash__(self, /)", (s, a) -> s.newInt(hash(s, a.slot(0))));

    static final Builtin REPR = Receivers.positional("range", K, "__repr__(self, /)", (s, a) -> s.newStr(Repr.of(s, a.slot(0))));

    private static Builtin field(String name, int offset) {
        return Receivers.positional("range", K, name + "(self, /)", (s, a) -> Space.get(s.unwrap(a.get(0)), offset));
    }

    static void install(Space s) {
        PyType t = s.rangeType;
        for (Builtin b : new Builtin[] {INDEX, COUNT, LEN, BOOL, GETITEM, CONTAINS, ITER, REVERSED, HASH, REPR}) {
            Builtins.method(s, t, b);
        }
        for (CompareOp op : CompareOp.values()) {
            Builtins.method(s, t, Receivers.positional("range", K, op.method() + "(self, value, /)", (sp, a) -> {
                long y = sp.unwrap(a.get(1));
                return sp.typeOf(y).nativeKind != K ? Py.NOT_IMPLEMENTED : compare(sp, op, sp.unwrap(a.get(0)), y);
            }));
        }
        Receivers.readonly(s, t, field("start", F1));
        Receivers.readonly(s, t, field("stop", F2));
        Receivers.readonly(s, t, field("step", F3));
    }
}
