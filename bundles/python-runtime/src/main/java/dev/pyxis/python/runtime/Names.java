package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** Name resolution: locals mappings, globals, builtins, and method lookup for LOAD_METHOD. */
final class Names {
    private Names() {}

    /** The value of {@code name} in the locals mapping in root slot {@code mappingSlot}, or 0. */
    static long lookupMapping(Space s, int mappingSlot, String name) {
        long m = s.ts.get(mappingSlot);
        if (m == 0) {
            return 0;
        }
        if (s.typeOf(m) == s.dictType) {
            return Dicts.getStr(s, m, name);
        }
        int k = s.ts.push(s.newStr(name));
        try {
            return Ops.getItem(s, mappingSlot, k);
        } catch (PyException e) {
            if (Exceptions.matches(s, s.ts.peekRaised(), "KeyError")) {
                s.ts.takeRaised();
                return 0;
            }
            throw e;
        } finally {
            s.ts.truncate(k);
        }
    }

    private static final String BUILTINS = "__builtins__";
    private static final long BUILTINS_HASH = Dicts.entryHash(Space.strHashOf(BUILTINS));

    /**
     * The builtins of code running with the globals dict {@code globals}: their {@code __builtins__}
     * (a module stands for its dict), else the interpreter's.
     */
    static long builtinsOf(Space s, long globals) {
        long b = Dicts.getStr(s, globals, BUILTINS, BUILTINS_HASH);
        if (b == 0) {
            return s.builtinsDict();
        }
        return s.typeOf(b).nativeKind == PyType.Native.MODULE ? Modules.dict(b) : b;
    }

    /**
     * LOAD_GLOBAL through the instruction's cache ({@link GlobalSite}): a hit reads the value from
     * the entry the name was found at last time; a miss takes {@link #global} and remembers where
     * the name was when both dicts are plain dicts. {@code globals} is the word in
     * {@code globalsSlot}.
     */
    static long cachedGlobal(Space s, GlobalSite[] sites, int at, long globals, int globalsSlot, int nameIndex,
            int codeSlot) {
        GlobalSite c = sites[at];
        // Only a plain dict has a layout stamp (exec may run the code with a dict subclass).
        if (c != null && s.isExact(globals, s.dictType) && Dicts.layout(globals) == c.globalsLayout) {
            if (c.globalsEntry >= 0) {
                return Dicts.valueAt(globals, c.globalsEntry);
            }
            long b = builtinsDictAt(s, globals, c.builtinsRefEntry);
            if (s.isExact(b, s.dictType) && Dicts.layout(b) == c.builtinsLayout) {
                return Dicts.valueAt(b, c.builtinsEntry);
            }
        }
        int v = s.ts.push(global(s, globalsSlot, nameIndex, codeSlot));
        try {
            // Filling may allocate and run a key's __eq__: the value stays rooted meanwhile.
            fill(s, sites, at, globalsSlot, nameIndex, codeSlot);
            return s.ts.get(v);
        } finally {
            s.ts.truncate(v);
        }
    }

    /**
     * Records where LOAD_GLOBAL's name is now (after a successful lookup, which may have run
     * Python code). Each entry position is taken with its dict's layout stamp right after the
     * probe that found it (a key's __eq__ may change dicts, and collections move them, so words
     * are re-read from their slots after every probe); nothing is recorded if the globals changed
     * layout meanwhile.
     */
    private static void fill(Space s, GlobalSite[] sites, int at, int globalsSlot, int nameIndex, int codeSlot) {
        if (s.typeOf(s.ts.get(globalsSlot)) != s.dictType) {
            return;
        }
        long name = Space.item(Space.get(s.ts.get(codeSlot), Code.NAMES), nameIndex);
        int entry = Dicts.entryOf(s, s.ts.get(globalsSlot), name);
        long globalsLayout = Dicts.layout(s.ts.get(globalsSlot));
        int ref = -1;
        long builtinsLayout = 0;
        int builtinsEntry = -1;
        if (entry < 0) {
            long key = s.intern(BUILTINS);
            ref = Dicts.entryOf(s, s.ts.get(globalsSlot), key);
            if (Dicts.layout(s.ts.get(globalsSlot)) != globalsLayout) {
                return;
            }
            long b = builtinsDictAt(s, s.ts.get(globalsSlot), ref);
            if (s.typeOf(b) != s.dictType) {
                return;
            }
            name = Space.item(Space.get(s.ts.get(codeSlot), Code.NAMES), nameIndex);
            builtinsEntry = Dicts.entryOf(s, b, name);
            if (builtinsEntry < 0 || Dicts.layout(s.ts.get(globalsSlot)) != globalsLayout) {
                return;
            }
            builtinsLayout = Dicts.layout(builtinsDictAt(s, s.ts.get(globalsSlot), ref));
        }
        GlobalSite c = sites[at] != null ? sites[at] : new GlobalSite();
        c.globalsEntry = entry;
        c.globalsLayout = globalsLayout;
        c.builtinsRefEntry = ref;
        c.builtinsLayout = builtinsLayout;
        c.builtinsEntry = builtinsEntry;
        sites[at] = c;
    }

    /** The builtins of {@code globals} whose {@code __builtins__} is at entry {@code ref} (-1: none, the interpreter's). */
    private static long builtinsDictAt(Space s, long globals, int ref) {
        long b = ref < 0 ? s.builtinsDict() : Dicts.valueAt(globals, ref);
        return s.typeOf(b).nativeKind == PyType.Native.MODULE ? Modules.dict(b) : b;
    }

    /** LOAD_GLOBAL: globals, then builtins; NameError with CPython's text. */
    static long global(Space s, int globalsSlot, int nameIndex, int codeSlot) {
        long name = Space.item(Space.get(s.ts.get(codeSlot), Code.NAMES), nameIndex);
        long v = Dicts.get(s, s.ts.get(globalsSlot), name);
        if (v != 0) {
            return v;
        }
        long builtins = builtinsOf(s, s.ts.get(globalsSlot));
        name = Space.item(Space.get(s.ts.get(codeSlot), Code.NAMES), nameIndex);
        if (s.typeOf(builtins) == s.dictType) {
            v = Dicts.get(s, builtins, name);
        } else {
            // Any other mapping answers by subscription (a KeyError there is a NameError).
            int b = s.ts.push(builtins);
            try {
                v = lookupMapping(s, b, s.str(name));
            } finally {
                s.ts.truncate(b);
            }
        }
        if (v != 0) {
            return v;
        }
        String n = s.str(Space.item(Space.get(s.ts.get(codeSlot), Code.NAMES), nameIndex));
        throw Errors.nameErrorFor(s, n);
    }

    static void storeMapping(Space s, int mappingSlot, long key, int valueSlot) {
        ThreadState ts = s.ts;
        int k = ts.push(key);
        try {
            long m = ts.get(mappingSlot);
            if (s.typeOf(m) == s.dictType) {
                Dicts.put(s, mappingSlot, k, valueSlot);
            } else {
                Ops.setItem(s, mappingSlot, k, valueSlot);
            }
        } finally {
            ts.truncate(k);
        }
    }

    static void deleteName(Space s, int mappingSlot, String name, long key) {
        ThreadState ts = s.ts;
        int k = ts.push(key);
        try {
            long m = ts.get(mappingSlot);
            if (s.typeOf(m) == s.dictType) {
                if (Dicts.remove(s, m, ts.get(k)) == 0) {
                    throw Errors.nameErrorFor(s, name);
                }
            } else {
                Ops.delItem(s, mappingSlot, k);
            }
        } finally {
            ts.truncate(k);
        }
    }

    /**
     * For LOAD_METHOD: the plain function or builtin method that {@code obj.name} would bind, found
     * on the type and not shadowed by an instance attribute; 0 when the general path is needed.
     */
    static long methodOnType(Space s, int objSlot, String name) {
        long obj = s.ts.get(objSlot);
        PyType t = s.typeOf(obj);
        if (s.asType(obj) != null || t.nativeKind == PyType.Native.MODULE || t.isSubtypeOf(s.superType)) {
            return 0;
        }
        if (t.heapType) {
            long ga = t.lookup("__getattribute__");
            if (ga != 0 && ga != s.objectGetattribute()) {
                return 0;
            }
        }
        long m = t.lookup(name);
        if (m == 0) {
            return 0;
        }
        PyType mt = s.typeOf(m);
        boolean plain = mt == s.functionType
                || (mt == s.builtinType && Space.get(m, F1) == 0 && Methods.builtinOf(m).owner != null);
        if (!plain) {
            return 0;
        }
        if (Py.isObject(obj) && (t.heapType || t.solidBase.nativeKind == PyType.Native.EXCEPTION)
                && t.hasDict && Instances.get(s, obj, name) != 0) {
            return 0;
        }
        if (t.nativeKind == PyType.Native.FUNCTION) {
            return 0;
        }
        return m;
    }

    static void setupAnnotations(Space s, int mappingSlot) {
        if (lookupMapping(s, mappingSlot, "__annotations__") == 0) {
            int d = s.ts.push(Dicts.create(s));
            storeMapping(s, mappingSlot, s.intern("__annotations__"), d);
            s.ts.truncate(d);
        }
    }
}
