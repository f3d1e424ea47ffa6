package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import java.math.BigInteger;

/** Indexing, slicing and membership of the builtin containers. */
final class Subscripts {
    private Subscripts() {}

    /** An index operand as a long via __index__; TypeError with CPython's wording otherwise. */
    static long index(Space s, int slot, String what) {
        long w = s.ts.get(slot);
        if (Py.isSmallInt(w)) {
            return Py.smallValue(w);
        }
        if (s.isInt(w)) {
            BigInteger v = s.bigValue(w);
            if (v.bitLength() > 62) {
                throw Errors.raise(s, "IndexError", "cannot fit 'int' into an index-sized integer");
            }
            return v.longValue();
        }
        long m = Ops.userSpecial(s, w, "__index__");
        if (m != 0) {
            long r = Ops.callSpecial(s, m, slot);
            if (!s.isInt(r)) {
                throw Errors.typeError(s, "__index__ returned non-int (type " + s.typeOf(r).name + ")");
            }
            r = BuiltinFunctions.exactInt(s, "__index__", r);
            BigInteger v = s.bigValue(r);
            if (v.bitLength() > 62) {
                throw Errors.raise(s, "IndexError", "cannot fit '" + s.typeOf(s.ts.get(slot)).name
                        + "' into an index-sized integer");
            }
            return v.longValue();
        }
        throw Errors.typeError(s, what.replace("%s", s.typeOf(w).name));
    }

    private static boolean isSlice(Space s, long w) {
        return Py.isObject(w) && s.typeOf(w) == s.sliceType;
    }

    static long get(Space s, int objSlot, int keySlot) {
        long o = s.unwrap(s.ts.get(objSlot));
        PyType t = s.typeOf(o);
        long key = s.ts.get(keySlot);
        switch (t.nativeKind) {
            case LIST, TUPLE, STR, BYTES, RANGE -> {
                if (isSlice(s, key)) {
                    return Slices.getSlice(s, objSlot, keySlot);
                }
                if (t.nativeKind == PyType.Native.RANGE && (s.isInt(key) || Ops.userSpecial(s, key, "__index__") != 0)) {
                    return rangeItem(s, objSlot, keySlot);
                }
                long i = index(s, keySlot, switch (t.nativeKind) {
                    case STR -> "string indices must be integers, not '%s'";
                    case BYTES -> "byte indices must be integers or slices, not %s";
                    // Constants: this runs for every subscript.
                    case LIST -> "list indices must be integers or slices, not %s";
                    case TUPLE -> "tuple indices must be integers or slices, not %s";
                    default -> "range indices must be integers or slices, not %s";
                });
                o = s.unwrap(s.ts.get(objSlot));
                long n = switch (t.nativeKind) {
                    case LIST -> Lists.size(o);
                    case TUPLE -> Space.length(o);
                    case STR -> s.strLength(o);
                    case BYTES -> Space.get(o, BYTES_LENGTH);
                    default -> Ranges.length(s, o);
                };
                if (i < 0) {
                    i += n;
                }
                if (i < 0 || i >= n) {
                    throw Errors.indexError(s, switch (t.nativeKind) {
                        case RANGE -> "range object index out of range";
                        case BYTES -> "index out of range";
                        case STR -> "string index out of range";
                        default -> t.name + " index out of range";
                    });
                }
                return switch (t.nativeKind) {
                    case LIST -> Lists.get(o, i);
                    case TUPLE -> Space.item(o, i);
                    case STR -> Strs.charAt(s, o, i);
                    case BYTES -> Py.smallInt(dev.pyxis.heap.api.Memory.getByte(o + BYTES_DATA + i) & 0xff);
                    default -> Ranges.item(s, o, i);
                };
            }
            case BYTEARRAY -> {
                return ByteArrays.get(s, objSlot, keySlot);
            }
            case DICT -> {
                long v = Dicts.get(s, o, s.ts.get(keySlot));
                if (v == 0) {
                    long missing = Ops.userSpecial(s, s.ts.get(objSlot), "__missing__");
                    if (missing != 0) {
                        return Ops.callSpecial(s, missing, objSlot, keySlot);
                    }
                    throw Errors.keyError(s, s.ts.get(keySlot));
                }
                return v;
            }
            default -> {
                PyType asType = s.asType(s.ts.get(objSlot));
                if (asType != null) {
                    if (asType == s.typeType) {
                        return GenericAlias.create(s, objSlot, keySlot);
                    }
                    long cg = asType.lookup("__class_getitem__");
                    if (cg != 0) {
                        // Implicitly a class method: called with the class itself, not its type.
                        return Calls.invoke(s, s.typeOf(cg) == s.classmethodType ? Space.get(cg, F1) : cg,
                                s.ts.get(objSlot), s.ts.get(keySlot));
                    }
                    if (asType.nativeKind != PyType.Native.OBJECT && asType.nativeKind != PyType.Native.EXCEPTION) {
                        return GenericAlias.create(s, objSlot, keySlot);
                    }
                    throw Errors.typeError(s, "type '" + asType.name + "' is not subscriptable");
                }
                throw Errors.typeError(s, "'" + s.typeOf(s.ts.get(objSlot)).name + "' object is not subscriptable");
            }
        }
    }

    /** range[i] for any int i (ranges may be longer than an index-sized integer). */
    private static long rangeItem(Space s, int objSlot, int keySlot) {
        BigInteger i = s.bigValue(BuiltinFunctions.index(s, keySlot));
        long r = s.unwrap(s.ts.get(objSlot));
        BigInteger n = Ranges.bigLength(s, r);
        if (i.signum() < 0) {
            i = i.add(n);
        }
        if (i.signum() < 0 || i.compareTo(n) >= 0) {
            throw Errors.indexError(s, "range object index out of range");
        }
        r = s.unwrap(s.ts.get(objSlot));
        BigInteger start = s.bigValue(Space.get(r, F1)), step = s.bigValue(Space.get(r, F3));
        return s.newInt(start.add(step.multiply(i)));
    }

    static void set(Space s, int objSlot, int keySlot, int valueSlot) {
        long o = s.unwrap(s.ts.get(objSlot));
        PyType t = s.typeOf(o);
        switch (t.nativeKind) {
            case LIST -> {
                if (isSlice(s, s.ts.get(keySlot))) {
                    Slices.setSlice(s, objSlot, keySlot, valueSlot);
                    return;
                }
                long i = index(s, keySlot, "list indices must be integers or slices, not %s");
                o = s.unwrap(s.ts.get(objSlot));
                long n = Lists.size(o);
                if (i < 0) {
                    i += n;
                }
                if (i < 0 || i >= n) {
                    throw Errors.indexError(s, "list assignment index out of range");
                }
                Lists.set(s, o, i, s.ts.get(valueSlot));
            }
            case BYTEARRAY -> ByteArrays.set(s, objSlot, keySlot, valueSlot);
            case DICT -> {
                int d = s.ts.push(o);
                Dicts.put(s, d, keySlot, valueSlot);
                s.ts.truncate(d);
            }
            default -> throw Errors.typeError(s, "'" + s.typeOf(s.ts.get(objSlot)).name
                    + "' object does not support item assignment");
        }
    }

    static void delete(Space s, int objSlot, int keySlot) {
        long o = s.unwrap(s.ts.get(objSlot));
        PyType t = s.typeOf(o);
        switch (t.nativeKind) {
            case LIST -> {
                if (isSlice(s, s.ts.get(keySlot))) {
                    Slices.deleteSlice(s, objSlot, keySlot);
                    return;
                }
                long i = index(s, keySlot, "list indices must be integers or slices, not %s");
                o = s.unwrap(s.ts.get(objSlot));
                long n = Lists.size(o);
                if (i < 0) {
                    i += n;
                }
                if (i < 0 || i >= n) {
                    throw Errors.indexError(s, "list assignment index out of range");
                }
                Lists.removeAt(s, o, i);
            }
            case BYTEARRAY -> ByteArrays.delete(s, objSlot, keySlot);
            case DICT -> {
                if (Dicts.remove(s, o, s.ts.get(keySlot)) == 0) {
                    throw Errors.keyError(s, s.ts.get(keySlot));
                }
            }
            default -> throw Errors.typeError(s, "'" + s.typeOf(s.ts.get(objSlot)).name
                    + "' object doesn't support item deletion");
        }
    }

    static boolean contains(Space s, int containerSlot, int itemSlot) {
        long c = s.unwrap(s.ts.get(containerSlot));
        PyType t = s.typeOf(c);
        long item = s.ts.get(itemSlot);
        switch (t.nativeKind) {
            case DICT -> {
                return Dicts.get(s, c, item) != 0;
            }
            case SET, FROZENSET -> {
                int top = s.ts.top();
                try {
                    int key = SetMethods.lookupKey(s, itemSlot);
                    return Sets.contains(s, s.unwrap(s.ts.get(containerSlot)), s.ts.get(key));
                } finally {
                    s.ts.truncate(top);
                }
            }
            case STR -> {
                if (!s.isStr(item)) {
                    throw Errors.typeError(s, "'in <string>' requires string as left operand, not " + s.typeOf(item).name);
                }
                return s.str(c).contains(s.str(item));
            }
            case BYTES, BYTEARRAY -> {
                return BytesMethods.contains(s, containerSlot, itemSlot);
            }
            case RANGE -> {
                if (s.isInt(item) && !s.typeOf(item).heapType) {
                    BigInteger v = s.bigValue(item);
                    BigInteger start = s.bigValue(Space.get(c, F1)), stop = s.bigValue(Space.get(c, F2)),
                            step = s.bigValue(Space.get(c, F3));
                    boolean inSpan = step.signum() > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                            : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
                    return inSpan && v.subtract(start).mod(step.abs()).signum() == 0;
                }
            }
            case OTHER -> {
                if (DictViews.isView(s, c) && !t.name.equals("dict_values")) {
                    return DictMethods.viewContains(s, containerSlot, itemSlot);
                }
            }
            default -> { }
        }
        // Generic: iterate and compare.
        ThreadState ts = s.ts;
        int it = ts.push(0);
        try {
            ts.set(it, Ops.iter(s, containerSlot));
        } catch (PyException e) {
            ts.truncate(it);
            if (Exceptions.matches(s, ts.peekRaised(), "TypeError")) {
                ts.takeRaised();
                throw Errors.typeError(s, "argument of type '" + s.typeOf(ts.get(containerSlot)).name + "' is not iterable");
            }
            throw e;
        }
        int v = ts.push(0);
        try {
            while (true) {
                long x = Ops.next(s, it);
                if (x == 0) {
                    return false;
                }
                ts.set(v, x);
                if (Ops.equal(s, v, itemSlot)) {
                    return true;
                }
            }
        } finally {
            ts.truncate(it);
        }
    }
}
