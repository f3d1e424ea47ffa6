package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import java.math.BigInteger;

/** slice objects (start F1, stop F2, step F3) and slicing of the builtin sequences. */
final class Slices {
    private Slices() {}

    static long create(Space s, int startSlot, int stopSlot, int stepSlot) {
        long sl = s.allocFixed(OBJ3, s.sliceType.rootShape);
        Space.putRaw(sl, F1, s.ts.get(startSlot));
        Space.putRaw(sl, F2, s.ts.get(stopSlot));
        Space.putRaw(sl, F3, stepSlot < 0 ? Py.NONE : s.ts.get(stepSlot));
        return sl;
    }

    /** slice.indices(length): {start, stop, step} clamped as Python does. */
    static long[] indices(Space s, int sliceSlot, long length) {
        long sl = s.ts.get(sliceSlot);
        long step = 1;
        long stepW = Space.get(sl, F3);
        if (stepW != Py.NONE) {
            step = clampIndex(s, sliceSlot, F3);
            if (step == 0) {
                throw Errors.valueError(s, "slice step cannot be zero");
            }
        }
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start, stop;
        if (Space.get(s.ts.get(sliceSlot), F1) == Py.NONE) {
            start = step < 0 ? upper : lower;
        } else {
            start = clampIndex(s, sliceSlot, F1);
            start = start < 0 ? Math.max(start + length, lower) : Math.min(start, upper);
        }
        if (Space.get(s.ts.get(sliceSlot), F2) == Py.NONE) {
            stop = step < 0 ? lower : upper;
        } else {
            stop = clampIndex(s, sliceSlot, F2);
            stop = stop < 0 ? Math.max(stop + length, lower) : Math.min(stop, upper);
        }
        return new long[] {start, stop, step};
    }

    /** A slice bound as a long, saturated to the long range (Python clamps huge bounds). */
    private static long clampIndex(Space s, int sliceSlot, int field) {
        long w = Space.get(s.ts.get(sliceSlot), field);
        if (Py.isSmallInt(w)) {
            return Py.smallValue(w);
        }
        int slot = s.ts.push(w);
        try {
            if (!s.isInt(w) && Ops.userSpecial(s, w, "__index__") == 0) {
                throw Errors.typeError(s, "slice indices must be integers or None or have an __index__ method");
            }
            if (s.isInt(w)) {
                BigInteger v = s.bigValue(w);
                return v.bitLength() > 62 ? (v.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4) : v.longValue();
            }
            return Subscripts.index(s, slot, "");
        } finally {
            s.ts.truncate(slot);
        }
    }

    static long count(long start, long stop, long step) {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    static long getSlice(Space s, int objSlot, int sliceSlot) {
        long o = s.unwrap(s.ts.get(objSlot));
        PyType t = s.typeOf(o);
        long length = switch (t.nativeKind) {
            case LIST -> Lists.size(o);
            case TUPLE -> Space.length(o);
            case STR -> s.strLength(o);
            case BYTES -> Space.get(o, BYTES_LENGTH);
            default -> Ranges.length(s, o);
        };
        long[] r = indices(s, sliceSlot, length);
        long start = r[0], step = r[2];
        long n = count(r[0], r[1], r[2]);
        o = s.unwrap(s.ts.get(objSlot));
        switch (t.nativeKind) {
            case STR -> {
                String str = s.str(o);
                int[] cps = str.codePoints().toArray();
                StringBuilder sb = new StringBuilder((int) n);
                for (long k = 0, i = start; k < n; k++, i += step) {
                    sb.appendCodePoint(cps[(int) i]);
                }
                return s.newStr(sb.toString());
            }
            case BYTES -> {
                byte[] b = s.bytes(o);
                byte[] out = new byte[(int) n];
                for (long k = 0, i = start; k < n; k++, i += step) {
                    out[(int) k] = b[(int) i];
                }
                return s.newBytes(out);
            }
            case RANGE -> {
                int base = s.ts.push(Ranges.item(s, s.unwrap(s.ts.get(objSlot)), 0));
                try {
                    BigInteger st = s.bigValue(Space.get(s.unwrap(s.ts.get(objSlot)), F1));
                    BigInteger stp = s.bigValue(Space.get(s.unwrap(s.ts.get(objSlot)), F3));
                    s.ts.set(base, s.newInt(st.add(stp.multiply(BigInteger.valueOf(start)))));
                    s.ts.push(s.newInt(st.add(stp.multiply(BigInteger.valueOf(r[1])))));
                    s.ts.push(s.newInt(stp.multiply(BigInteger.valueOf(step))));
                    return Ranges.create(s, base, base + 1, base + 2);
                } finally {
                    s.ts.truncate(base);
                }
            }
            default -> {
                boolean list = t.nativeKind == PyType.Native.LIST;
                long result = list ? Lists.create(s, n) : s.newTuple((int) n);
                o = s.unwrap(s.ts.get(objSlot));
                long storage = list ? Space.get(result, LIST_STORAGE) : result;
                for (long k = 0, i = start; k < n; k++, i += step) {
                    Space.initItem(storage, k, list ? Lists.get(o, i) : Space.item(o, i));
                }
                if (list) {
                    Space.putRaw(result, LIST_SIZE, n);
                }
                return result;
            }
        }
    }

    static void setSlice(Space s, int listSlot, int sliceSlot, int valueSlot) {
        ThreadState ts = s.ts;
        if (!Receivers.iterable(s, ts.get(valueSlot))) {
            long step = Space.get(ts.get(sliceSlot), F3);
            throw Errors.typeError(s, step == Py.NONE || step == Py.smallInt(1) ? "can only assign an iterable"
                    : "must assign iterable to extended slice");
        }
        int base = ts.top();
        // Materialise the new items first (the value may be the list itself).
        int n = Iteration.pushAll(s, valueSlot);
        try {
            long list = s.unwrap(ts.get(listSlot));
            long[] r = indices(s, sliceSlot, Lists.size(list));
            long start = r[0], stop = r[1], step = r[2];
            if (step == 1) {
                if (stop < start) {
                    stop = start;
                }
                long size = Lists.size(s.unwrap(ts.get(listSlot)));
                long newSize = size - (stop - start) + n;
                Lists.ensureCapacity(s, listSlot, newSize);
                list = s.unwrap(ts.get(listSlot));
                long storage = Space.get(list, LIST_STORAGE);
                long[] tail = new long[(int) (size - stop)];
                for (int i = 0; i < tail.length; i++) {
                    tail[i] = Space.item(storage, stop + i);
                }
                for (int i = 0; i < n; i++) {
                    s.setItem(storage, start + i, ts.get(base + i));
                }
                for (int i = 0; i < tail.length; i++) {
                    s.setItem(storage, start + n + i, tail[i]);
                }
                for (long i = newSize; i < size; i++) {
                    s.setItem(storage, i, 0);
                }
                Space.putRaw(list, LIST_SIZE, newSize);
                return;
            }
            long count = count(start, stop, step);
            if (count != n) {
                throw Errors.valueError(s, "attempt to assign sequence of size " + n
                        + " to extended slice of size " + count);
            }
            list = s.unwrap(ts.get(listSlot));
            for (long k = 0, i = start; k < count; k++, i += step) {
                Lists.set(s, list, i, ts.get(base + (int) k));
            }
        } finally {
            ts.truncate(base);
        }
    }

    static void deleteSlice(Space s, int listSlot, int sliceSlot) {
        long list = s.unwrap(s.ts.get(listSlot));
        long[] r = indices(s, sliceSlot, Lists.size(list));
        long count = count(r[0], r[1], r[2]);
        list = s.unwrap(s.ts.get(listSlot));
        long size = Lists.size(list);
        boolean[] drop = new boolean[(int) size];
        for (long k = 0, i = r[0]; k < count; k++, i += r[2]) {
            drop[(int) i] = true;
        }
        long storage = Space.get(list, LIST_STORAGE);
        long j = 0;
        for (long i = 0; i < size; i++) {
            if (!drop[(int) i]) {
                s.setItem(storage, j++, Space.item(storage, i));
            }
        }
        for (long i = j; i < size; i++) {
            s.setItem(storage, i, 0);
        }
        Space.putRaw(list, LIST_SIZE, j);
    }
}
