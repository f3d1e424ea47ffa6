package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import java.math.BigInteger;

/** range objects: start (F1), stop (F2), step (F3), ints of any size. */
final class Ranges {
    private Ranges() {}

    static long create(Space s, int startSlot, int stopSlot, int stepSlot) {
        if (s.bigValue(s.ts.get(stepSlot)).signum() == 0) {
            throw Errors.valueError(s, "range() arg 3 must not be zero");
        }
        long r = s.allocFixed(OBJ3, s.rangeType.rootShape);
        Space.putRaw(r, F1, s.ts.get(startSlot));
        Space.putRaw(r, F2, s.ts.get(stopSlot));
        Space.putRaw(r, F3, s.ts.get(stepSlot));
        return r;
    }

    static long length(Space s, long r) {
        long a = Space.get(r, F1), b = Space.get(r, F2), c = Space.get(r, F3);
        if (Py.isSmallInt(a) && Py.isSmallInt(b) && Py.isSmallInt(c)) {
            long start = Py.smallValue(a), stop = Py.smallValue(b), step = Py.smallValue(c);
            if (step > 0 && start < stop) {
                return (stop - start - 1) / step + 1;
            }
            if (step < 0 && start > stop) {
                return (start - stop - 1) / (-step) + 1;
            }
            return 0;
        }
        BigInteger n = bigLength(s, r);
        if (n.bitLength() > 63) {
            throw Errors.overflow(s, "Python int too large to convert to C ssize_t");
        }
        return n.longValue();
    }

    static BigInteger bigLength(Space s, long r) {
        BigInteger start = s.bigValue(Space.get(r, F1)), stop = s.bigValue(Space.get(r, F2)),
                step = s.bigValue(Space.get(r, F3));
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return span.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    /** The i-th element (0 <= i < length). */
    static long item(Space s, long r, long i) {
        long a = Space.get(r, F1), c = Space.get(r, F3);
        if (Py.isSmallInt(a) && Py.isSmallInt(c)) {
            long v = Py.smallValue(a) + i * Py.smallValue(c);
            if (Py.fitsSmall(v)) {
                return Py.smallInt(v);
            }
        }
        return s.newInt(s.bigValue(a).add(BigInteger.valueOf(i).multiply(s.bigValue(c))));
    }
}
