package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.Heap;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.OutOfHeapException;
import dev.pyxis.heap.api.RootVisitor;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The object space: the heap, the types, and constructors and accessors of the core objects.
 *
 * <p>Rooting rule (docs/heap.md): a method that allocates may move every object, so callers pass
 * words that must survive an allocation on the thread's root stack, never in Java locals across
 * the call. Constructors here take their inputs as Java values or as root slots.
 */
final class Space {
    final Heap heap;
    final ThreadState ts;
    final Shape.Shapes shapes = new Shape.Shapes();
    final List<PyType> types = new ArrayList<>();
    private final Map<String, Integer> interned = new HashMap<>();
    final Map<String, PyType> builtinTypes = new HashMap<>();
    /** The files open() opened and the program has not closed, flushed when the session ends. */
    final java.util.Set<FileObjects.BinaryFile> openFiles = new java.util.LinkedHashSet<>();

    PyType objectType, typeType, noneType, notImplementedType, ellipsisType, intType, boolType,
            floatType, complexType, strType, bytesType, bytearrayType, tupleType, listType,
            dictType, setType, frozensetType, functionType, builtinType, methodType, codeType,
            cellType, moduleType, generatorType, coroutineType, asyncGeneratorType, sliceType,
            rangeType, propertyType, classmethodType, staticmethodType, superType, tracebackType,
            frameType, storageType;
    /** The iterators FOR_ITER steps without the general protocol ({@link FastPaths#next}). */
    PyType listIteratorType, tupleIteratorType, rangeIteratorType;

    private final Identities identities = new Identities();
    private final BigIntCache bigInts = new BigIntCache();
    /** What the gc module reports and sets. */
    final GcModule.State gc = new GcModule.State();
    /** Set by {@link InterpreterSession#interrupt} (any thread); the interpreter raises KeyboardInterrupt. */
    volatile boolean interruptRequested;
    /** Resource modules being compiled in the background ({@link SourceModules#precompile}). */
    final Map<String, java.util.concurrent.FutureTask<dev.pyxis.python.bytecode.CodeUnit>> precompiledModules = new HashMap<>();
    /** The last dict layout stamp handed out ({@link Dicts#layout}). */
    long dictLayouts;
    /** Running activations that have frame objects, by the id their objects hold. */
    final java.util.Map<Integer, Frame> liveFrames = new java.util.HashMap<>();
    int nextFrameId;
    /** Source modules whose code is running (a circular import sees them partially initialized). */
    final java.util.Set<String> initializingModules = new java.util.HashSet<>();
    /** sys.get_int_max_str_digits(). */
    int maxStrDigits = 4300;
    /** sys.getswitchinterval(): kept for Python code to read back (there is no GIL to switch yet). */
    double switchInterval = 0.005;

    /** The front end's compiler (imports, exec, eval, tracebacks' caret anchors); may be null in tests. */
    dev.pyxis.python.api.SourceCompiler compiler;
    /** Where compile-time warnings go. */
    dev.pyxis.python.api.SourceCompiler.WarningSink warnings = (category, message, file, line) -> { };
    /** Locations where a runtime warning was shown already ({@link Warnings}: once per location). */
    final java.util.Set<String> warnedAt = new java.util.HashSet<>();
    /** Global root holding the builtins module. */
    int builtinsModuleRoot = -1;

    /** What a module's __builtins__ refers to: the builtins module. */
    long builtinsModuleOrDict() {
        return builtinsModuleRoot >= 0 ? heap.globals().get(builtinsModuleRoot) : builtinsDict();
    }

    /** Global root holding the sys module. */
    int sysRoot = -1;

    long sysModule() {
        return heap.globals().get(sysRoot);
    }

    /** Global root holding the builtins module's namespace dict. */
    int builtinsRoot = -1;

    long builtinsDict() {
        return heap.globals().get(builtinsRoot);
    }

    /** A builtin by name (e.g. __build_class__), or 0. */
    long builtin(String name) {
        return Dicts.getStr(this, builtinsDict(), name);
    }

    long objectGetattribute() {
        return objectType.getOwn("__getattribute__");
    }

    long objectSetattr() {
        return objectType.getOwn("__setattr__");
    }

    long objectDelattr() {
        return objectType.getOwn("__delattr__");
    }

    Space(Heap heap) {
        this.heap = heap;
        this.ts = new ThreadState(this, heap.attach());
        heap.addRootProvider(this::scanRoots);
        heap.addWeakProcessor(identities::afterCollection);
        heap.addWeakProcessor(liveness -> bigInts.afterCollection(liveness, Space::writeBigInt));
    }

    /** id(w): stable for the object's lifetime, although the object may move. */
    long identity(long w) {
        return identities.of(w);
    }

    private void scanRoots(RootVisitor visitor) {
        for (PyType t : types) {
            t.scan(visitor);
        }
    }

    // ---------------------------------------------------------------- types and shapes

    PyType newType(String name, PyType[] bases, PyType.Native kind, boolean heapType) {
        PyType t = new PyType(types.size(), name, bases, kind, heapType);
        types.add(t);
        t.rootShape = shapes.create(t, null, null, false);
        if (!heapType) {
            // Every type has its own __doc__, so that instances never see object's.
            t.put("__doc__", Py.NONE);
        }
        if (bases.length > 0 || kind != PyType.Native.OBJECT) {
            PyType[] mro = PyType.c3(t, bases);
            t.mro = mro == null ? new PyType[] {t} : mro;
        } else {
            t.mro = new PyType[] {t};
        }
        return t;
    }

    /** Creates the heap object of a type (after typeType exists) and roots it for good. */
    void materialize(PyType t) {
        materialize(t, typeType);
    }

    /** Creates the heap object of a type whose metatype is {@code meta}. */
    void materialize(PyType t, PyType meta) {
        long w = allocFixed(TYPE, meta.rootShape);
        Memory.putWord(w + TYPE_ID, Py.smallInt(t.id));
        t.globalRoot = heap.globals().register(w);
    }

    long typeWord(PyType t) {
        return heap.globals().get(t.globalRoot);
    }

    PyType typeOf(long w) {
        if ((w & 1) != 0) {
            return intType;
        }
        if (w == 0) {
            throw new IllegalStateException("null word where a Python value was expected");
        }
        if ((w & 7) == 2) {
            if (w == Py.NONE) {
                return noneType;
            }
            if (w == Py.TRUE || w == Py.FALSE) {
                return boolType;
            }
            return w == Py.NOT_IMPLEMENTED ? notImplementedType : ellipsisType;
        }
        return shapeOf(w).type;
    }

    /**
     * Whether {@code w} is an instance of exactly {@code t}, a builtin type whose instances all
     * keep its root shape (no instance attributes, no {@code __class__} assignment): one header
     * read, where {@link #typeOf} goes on through the shape table to the type.
     */
    boolean isExact(long w, PyType t) {
        return Py.isObject(w) && shapeId(w) == t.rootShape.id;
    }

    /** The id of a heap object's shape. */
    static int shapeId(long object) {
        return Header.runtimeBits(Memory.getWord(object));
    }

    Shape shapeOf(long object) {
        return shapes.get(shapeId(object));
    }

    void setShape(long object, Shape shape) {
        Memory.putWord(object, Header.withRuntimeBits(Memory.getWord(object), shape.id));
    }

    /** The PyType a type object stands for, or null if {@code w} is not a type object. */
    PyType asType(long w) {
        if (!Py.isObject(w)) {
            return null;
        }
        PyType t = shapeOf(w).type;
        if (!t.isSubtypeOf(typeType)) {
            return null;
        }
        return types.get((int) Py.smallValue(Memory.getWord(w + TYPE_ID)));
    }

    boolean isInstance(long w, PyType t) {
        return typeOf(w).isSubtypeOf(t);
    }

    // ---------------------------------------------------------------- allocation

    long allocFixed(Layout layout, Shape shape) {
        long a;
        try {
            a = ts.mutator.allocate(layout);
        } catch (OutOfHeapException e) {
            throw outOfMemory();
        }
        Memory.putWord(a, Header.withRuntimeBits(Memory.getWord(a), shape.id));
        return a;
    }

    long allocArray(Layout layout, long length, Shape shape) {
        long a;
        try {
            a = ts.mutator.allocateArray(layout, length);
        } catch (OutOfHeapException e) {
            throw outOfMemory();
        }
        Memory.putWord(a, Header.withRuntimeBits(Memory.getWord(a), shape.id));
        return a;
    }

    private PyException outOfMemory() {
        return Errors.memoryError(this);
    }

    static long get(long object, int offset) {
        return Memory.getWord(object + offset);
    }

    void put(long object, int offset, long value) {
        heap.writeWord(object, offset, value);
    }

    /** Raw (non-value) field store, e.g. a length or a cached hash. */
    static void putRaw(long object, int offset, long bits) {
        Memory.putWord(object + offset, bits);
    }

    // ---------------------------------------------------------------- int

    long newInt(BigInteger v) {
        if (v.bitLength() < 63) {
            return Py.smallInt(v.longValue());
        }
        // The two's complement bytes of BigInteger.toByteArray(), most significant first.
        long w = allocArray(BIGINT, v.bitLength() / 8 + 1, intType.rootShape);
        if (v.bitLength() >= BigIntCache.DEFERRED_BITS) {
            switch (bigInts.defer(w, v)) {
                case COLLECT -> heap.requestCollection();
                case WRITE -> bigInts.writeAll(Space::writeBigInt);
                case NONE -> { }
            }
        } else {
            writeBigInt(v, w);
            bigInts.put(w, v);
        }
        return w;
    }

    private static void writeBigInt(BigInteger v, long object) {
        copyIn(v.toByteArray(), object + 16);
    }

    long newInt(long v) {
        return Py.fitsSmall(v) ? Py.smallInt(v) : newInt(BigInteger.valueOf(v));
    }

    /** Whether {@code w} is an int (or bool, or int subclass instance) and its exact value. */
    BigInteger bigValue(long w) {
        if (Py.isSmallInt(w)) {
            return BigInteger.valueOf(Py.smallValue(w));
        }
        if (w == Py.TRUE) {
            return BigInteger.ONE;
        }
        if (w == Py.FALSE) {
            return BigInteger.ZERO;
        }
        long v = unwrap(w);
        if (Py.isSmallInt(v) || Py.isImmediate(v)) {
            return bigValue(v);
        }
        BigInteger cached = bigInts.get(v);
        if (cached != null) {
            return cached;
        }
        int n = (int) get(v, 8);
        byte[] bytes = new byte[n];
        copyOut(v + 16, bytes);
        BigInteger value = new BigInteger(bytes);
        bigInts.put(v, value);
        return value;
    }

    /** The value of an int that is known to fit a long (small ints and bools). */
    static long smallOrBool(long w) {
        return Py.isSmallInt(w) ? Py.smallValue(w) : (w == Py.TRUE ? 1 : 0);
    }

    boolean isInt(long w) {
        return Py.isSmallInt(w) || w == Py.TRUE || w == Py.FALSE || typeOf(w).isSubtypeOf(intType);
    }

    // ---------------------------------------------------------------- float, complex

    long newFloat(double d) {
        long w = allocFixed(FLOAT, floatType.rootShape);
        putRaw(w, FLOAT_VALUE, Double.doubleToRawLongBits(d));
        return w;
    }

    double floatValue(long w) {
        return Double.longBitsToDouble(get(unwrap(w), FLOAT_VALUE));
    }

    long newComplex(double re, double im) {
        long w = allocFixed(COMPLEX, complexType.rootShape);
        putRaw(w, 8, Double.doubleToRawLongBits(re));
        putRaw(w, 16, Double.doubleToRawLongBits(im));
        return w;
    }

    double complexReal(long w) {
        return Double.longBitsToDouble(get(unwrap(w), 8));
    }

    double complexImag(long w) {
        return Double.longBitsToDouble(get(unwrap(w), 16));
    }

    // ---------------------------------------------------------------- str

    long newStr(String s) {
        int n = s.length();
        boolean latin1 = true;
        boolean ascii = true;
        boolean astral = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                if (c >= 0x100) {
                    latin1 = false;
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        astral = true;
                    }
                }
            }
        }
        if (latin1) {
            long w = allocArray(STR, n, strType.rootShape);
            putRaw(w, STR_INFO, 1 | (ascii ? 1 << 8 : 0));
            copyIn(s.getBytes(StandardCharsets.ISO_8859_1), w + STR_DATA);
            return w;
        }
        if (!astral) {
            long w = allocArray(STR, 2L * n, strType.rootShape);
            putRaw(w, STR_INFO, 2);
            long p = w + STR_DATA;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                Memory.putByte(p + 2L * i, (byte) c);
                Memory.putByte(p + 2L * i + 1, (byte) (c >> 8));
            }
            return w;
        }
        int[] cps = s.codePoints().toArray();
        long w = allocArray(STR, 4L * cps.length, strType.rootShape);
        putRaw(w, STR_INFO, 4);
        long p = w + STR_DATA;
        for (int i = 0; i < cps.length; i++) {
            Memory.putInt(p + 4L * i, cps[i]);
        }
        return w;
    }

    boolean isStr(long w) {
        return Py.isObject(w) && typeOf(w).isSubtypeOf(strType);
    }

    /** The Java String of a str (or str subclass instance). */
    String str(long w) {
        long s = unwrap(w);
        int kind = (int) (get(s, STR_INFO) & 0xff);
        long bytes = get(s, STR_LENGTH);
        long p = s + STR_DATA;
        if (kind == 1) {
            byte[] b = new byte[(int) bytes];
            copyOut(p, b);
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        if (kind == 2) {
            char[] c = new char[(int) (bytes / 2)];
            for (int i = 0; i < c.length; i++) {
                c[i] = (char) ((Memory.getByte(p + 2L * i) & 0xff) | (Memory.getByte(p + 2L * i + 1) & 0xff) << 8);
            }
            return new String(c);
        }
        int n = (int) (bytes / 4);
        StringBuilder sb = new StringBuilder(n + 8);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(Memory.getInt(p + 4L * i));
        }
        return sb.toString();
    }

    /** Number of code points of a str. */
    long strLength(long w) {
        long s = unwrap(w);
        return get(s, STR_LENGTH) / (get(s, STR_INFO) & 0xff);
    }

    /** The str hash, computed once and cached in the object. */
    long strHash(long w) {
        long s = unwrap(w);
        long info = get(s, STR_INFO);
        if ((info & (1 << 9)) != 0) {
            return get(s, STR_HASH);
        }
        int n = (int) get(s, STR_LENGTH);
        byte[] data = new byte[n];
        long p = s + STR_DATA;
        for (int i = 0; i < n; i++) {
            data[i] = Memory.getByte(p + i);
        }
        long h = Hashing.bytesHash(data, n);
        putRaw(s, STR_HASH, h);
        putRaw(s, STR_INFO, info | (1 << 9));
        return h;
    }

    /** The hash a str with this text has (the same function over code points, without a heap object). */
    static long strHashOf(String text) {
        byte[] data = Hashing.strData(text);
        return Hashing.bytesHash(data, data.length);
    }

    /** Whether the str object holds exactly this text (no allocation). */
    boolean strEqualsText(long w, String text) {
        long s = unwrap(w);
        int kind = (int) (get(s, STR_INFO) & 0xff);
        long n = get(s, STR_LENGTH) / kind;
        long p = s + STR_DATA;
        int j = 0;
        for (long i = 0; i < n; i++) {
            if (j >= text.length()) {
                return false;
            }
            int cp = text.codePointAt(j);
            long have = kind == 1 ? Memory.getByte(p + i) & 0xff
                    : kind == 2 ? (Memory.getByte(p + 2 * i) & 0xff) | (Memory.getByte(p + 2 * i + 1) & 0xff) << 8
                    : Memory.getInt(p + 4 * i);
            if (have != cp) {
                return false;
            }
            j += Character.charCount(cp);
        }
        return j == text.length();
    }

    /** Content equality of two str objects (exact str or subclasses). */
    boolean strEquals(long a, long b) {
        if (a == b) {
            return true;
        }
        long x = unwrap(a), y = unwrap(b);
        long n = get(x, STR_LENGTH);
        if (n != get(y, STR_LENGTH) || (get(x, STR_INFO) & 0xff) != (get(y, STR_INFO) & 0xff)) {
            // Strings are kept in their narrowest kind, so different kinds mean different text.
            return false;
        }
        long px = x + STR_DATA, py = y + STR_DATA;
        long i = 0;
        for (; i + 8 <= n; i += 8) {
            if (Memory.getWord(px + i) != Memory.getWord(py + i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (Memory.getByte(px + i) != Memory.getByte(py + i)) {
                return false;
            }
        }
        return true;
    }

    private final int[] latin1Roots = new int[256];

    /** The str of one code point; the 256 Latin-1 ones are shared, like CPython's. */
    long charStr(int cp) {
        if (cp < 256) {
            if (latin1Roots[cp] == 0) {
                latin1Roots[cp] = heap.globals().register(newStr(String.valueOf((char) cp))) + 1;
            }
            return heap.globals().get(latin1Roots[cp] - 1);
        }
        return newStr(new String(Character.toChars(cp)));
    }

    /** The interned str object for an identifier (rooted for the life of the space). */
    long intern(String s) {
        Integer slot = interned.get(s);
        if (slot == null) {
            slot = heap.globals().register(newStr(s));
            interned.put(s, slot);
        }
        return heap.globals().get(slot);
    }

    // ---------------------------------------------------------------- bytes

    long newBytes(byte[] b) {
        long w = allocArray(BYTES, b.length, bytesType.rootShape);
        copyIn(b, w + BYTES_DATA);
        return w;
    }

    byte[] bytes(long w) {
        long b = unwrap(w);
        byte[] out = new byte[(int) get(b, BYTES_LENGTH)];
        copyOut(b + BYTES_DATA, out);
        return out;
    }

    static void copyIn(byte[] b, long address) {
        Memory.copyFromArray(b, 0, address, b.length);
    }

    static void copyOut(long address, byte[] b) {
        Memory.copyToArray(address, b, 0, b.length);
    }

    // ---------------------------------------------------------------- tuple and storage

    /** A tuple of {@code n} items taken from root slots {@code [base, base + n)}. */
    long newTupleFromRoots(int base, int n) {
        if (n == 0) {
            return emptyTuple();
        }
        long t = allocArray(TUPLE, n, tupleType.rootShape);
        for (int i = 0; i < n; i++) {
            Memory.putWord(t + ARRAY_ITEMS + 8L * i, ts.get(base + i));
        }
        return t;
    }

    private int emptyTupleRoot = -1;

    long emptyTuple() {
        if (emptyTupleRoot < 0) {
            emptyTupleRoot = heap.globals().register(allocArray(TUPLE, 0, tupleType.rootShape));
        }
        return heap.globals().get(emptyTupleRoot);
    }

    /** A tuple of {@code n} null items that the caller fills before the next safepoint. */
    long newTuple(int n) {
        return n == 0 ? emptyTuple() : allocArray(TUPLE, n, tupleType.rootShape);
    }

    static long length(long array) {
        return get(array, ARRAY_LENGTH);
    }

    static long item(long array, long i) {
        return Memory.getWord(array + ARRAY_ITEMS + 8 * i);
    }

    /** Stores into a tuple or storage allocated since the last safepoint (no barrier needed yet). */
    static void initItem(long array, long i, long value) {
        Memory.putWord(array + ARRAY_ITEMS + 8 * i, value);
    }

    void setItem(long array, long i, long value) {
        heap.writeWord(array, (int) (ARRAY_ITEMS + 8 * i), value);
    }

    long newStorage(long n) {
        return allocArray(STORAGE, n, storageType.rootShape);
    }

    // ---------------------------------------------------------------- wrapped builtin values

    /**
     * The builtin value of {@code w}: {@code w} itself, or for an instance of a subclass of a
     * builtin type (class L(list)), the base value it holds in its first reserved slot.
     */
    long unwrap(long w) {
        if (!Py.isObject(w)) {
            return w;
        }
        PyType t = shapeOf(w).type;
        return t.wrapsBase ? get(w, INSTANCE_SLOTS) : w;
    }
}
