package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.heap.api.Memory;
import java.util.Arrays;

/**
 * bytearray on the heap: the list layout (a storage reference and a size) whose storage is a raw
 * bytes buffer with spare capacity, so appending is amortized constant time. The buffer is never
 * visible to Python code.
 */
final class ByteArrays {
    private ByteArrays() {}

    /** A new bytearray holding a copy of {@code data}. */
    static long create(Space s, byte[] data) {
        int buf = s.ts.push(buffer(s, data.length == 0 ? 0 : data.length + 1));
        try {
            Space.copyIn(data, s.ts.get(buf) + BYTES_DATA);
            long ba = s.allocFixed(LIST, s.bytearrayType.rootShape);
            Space.putRaw(ba, LIST_STORAGE, s.ts.get(buf));
            Space.putRaw(ba, LIST_SIZE, data.length);
            return ba;
        } finally {
            s.ts.truncate(buf);
        }
    }

    /** The bytes literal inside a bytearray's repr: like bytes, but a single quote is always escaped. */
    static String repr(byte[] b) {
        String r = dev.pyxis.python.support.StrRepr.bytesRepr(b);
        if (r.charAt(1) != '"') {
            return r;
        }
        return "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
    }

    private static long buffer(Space s, long capacity) {
        return s.allocArray(BYTES, capacity, s.bytesType.rootShape);
    }

    static boolean is(Space s, long w) {
        return Py.isObject(w) && s.typeOf(s.unwrap(w)).nativeKind == PyType.Native.BYTEARRAY;
    }

    /** Length of an (unwrapped) bytearray. */
    static long size(long ba) {
        return Space.get(ba, LIST_SIZE);
    }

    /** A copy of an (unwrapped) bytearray's bytes. */
    static byte[] data(long ba) {
        byte[] out = new byte[(int) size(ba)];
        Space.copyOut(Space.get(ba, LIST_STORAGE) + BYTES_DATA, out);
        return out;
    }

    static int byteAt(long ba, long i) {
        return Memory.getByte(Space.get(ba, LIST_STORAGE) + BYTES_DATA + i) & 0xff;
    }

    static void setByte(long ba, long i, int v) {
        Memory.putByte(Space.get(ba, LIST_STORAGE) + BYTES_DATA + i, (byte) v);
    }

    /** Makes room for {@code needed} bytes in the bytearray in root slot {@code slot}. */
    static void ensureCapacity(Space s, int slot, long needed) {
        long ba = s.unwrap(s.ts.get(slot));
        long capacity = Space.get(Space.get(ba, LIST_STORAGE), BYTES_LENGTH);
        if (needed <= capacity) {
            return;
        }
        if (needed > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError(s);
        }
        long grown = buffer(s, Math.min(Integer.MAX_VALUE - 16, capacity == 0 ? needed + 1 : Math.max(needed, capacity + (capacity >> 1) + 8)));
        ba = s.unwrap(s.ts.get(slot));
        long old = Space.get(ba, LIST_STORAGE);
        Memory.copy(old + BYTES_DATA, grown + BYTES_DATA, size(ba));
        s.put(ba, LIST_STORAGE, grown);
    }

    /** Replaces the whole content of the bytearray in root slot {@code slot}. */
    static void setData(Space s, int slot, byte[] data) {
        ensureCapacity(s, slot, data.length);
        long ba = s.unwrap(s.ts.get(slot));
        Space.copyIn(data, Space.get(ba, LIST_STORAGE) + BYTES_DATA);
        Space.putRaw(ba, LIST_SIZE, data.length);
    }

    /** Appends bytes to the bytearray in root slot {@code slot}. */
    static void append(Space s, int slot, byte[] data) {
        long n = size(s.unwrap(s.ts.get(slot)));
        ensureCapacity(s, slot, n + data.length);
        long ba = s.unwrap(s.ts.get(slot));
        Space.copyIn(data, Space.get(ba, LIST_STORAGE) + BYTES_DATA + n);
        Space.putRaw(ba, LIST_SIZE, n + data.length);
    }

    /** Appends one byte to the bytearray in root slot {@code slot}. */
    static void appendByte(Space s, int slot, int v) {
        long n = size(s.unwrap(s.ts.get(slot)));
        ensureCapacity(s, slot, n + 1);
        long ba = s.unwrap(s.ts.get(slot));
        Space.putRaw(ba, LIST_SIZE, n + 1);
        setByte(ba, n, v);
    }

    // ---------------------------------------------------------------- item and slice access

    /** ba[key] for an int or a slice key. */
    static long get(Space s, int objSlot, int keySlot) {
        long key = s.ts.get(keySlot);
        if (Py.isObject(key) && s.typeOf(key) == s.sliceType) {
            byte[] b = data(s.unwrap(s.ts.get(objSlot)));
            long[] r = Slices.indices(s, keySlot, b.length);
            return create(s, pick(b, r));
        }
        long i = Subscripts.index(s, keySlot, "bytearray indices must be integers or slices, not %s");
        long ba = s.unwrap(s.ts.get(objSlot));
        long n = size(ba);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "bytearray index out of range");
        }
        return Py.smallInt(byteAt(ba, i));
    }

    /** The bytes {@code b[start:stop:step]} for slice indices {@code r}. */
    static byte[] pick(byte[] b, long[] r) {
        long n = Slices.count(r[0], r[1], r[2]);
        if (r[2] == 1) {
            return Arrays.copyOfRange(b, (int) r[0], (int) (r[0] + n));
        }
        byte[] out = new byte[(int) n];
        for (long k = 0, i = r[0]; k < n; k++, i += r[2]) {
            out[(int) k] = b[(int) i];
        }
        return out;
    }

    /** ba[key] = value. */
    static void set(Space s, int objSlot, int keySlot, int valueSlot) {
        long key = s.ts.get(keySlot);
        if (Py.isObject(key) && s.typeOf(key) == s.sliceType) {
            setSlice(s, objSlot, keySlot, valueSlot);
            return;
        }
        long i = Subscripts.index(s, keySlot, "bytearray indices must be integers or slices, not %s");
        int v = BytesMethods.byteValue(s, valueSlot);
        long ba = s.unwrap(s.ts.get(objSlot));
        long n = size(ba);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "bytearray index out of range");
        }
        setByte(ba, i, v);
    }

    private static void setSlice(Space s, int objSlot, int sliceSlot, int valueSlot) {
        long value = s.ts.get(valueSlot);
        byte[] items;
        if (s.isInt(value)) {
            throw Errors.typeError(s, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        items = BytesMethods.bytesLike(s, value);
        if (items == null) {
            if (s.isStr(value)) {
                throw Errors.typeError(s, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            items = BytesMethods.fromIterable(s, valueSlot);
        }
        byte[] b = data(s.unwrap(s.ts.get(objSlot)));
        long[] r = Slices.indices(s, sliceSlot, b.length);
        long start = r[0], stop = r[1], step = r[2];
        if (step == 1) {
            stop = Math.max(stop, start);
            byte[] out = new byte[(int) (b.length - (stop - start) + items.length)];
            System.arraycopy(b, 0, out, 0, (int) start);
            System.arraycopy(items, 0, out, (int) start, items.length);
            System.arraycopy(b, (int) stop, out, (int) start + items.length, (int) (b.length - stop));
            setData(s, objSlot, out);
            return;
        }
        long count = Slices.count(start, stop, step);
        if (count != items.length) {
            throw Errors.valueError(s, "attempt to assign bytes of size " + items.length
                    + " to extended slice of size " + count);
        }
        long ba = s.unwrap(s.ts.get(objSlot));
        for (long k = 0, i = start; k < count; k++, i += step) {
            setByte(ba, i, items[(int) k]);
        }
    }

    /** del ba[key]. */
    static void delete(Space s, int objSlot, int keySlot) {
        long key = s.ts.get(keySlot);
        byte[] b;
        if (Py.isObject(key) && s.typeOf(key) == s.sliceType) {
            b = data(s.unwrap(s.ts.get(objSlot)));
            long[] r = Slices.indices(s, keySlot, b.length);
            long count = Slices.count(r[0], r[1], r[2]);
            boolean[] drop = new boolean[b.length];
            for (long k = 0, i = r[0]; k < count; k++, i += r[2]) {
                drop[(int) i] = true;
            }
            byte[] out = new byte[(int) (b.length - count)];
            int j = 0;
            for (int i = 0; i < b.length; i++) {
                if (!drop[i]) {
                    out[j++] = b[i];
                }
            }
            setData(s, objSlot, out);
            return;
        }
        long i = Subscripts.index(s, keySlot, "bytearray indices must be integers or slices, not %s");
        b = data(s.unwrap(s.ts.get(objSlot)));
        if (i < 0) {
            i += b.length;
        }
        if (i < 0 || i >= b.length) {
            throw Errors.indexError(s, "bytearray index out of range");
        }
        removeAt(s, objSlot, (int) i);
    }

    /** Removes the byte at a valid index and returns it. */
    static int removeAt(Space s, int objSlot, int i) {
        long ba = s.unwrap(s.ts.get(objSlot));
        long n = size(ba);
        long data = Space.get(ba, LIST_STORAGE) + BYTES_DATA;
        int v = Memory.getByte(data + i) & 0xff;
        for (long k = i; k < n - 1; k++) {
            Memory.putByte(data + k, Memory.getByte(data + k + 1));
        }
        Space.putRaw(ba, LIST_SIZE, n - 1);
        return v;
    }
}
