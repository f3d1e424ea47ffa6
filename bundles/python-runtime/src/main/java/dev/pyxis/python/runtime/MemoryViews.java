package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.heap.api.Memory;
import dev.pyxis.python.bytecode.CompareOp;

/**
 * memoryview over bytes and bytearray: one-dimensional views with a start, an item count and a
 * stride in bytes, in one of the native integer formats (B, b, H, h, I, i, L, l, Q, q, little
 * endian). Fields: the viewed object, start byte, item count, stride, format (str), item size,
 * released flag (small ints). A view of a bytes object is read-only.
 */
final class MemoryViews {
    private MemoryViews() {}

    private static final String NAME = "memoryview";
    private static final int OBJ = 0, START = 1, COUNT = 2, STRIDE = 3, FORMAT = 4, ITEMSIZE = 5, RELEASED = 6, FIELDS = 7;

    private static final NativeBehaviour BEHAVIOUR = new NativeBehaviour() {
        @Override
        public boolean namespaceSpecials() {
            return true;
        }

        @Override
        public String repr(Space s, int selfSlot) {
            String state = NativeObjects.intField(s, selfSlot, RELEASED) != 0 ? "released memory" : "memory";
            return "<" + state + " at " + Repr.address(s, s.ts.get(selfSlot)) + ">";
        }
    };

    static boolean isView(Space s, long w) {
        return Py.isObject(w) && s.typeOf(w) == s.builtinTypes.get(NAME);
    }

    /** The bytes the view in word {@code view} shows, in order. */
    static byte[] bytes(Space s, long view) {
        checkReleased(s, view);
        long obj = NativeObjects.field(view, OBJ);
        long start = Py.smallValue(NativeObjects.field(view, START));
        long count = Py.smallValue(NativeObjects.field(view, COUNT));
        long stride = Py.smallValue(NativeObjects.field(view, STRIDE));
        int size = (int) Py.smallValue(NativeObjects.field(view, ITEMSIZE));
        byte[] out = new byte[(int) (count * size)];
        for (long k = 0; k < count; k++) {
            for (int j = 0; j < size; j++) {
                out[(int) (k * size + j)] = (byte) byteAt(s, obj, start + k * stride + j);
            }
        }
        return out;
    }

    private static long dataAddress(Space s, long obj) {
        return s.typeOf(obj).nativeKind == PyType.Native.BYTES ? obj + BYTES_DATA : Space.get(obj, LIST_STORAGE) + BYTES_DATA;
    }

    private static int byteAt(Space s, long obj, long i) {
        return Memory.getByte(dataAddress(s, obj) + i) & 0xff;
    }

    private static void checkReleased(Space s, long view) {
        if (Py.smallValue(NativeObjects.field(view, RELEASED)) != 0) {
            throw Errors.valueError(s, "operation forbidden on released memoryview object");
        }
    }

    private static boolean readonly(Space s, long view) {
        return s.typeOf(NativeObjects.field(view, OBJ)).nativeKind == PyType.Native.BYTES;
    }

    private static int itemSize(String format) {
        return switch (format) {
            case "B", "b", "c" -> 1;
            case "H", "h" -> 2;
            case "I", "i" -> 4;
            case "L", "l", "Q", "q", "N", "n" -> 8;
            default -> -1;
        };
    }

    /** A view with the given fields; the object is in root slot {@code objSlot}. */
    private static long make(Space s, int objSlot, long start, long count, long stride, String format) {
        int base = s.ts.push(s.ts.get(objSlot));
        s.ts.push(Py.smallInt(start));
        s.ts.push(Py.smallInt(count));
        s.ts.push(Py.smallInt(stride));
        s.ts.push(s.newStr(format));
        s.ts.push(Py.smallInt(itemSize(format)));
        s.ts.push(Py.smallInt(0));
        try {
            return NativeObjects.fromRoots(s, s.builtinTypes.get(NAME), base, FIELDS);
        } finally {
            s.ts.truncate(base);
        }
    }

    private static String format(Space s, int slot) {
        return s.str(NativeObjects.field(s, slot, FORMAT));
    }

    private static long field(Space s, int slot, int f) {
        return NativeObjects.intField(s, slot, f);
    }

    /** The value of item {@code k} of the view in {@code slot}. */
    private static long item(Space s, int slot, long k) {
        long view = s.ts.get(slot);
        long obj = NativeObjects.field(view, OBJ);
        long at = field(s, slot, START) + k * field(s, slot, STRIDE);
        String format = format(s, slot);
        int size = itemSize(format);
        long v = 0;
        for (int j = size - 1; j >= 0; j--) {
            v = (v << 8) | byteAt(s, obj, at + j);
        }
        boolean signed = Character.isLowerCase(format.charAt(0)) && !format.equals("c");
        if (signed && size < 8) {
            v = (v << (64 - 8 * size)) >> (64 - 8 * size);
        }
        if (format.equals("c")) {
            return s.newBytes(new byte[] {(byte) v});
        }
        if (!signed && size == 8 && v < 0) {
            return s.newInt(new java.math.BigInteger(Long.toUnsignedString(v)));
        }
        return s.newInt(v);
    }

    private static void store(Space s, int slot, long k, int valueSlot) {
        String format = format(s, slot);
        int size = itemSize(format);
        long value;
        if (format.equals("c")) {
            byte[] b = BytesMethods.bytesLike(s, s.ts.get(valueSlot));
            if (b == null || b.length != 1) {
                throw Errors.valueError(s, "memoryview: invalid value for format '" + format + "'");
            }
            value = b[0];
        } else {
            if (!s.isInt(s.ts.get(valueSlot))) {
                throw Errors.typeError(s, "memoryview: invalid type for format '" + format + "'");
            }
            java.math.BigInteger v = s.bigValue(s.ts.get(valueSlot));
            boolean signed = Character.isLowerCase(format.charAt(0));
            java.math.BigInteger min = signed ? java.math.BigInteger.ONE.shiftLeft(8 * size - 1).negate() : java.math.BigInteger.ZERO;
            java.math.BigInteger max = signed ? java.math.BigInteger.ONE.shiftLeft(8 * size - 1)
                    : java.math.BigInteger.ONE.shiftLeft(8 * size);
            if (v.compareTo(min) < 0 || v.compareTo(max) >= 0) {
                throw Errors.valueError(s, "memoryview: invalid value for format '" + format + "'");
            }
            value = v.longValue();
        }
        long view = s.ts.get(slot);
        long address = dataAddress(s, NativeObjects.field(view, OBJ)) + field(s, slot, START) + k * field(s, slot, STRIDE);
        for (int j = 0; j < size; j++) {
            Memory.putByte(address + j, (byte) (value >> (8 * j)));
        }
    }

    private static long index(Space s, int slot, int keySlot) {
        long i = Receivers.exactIndex(s, keySlot);
        long n = field(s, slot, COUNT);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError(s, "index out of bounds on dimension 1");
        }
        return i;
    }

    private static boolean isSlice(Space s, long w) {
        return Py.isObject(w) && s.typeOf(w) == s.sliceType;
    }

    private static long sliceView(Space s, int slot, int sliceSlot) {
        long[] r = Slices.indices(s, sliceSlot, field(s, slot, COUNT));
        long count = Slices.count(r[0], r[1], r[2]);
        long stride = field(s, slot, STRIDE);
        int obj = s.ts.push(NativeObjects.field(s, slot, OBJ));
        try {
            return make(s, obj, field(s, slot, START) + r[0] * stride, count, stride * r[2], format(s, slot));
        } finally {
            s.ts.truncate(obj);
        }
    }

    private static final Builtin NEW = Builtin.method(NAME, "__new__(type, object)", (s, a) -> {
        long o = s.unwrap(a.get(1));
        if (isView(s, o)) {
            checkReleased(s, o);
            int src = s.ts.push(o);
            int obj = s.ts.push(NativeObjects.field(s, src, OBJ));
            return make(s, obj, field(s, src, START), field(s, src, COUNT), field(s, src, STRIDE), format(s, src));
        }
        PyType.Native kind = s.typeOf(o).nativeKind;
        if (kind != PyType.Native.BYTES && kind != PyType.Native.BYTEARRAY) {
            throw Errors.typeError(s, "memoryview: a bytes-like object is required, not '" + s.typeOf(a.get(1)).name + "'");
        }
        int obj = s.ts.push(o);
        long n = kind == PyType.Native.BYTES ? Space.get(o, BYTES_LENGTH) : ByteArrays.size(o);
        return make(s, obj, 0, n, 1, "B");
    });

    private interface Body {
        long call(Space s, Builtin.Args a, int self);
    }

    /** A method that refuses released views unless {@code anyState}. */
    private static Builtin method(String signature, boolean anyState, Body body) {
        return Builtin.method(NAME, signature, (s, a) -> {
            if (!isView(s, a.get(0))) {
                throw Errors.typeError(s, "descriptor requires a '" + NAME + "' object but received a '"
                        + s.typeOf(a.get(0)).name + "'");
            }
            if (!anyState) {
                checkReleased(s, a.get(0));
            }
            return body.call(s, a, a.slot(0));
        });
    }

    /** hash(view): that of the bytes it views (as CPython's); a writable view is unhashable. */
    static long hash(Space s, int self) {
        checkReleased(s, s.ts.get(self));
        if (!readonly(s, s.ts.get(self))) {
            throw Errors.valueError(s, "cannot hash writable memoryview object");
        }
        byte[] b = bytes(s, s.ts.get(self));
        return Hashing.bytesHash(b, b.length);
    }

    private static long toList(Space s, int self) {
        long n = field(s, self, COUNT);
        int base = s.ts.top();
        try {
            for (long k = 0; k < n; k++) {
                s.ts.push(item(s, self, k));
            }
            return Lists.fromRoots(s, base, (int) n);
        } finally {
            s.ts.truncate(base);
        }
    }

    private static long compare(Space s, CompareOp op, int self, int otherSlot) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return Py.NOT_IMPLEMENTED;
        }
        long other = s.ts.get(otherSlot);
        if (isView(s, other) && Py.smallValue(NativeObjects.field(other, RELEASED)) != 0
                || Py.smallValue(NativeObjects.field(s.ts.get(self), RELEASED)) != 0) {
            return Py.bool((s.ts.get(self) == other) == (op == CompareOp.EQ));
        }
        byte[] theirs = BytesMethods.bytesLike(s, other);
        if (theirs == null) {
            return Py.NOT_IMPLEMENTED;
        }
        boolean otherIsView = isView(s, other);
        int mine = s.ts.push(toList(s, self));
        int list;
        if (otherIsView) {
            list = s.ts.push(toList(s, otherSlot));
        } else {
            int o = s.ts.push(s.unwrap(s.ts.get(otherSlot)));
            int v = s.ts.push(0);
            s.ts.set(v, make(s, o, 0, theirs.length, 1, "B"));
            list = s.ts.push(toList(s, v));
        }
        try {
            boolean eq = Ops.equal(s, mine, list);
            return Py.bool(eq == (op == CompareOp.EQ));
        } finally {
            s.ts.truncate(mine);
        }
    }

    static void install(Space s) {
        PyType t = NativeObjects.type(s, NAME, PyType.Native.OTHER, BEHAVIOUR);
        NativeObjects.constructor(s, t, NEW);
        Builtins.method(s, t, method("__len__(self, /)", false, (sp, a, self) -> sp.newInt(field(sp, self, COUNT))));
        Builtins.method(s, t, method("__getitem__(self, key, /)", false, (sp, a, self) -> isSlice(sp, a.get(1))
                ? sliceView(sp, self, a.slot(1)) : item(sp, self, index(sp, self, a.slot(1)))));
        Builtins.method(s, t, method("__setitem__(self, key, value, /)", false, (sp, a, self) -> {
            if (readonly(sp, sp.ts.get(self))) {
                throw Errors.typeError(sp, "cannot modify read-only memory");
            }
            if (!isSlice(sp, a.get(1))) {
                store(sp, self, index(sp, self, a.slot(1)), a.slot(2));
                return Py.NONE;
            }
            int target = sp.ts.push(sliceView(sp, self, a.slot(1)));
            byte[] src = BytesMethods.bytesLike(sp, a.get(2));
            if (src == null) {
                throw Errors.typeError(sp, "a bytes-like object is required, not '" + sp.typeOf(a.get(2)).name + "'");
            }
            int size = (int) field(sp, target, ITEMSIZE);
            if (src.length != field(sp, target, COUNT) * size) {
                throw Errors.valueError(sp, "memoryview assignment: lvalue and rvalue have different structures");
            }
            long address = dataAddress(sp, NativeObjects.field(sp, target, OBJ)) + field(sp, target, START);
            long stride = field(sp, target, STRIDE);
            for (int k = 0; k < src.length / size; k++) {
                for (int j = 0; j < size; j++) {
                    Memory.putByte(address + k * stride + j, src[k * size + j]);
                }
            }
            return Py.NONE;
        }));
        Builtins.method(s, t, method("__iter__(self, /)", false, (sp, a, self) -> {
            int l = sp.ts.push(toList(sp, self));
            return Ops.iter(sp, l);
        }));
        Builtins.method(s, t, method("__eq__(self, value, /)", true, (sp, a, self) -> compare(sp, CompareOp.EQ, self, a.slot(1))));
        Builtins.method(s, t, method("__ne__(self, value, /)", true, (sp, a, self) -> compare(sp, CompareOp.NE, self, a.slot(1))));
        Builtins.method(s, t, method("__enter__(self, /)", false, (sp, a, self) -> sp.ts.get(self)));
        Builtins.method(s, t, method("__exit__(self, /, *exc_info)", true, (sp, a, self) -> {
            NativeObjects.set(sp, self, RELEASED, Py.smallInt(1));
            return Py.NONE;
        }));
        Builtins.method(s, t, method("release(self, /)", true, (sp, a, self) -> {
            NativeObjects.set(sp, self, RELEASED, Py.smallInt(1));
            return Py.NONE;
        }));
        Builtins.method(s, t, method("tobytes(self, /)", false, (sp, a, self) -> sp.newBytes(bytes(sp, sp.ts.get(self)))));
        Builtins.method(s, t, method("tolist(self, /)", false, (sp, a, self) -> toList(sp, self)));
        Builtins.method(s, t, method("hex(self, /, sep=?, bytes_per_sep=1)", false, (sp, a, self) -> {
            int perSep = StrMethods.intArg(sp, a.slot(2));   // may run __index__: before reading sep
            return sp.newStr(BytesMethods.hex(sp, bytes(sp, sp.ts.get(self)), a.get(1), perSep));
        }));
        Builtins.method(s, t, method("__hash__(self, /)", false, (sp, a, self) -> sp.newInt(hash(sp, self))));
        Builtins.method(s, t, method("cast(self, format, /)", false, (sp, a, self) -> {
            if (!sp.isStr(a.get(1))) {
                throw Errors.typeError(sp, "cast() argument 'format' must be str, not " + sp.typeOf(a.get(1)).name);
            }
            String format = sp.str(a.get(1));
            int size = itemSize(format);
            if (size < 0) {
                throw Errors.valueError(sp, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            long oldSize = field(sp, self, ITEMSIZE);
            if (field(sp, self, STRIDE) != oldSize) {
                throw Errors.typeError(sp, "memoryview: casts are restricted to C-contiguous views");
            }
            long nbytes = field(sp, self, COUNT) * oldSize;
            if (nbytes % size != 0) {
                throw Errors.typeError(sp, "memoryview: length is not a multiple of itemsize");
            }
            int obj = sp.ts.push(NativeObjects.field(sp, self, OBJ));
            return make(sp, obj, field(sp, self, START), nbytes / size, size, format);
        }));
        readonly(s, t, "obj", (sp, self) -> NativeObjects.field(sp, self, OBJ));
        readonly(s, t, "format", (sp, self) -> NativeObjects.field(sp, self, FORMAT));
        readonly(s, t, "itemsize", (sp, self) -> NativeObjects.field(sp, self, ITEMSIZE));
        readonly(s, t, "nbytes", (sp, self) -> sp.newInt(field(sp, self, COUNT) * field(sp, self, ITEMSIZE)));
        readonly(s, t, "readonly", (sp, self) -> Py.bool(readonly(sp, sp.ts.get(self))));
        readonly(s, t, "ndim", (sp, self) -> Py.smallInt(1));
        readonly(s, t, "shape", (sp, self) -> Tuples.single(sp, Py.smallInt(field(sp, self, COUNT))));
        readonly(s, t, "strides", (sp, self) -> Tuples.single(sp, Py.smallInt(field(sp, self, STRIDE))));
        readonly(s, t, "contiguous", (sp, self) -> Py.bool(field(sp, self, STRIDE) == field(sp, self, ITEMSIZE)));
        Receivers.readonly(s, t, Builtin.method(NAME, "released(self, /)",
                (sp, a) -> Py.bool(NativeObjects.intField(sp, a.slot(0), RELEASED) != 0)));
        Builtins.defineValue(s, NAME, s.typeWord(t));
    }

    private interface Getter {
        long get(Space s, int self);
    }

    private static void readonly(Space s, PyType t, String name, Getter g) {
        Receivers.readonly(s, t, method(name + "(self, /)", false, (sp, a, self) -> g.get(sp, self)));
    }
}
