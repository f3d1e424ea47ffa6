package dev.pyxis.python.runtime;

/** Structural pattern matching support (match statements). */
final class Matching {
    private Matching() {}

    static boolean isMapping(Space s, long w) {
        PyType t = s.typeOf(w);
        if (t.isSubtypeOf(s.dictType)) {
            return true;
        }
        PyType mapping = s.builtinTypes.get("collections.abc.Mapping");
        return mapping != null && t.isSubtypeOf(mapping);
    }

    static boolean isSequence(Space s, long w) {
        PyType t = s.typeOf(w);
        if (t.isSubtypeOf(s.strType) || t.isSubtypeOf(s.bytesType) || t.isSubtypeOf(s.bytearrayType)) {
            return false;
        }
        if (t.isSubtypeOf(s.listType) || t.isSubtypeOf(s.tupleType) || t.isSubtypeOf(s.rangeType)) {
            return true;
        }
        PyType seq = s.builtinTypes.get("collections.abc.Sequence");
        return seq != null && t.isSubtypeOf(seq);
    }

    /** MATCH_KEYS: a tuple of the values for keys, or None if one is missing. */
    static long keys(Space s, int subjectSlot, int keysSlot) {
        ThreadState ts = s.ts;
        long n = Space.length(ts.get(keysSlot));
        int base = ts.top();
        try {
            for (long i = 0; i < n; i++) {
                int k = ts.push(Space.item(ts.get(keysSlot), i));
                long v;
                if (s.typeOf(ts.get(subjectSlot)).nativeKind == PyType.Native.DICT && Ops.userSpecial(s, ts.get(subjectSlot), "__getitem__") == 0) {
                    v = Dicts.get(s, s.unwrap(ts.get(subjectSlot)), ts.get(k));
                } else {
                    long get = Attributes.get(s, subjectSlot, "get");
                    int g = ts.push(get);
                    ts.push(ts.get(k));
                    int dummy = ts.push(s.typeWord(s.objectType));
                    v = Calls.call(s, g, g + 1, 2, -1);
                    if (v == ts.get(dummy)) {
                        v = 0;
                    }
                    ts.truncate(g);
                }
                if (v == 0) {
                    return Py.NONE;
                }
                ts.set(k, v);
            }
            return s.newTupleFromRoots(base, (int) n);
        } finally {
            ts.truncate(base);
        }
    }

    /** MATCH_CLASS: a tuple of the positional then keyword attributes, or None. */
    static long matchClass(Space s, int subjectSlot, int clsSlot, int namesSlot, int npos) {
        ThreadState ts = s.ts;
        PyType cls = s.asType(ts.get(clsSlot));
        if (cls == null) {
            throw Errors.typeError(s, "called match pattern must be a class");
        }
        if (!s.typeOf(ts.get(subjectSlot)).isSubtypeOf(cls)) {
            return Py.NONE;
        }
        int base = ts.top();
        try {
            if (npos > 0) {
                long matchArgs = cls.lookup("__match_args__");
                boolean selfMatch = matchArgs == 0 && isSelfMatching(s, cls);
                if (selfMatch) {
                    if (npos > 1) {
                        throw Errors.typeError(s, cls.name + "() accepts 1 positional sub-pattern (" + npos + " given)");
                    }
                    ts.push(ts.get(subjectSlot));
                } else {
                    if (matchArgs == 0) {
                        throw Errors.typeError(s, cls.name + "() accepts 0 positional sub-patterns (" + npos + " given)");
                    }
                    if (s.typeOf(matchArgs) != s.tupleType) {
                        throw Errors.typeError(s, cls.name + ".__match_args__ must be a tuple (got " + s.typeOf(matchArgs).name + ")");
                    }
                    if (Space.length(matchArgs) < npos) {
                        throw Errors.typeError(s, cls.name + "() accepts " + Space.length(matchArgs)
                                + " positional sub-pattern" + (Space.length(matchArgs) == 1 ? "" : "s") + " (" + npos + " given)");
                    }
                    for (int i = 0; i < npos; i++) {
                        String name = s.str(Space.item(cls.lookup("__match_args__"), i));
                        long v = Attributes.find(s, subjectSlot, name);
                        if (v == 0) {
                            return Py.NONE;
                        }
                        ts.push(v);
                    }
                }
            }
            for (long i = 0; i < Space.length(ts.get(namesSlot)); i++) {
                String name = s.str(Space.item(ts.get(namesSlot), i));
                long v = Attributes.find(s, subjectSlot, name);
                if (v == 0) {
                    return Py.NONE;
                }
                ts.push(v);
            }
            return s.newTupleFromRoots(base, ts.top() - base);
        } finally {
            ts.truncate(base);
        }
    }

    private static boolean isSelfMatching(Space s, PyType cls) {
        for (PyType t : cls.mro) {
            if (!t.heapType) {
                return switch (t.nativeKind) {
                    case BOOL, BYTEARRAY, BYTES, DICT, FLOAT, FROZENSET, INT, LIST, SET, STR, TUPLE -> true;
                    default -> false;
                };
            }
        }
        return false;
    }

    /** COPY_DICT_WITHOUT_KEYS: a dict copy of the mapping without the matched keys. */
    static long copyWithout(Space s, int mappingSlot, int keysSlot) {
        ThreadState ts = s.ts;
        int d = ts.push(Dicts.create(s));
        try {
            DictOps.update(s, d, mappingSlot);
            for (long i = 0; i < Space.length(ts.get(keysSlot)); i++) {
                Dicts.remove(s, ts.get(d), Space.item(ts.get(keysSlot), i));
            }
            return ts.get(d);
        } finally {
            ts.truncate(d);
        }
    }
}
