package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.support.StrPredicates;
import java.util.ArrayList;
import java.util.List;

/**
 * Calling types (instance construction through __new__ and __init__, the one-argument
 * {@code type(x)}), and creating classes: {@code type(name, bases, ns)} and the class statement's
 * {@code __build_class__}.
 */
final class Types {
    private Types() {}

    /** {@code T(*args, **kw)} for the type in {@code typeSlot}. */
    static long callType(Space s, int typeSlot, int argBase, int nargs, int kwSlot) {
        return callType(s, typeSlot, argBase, nargs, kwSlot, false);
    }

    /** Calls a class; {@code pastMetaCall} when called from type.__call__ (the metaclass's __call__ is not consulted). */
    static long callType(Space s, int typeSlot, int argBase, int nargs, int kwSlot, boolean pastMetaCall) {
        ThreadState ts = s.ts;
        PyType t = s.asType(ts.get(typeSlot));
        PyType meta = s.typeOf(ts.get(typeSlot));
        if (meta != s.typeType && !pastMetaCall) {
            long call = meta.lookup("__call__");
            if (call != 0 && call != s.typeType.getOwn("__call__")) {
                int base = ts.push(call);
                ts.push(ts.get(typeSlot));
                for (int i = 0; i < nargs; i++) {
                    ts.push(ts.get(argBase + i));
                }
                try {
                    return Calls.call(s, base, base + 1, nargs + 1, kwSlot);
                } finally {
                    ts.truncate(base);
                }
            }
        }
        if (t == s.typeType && nargs == 1 && kwSlot < 0) {
            return s.typeWord(s.typeOf(ts.get(argBase)));
        }
        long objectNew = s.objectType.getOwn("__new__");
        if (t.heapType && t.lookup("__new__") == objectNew && t.solidBase == s.objectType && !t.abstractMethods) {
            return constructPlain(s, t, typeSlot, argBase, nargs, kwSlot);
        }
        if (!t.heapType && t != s.objectType && t.lookup("__new__") == objectNew) {
            throw Errors.typeError(s, "cannot create '" + t.name + "' instances");
        }
        int base = ts.top();
        try {
            // obj = T.__new__(T, *args, **kw)
            long newFn = t.lookup("__new__");
            ts.push(newFn);
            ts.push(ts.get(typeSlot));
            for (int i = 0; i < nargs; i++) {
                ts.push(ts.get(argBase + i));
            }
            int kw = kwSlot < 0 ? -1 : ts.push(ts.get(kwSlot));
            long newCallee = ts.get(base);
            if (s.typeOf(newCallee) == s.staticmethodType) {
                ts.set(base, Space.get(newCallee, F1));
            }
            int obj = ts.push(Calls.call(s, base, base + 1, nargs + 1, kw));
            PyType objType = s.typeOf(ts.get(obj));
            if (!objType.isSubtypeOf(t)) {
                return ts.get(obj);
            }
            // T.__init__(obj, *args, **kw)
            long init = objType.lookup("__init__");
            int call = ts.push(init);
            ts.push(ts.get(obj));
            for (int i = 0; i < nargs; i++) {
                ts.push(ts.get(argBase + i));
            }
            int kw2 = kwSlot < 0 ? -1 : ts.push(ts.get(kwSlot));
            long r = Calls.call(s, call, call + 1, nargs + 1, kw2);
            if (r != Py.NONE) {
                throw Errors.typeError(s, "__init__() should return None, not '" + s.typeOf(r).name + "'");
            }
            return ts.get(obj);
        } finally {
            ts.truncate(base);
        }
    }

    /**
     * T(...) for a class whose __new__ is object's: allocate, then call __init__ with the call's
     * arguments as they are on the stack (no argument tuple or dict is built).
     */
    private static long constructPlain(Space s, PyType t, int typeSlot, int argBase, int nargs, int kwSlot) {
        ThreadState ts = s.ts;
        long init = t.lookup("__init__");
        boolean initIsObjects = init == s.objectType.getOwn("__init__");
        if (nargs > 0 && initIsObjects) {
            throw Errors.typeError(s, t.name + "() takes no arguments");
        }
        int obj = ts.push(Instances.allocate(s, t));
        try {
            if (initIsObjects) {
                return ts.get(obj);
            }
            int call = ts.push(t.lookup("__init__"));
            ts.push(ts.get(obj));
            for (int i = 0; i < nargs; i++) {
                ts.push(ts.get(argBase + i));
            }
            int kw = kwSlot < 0 ? -1 : ts.push(ts.get(kwSlot));
            long r;
            if (s.typeOf(ts.get(call)) == s.functionType) {
                r = Calls.callFunction(s, call, call + 1, nargs + 1, kw);
            } else {
                r = Calls.call(s, call, call + 1, nargs + 1, kw);
            }
            if (r != Py.NONE) {
                throw Errors.typeError(s, "__init__() should return None, not '" + s.typeOf(r).name + "'");
            }
            return ts.get(obj);
        } finally {
            ts.truncate(obj);
        }
    }

    /** A new, empty instance of the type in {@code typeSlot} (object.__new__). */
    static long allocateInstance(Space s, PyType t) {
        if (t.solidBase.nativeKind == PyType.Native.EXCEPTION) {
            return Exceptions.allocate(s, t);
        }
        return Instances.allocate(s, t);
    }

    /** type(name, bases, ns) for the metatype in {@code metaSlot}; operands in root slots. */
    static long createClass(Space s, int metaSlot, int nameSlot, int basesSlot, int nsSlot, int kwSlot) {
        ThreadState ts = s.ts;
        String name = s.str(ts.get(nameSlot));
        if (name.indexOf('\0') >= 0) {
            throw Errors.valueError(s, "type name must not contain null characters");
        }
        long qualname = Dicts.getStr(s, ts.get(nsSlot), "__qualname__");
        if (qualname != 0 && !s.isStr(qualname)) {
            throw Errors.typeError(s, "type __qualname__ must be a str, not " + s.typeOf(qualname).name);
        }
        long basesTuple = ts.get(basesSlot);
        int nbases = (int) Space.length(basesTuple);
        PyType[] bases = new PyType[Math.max(1, nbases)];
        if (nbases == 0) {
            bases[0] = s.objectType;
        }
        for (int i = 0; i < nbases; i++) {
            long b = Space.item(basesTuple, i);
            PyType bt = s.asType(b);
            if (bt == null) {
                throw Errors.typeError(s, "bases must be types");
            }
            if (bt == s.boolType || (!bt.heapType && !acceptsSubclasses(s, bt))) {
                throw Errors.typeError(s, "type '" + bt.name + "' is not an acceptable base type");
            }
            bases[i] = bt;
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError(s, "duplicate base class " + bases[i].name);
                }
            }
        }
        PyType[] mro = PyType.c3Check(bases);
        if (mro == null) {
            StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases ");
            List<PyType> heads = PyType.c3Conflict(bases);
            for (int i = 0; i < heads.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(heads.get(i).name);
            }
            throw Errors.typeError(s, sb.toString());
        }
        PyType solid = null;
        for (PyType b : bases) {
            PyType sb = b.layout();
            if (!sb.heapType && (sb.nativeKind == PyType.Native.OBJECT || sb.nativeKind == PyType.Native.EXCEPTION)) {
                continue;
            }
            if (solid == null || sb.isSubtypeOf(solid)) {
                solid = sb;
            } else if (!solid.isSubtypeOf(sb)) {
                throw Errors.typeError(s, "multiple bases have instance lay-out conflict");
            }
        }
        // __slots__ are checked before the type exists: a failed class must not become a subclass.
        PyType best = PyType.bestOf(bases);
        long slots = Dicts.getStr(s, ts.get(nsSlot), "__slots__");
        boolean basesHaveDict = false;
        boolean basesHaveWeakref = false;
        List<String> slotNames = new ArrayList<>();
        for (PyType b : bases) {
            basesHaveDict |= b.hasDict;
            basesHaveWeakref |= b.hasWeakref;
            if (b.slotNames != null) {
                slotNames.addAll(b.slotNames);
            }
        }
        // Variable-sized builtins (int, bytes, tuple) keep their items where slots would go.
        PyType.Native solidKind = best.solidBase.nativeKind;
        boolean varSized = solidKind == PyType.Native.INT || solidKind == PyType.Native.BYTES
                || solidKind == PyType.Native.TUPLE;
        List<String> own = new ArrayList<>();
        boolean addsDict = !basesHaveDict;
        boolean addsWeakref = !basesHaveWeakref && !varSized;
        if (slots != 0) {
            List<String> declared = Iteration.strings(s, slots, "__slots__ items must be strings, not '%s'");
            int named = 0;
            for (String sn : declared) {
                if (!StrPredicates.isIdentifier(sn)) {
                    throw Errors.typeError(s, "__slots__ must be identifiers");
                }
                if (!sn.equals("__dict__") && !sn.equals("__weakref__")) {
                    named++;
                }
            }
            if (named > 0 && varSized) {
                throw Errors.typeError(s, "nonempty __slots__ not supported for subtype of '" + best.name + "'");
            }
            addsDict = false;
            addsWeakref = false;
            for (String sn : declared) {
                if (sn.equals("__dict__")) {
                    if (basesHaveDict || addsDict) {
                        throw Errors.typeError(s, "__dict__ slot disallowed: we already got one");
                    }
                    addsDict = true;
                } else if (sn.equals("__weakref__")) {
                    if (basesHaveWeakref || addsWeakref || varSized) {
                        throw Errors.typeError(s, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                    }
                    addsWeakref = true;
                } else {
                    String mangled = mangle(name, sn);
                    if (Dicts.getStr(s, ts.get(nsSlot), mangled) != 0) {
                        throw Errors.raise(s, "ValueError", "'" + mangled + "' in __slots__ conflicts with class variable");
                    }
                    if (!own.contains(mangled)) {
                        own.add(mangled);
                    }
                }
            }
            own.sort(Compare::compareCodePoints);
            slotNames.addAll(own);
        }
        PyType meta = s.asType(ts.get(metaSlot));
        PyType t = s.newType(name, bases, PyType.Native.OBJECT, true);
        t.reservedSlots = t.solidBase.nativeKind == PyType.Native.EXCEPTION ? Exceptions.RESERVED : (t.wrapsBase ? 1 : 0);
        t.slotNames = slots != 0 || !slotNames.isEmpty() ? slotNames : null;
        t.layout = own.isEmpty() ? solid : t;
        t.hasDict = basesHaveDict || addsDict;
        t.hasWeakref = basesHaveWeakref || addsWeakref;
        s.materialize(t, meta);
        // Read after the allocations above, which may have moved the namespace; nothing below allocates.
        long ns = ts.get(nsSlot);
        long cell = 0;
        List<String> implicit = new ArrayList<>(2);
        long n = Dicts.entryCount(ns);
        for (long e = 0; e < n; e++) {
            long k = Dicts.keyAt(ns, e);
            if (k == 0) {
                continue;
            }
            String key = s.str(k);
            long v = Dicts.valueAt(ns, e);
            switch (key) {
                case "__qualname__" -> t.qualname = s.str(v);
                case "__classcell__" -> cell = v;
                default -> t.put(key, v);
            }
            if (s.typeOf(v) == s.functionType && IMPLICIT_WRAPPERS.containsKey(key)) {
                implicit.add(key);
            }
        }
        if (!t.hasOwn("__module__")) {
            long frameGlobals = ts.frame != null ? ts.get(ts.frame.base + Frame.GLOBALS) : 0;
            long mod = frameGlobals != 0 ? Dicts.getStr(s, frameGlobals, "__name__") : 0;
            if (mod != 0) {
                t.put("__module__", mod);
            }
        }
        if (t.hasOwn("__eq__") && !t.hasOwn("__hash__")) {
            t.put("__hash__", Py.NONE);
        }
        int typeSlot = ts.push(s.typeWord(t));
        try {
            // First: the cell word was read before the allocations and calls below.
            if (cell != 0) {
                Cells.set(s, cell, ts.get(typeSlot));
            }
            for (String key : implicit) {
                PyType wrapper = IMPLICIT_WRAPPERS.get(key).equals("staticmethod") ? s.staticmethodType : s.classmethodType;
                long w = s.allocFixed(OBJ1, wrapper.rootShape);
                Space.putRaw(w, F1, t.getOwn(key));
                t.put(key, w);
            }
            customMro(s, meta, t, typeSlot);
            // The descriptors of what this class adds to its instances, after the body's names.
            for (String slot : own) {
                t.put(slot, MemberDescriptors.create(s, typeSlot, slot));
            }
            if (addsDict) {
                t.put("__dict__", MemberDescriptors.createGetset(s, typeSlot, "__dict__"));
            }
            if (addsWeakref) {
                t.put("__weakref__", MemberDescriptors.createGetset(s, typeSlot, "__weakref__"));
            }
            if (!t.hasOwn("__doc__")) {
                t.put("__doc__", Py.NONE);
            }
            setNames(s, t, typeSlot);
            initSubclass(s, t, typeSlot, kwSlot);
            return ts.get(typeSlot);
        } finally {
            ts.truncate(typeSlot);
        }
    }

    /** Functions a class body defines under these names are stored wrapped, as CPython does. */
    private static final java.util.Map<String, String> IMPLICIT_WRAPPERS = java.util.Map.of(
            "__new__", "staticmethod", "__init_subclass__", "classmethod", "__class_getitem__", "classmethod");

    /** A metaclass's own {@code mro()} replaces the C3 order of the new class (checked as CPython does). */
    private static void customMro(Space s, PyType meta, PyType t, int typeSlot) {
        long mroMethod = meta.lookup("mro");
        if (mroMethod == 0 || mroMethod == s.typeType.getOwn("mro")) {
            return;
        }
        int base = s.ts.push(Calls.invoke(s, mroMethod, s.ts.get(typeSlot)));
        try {
            int n = Iteration.pushAll(s, base);
            PyType[] mro = new PyType[n];
            for (int i = 0; i < n; i++) {
                long item = s.ts.get(base + 1 + i);
                PyType c = s.asType(item);
                if (c == null) {
                    throw Errors.typeError(s, "mro() returned a non-class ('" + s.typeOf(item).name + "')");
                }
                if (!t.solidBase.isSubtypeOf(c.solidBase)) {
                    throw Errors.typeError(s, "mro() returned base with unsuitable layout ('" + c.name + "')");
                }
                mro[i] = c;
            }
            t.mro = mro;
            t.changed();
        } finally {
            s.ts.truncate(base);
        }
    }

    /** A private name ({@code __x}) as it is stored in class {@code className} ({@code _C__x}). */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        return i == className.length() ? name : "_" + className.substring(i) + name;
    }

    private static boolean acceptsSubclasses(Space s, PyType t) {
        return switch (t.nativeKind) {
            case OBJECT, INT, FLOAT, COMPLEX, STR, BYTES, BYTEARRAY, TUPLE, LIST, DICT, SET, FROZENSET,
                    TYPE, EXCEPTION, PROPERTY, CLASSMETHOD, STATICMETHOD, SUPER -> true;
            default -> false;
        };
    }

    /** Calls __set_name__(cls, name) on every class attribute that defines it. */
    private static void setNames(Space s, PyType t, int typeSlot) {
        for (String key : t.ownKeys()) {
            long v = t.getOwn(key);
            PyType vt = s.typeOf(v);
            if (!vt.heapType) {
                continue;
            }
            long setName = vt.lookup("__set_name__");
            if (setName != 0) {
                int base = s.ts.push(setName);
                s.ts.push(v);
                s.ts.push(s.ts.get(typeSlot));
                s.ts.push(s.intern(key));
                try {
                    Calls.call(s, base, base + 1, 3, -1);
                } catch (PyException e) {
                    int cause = s.ts.push(s.ts.takeRaised());
                    throw Errors.chained(s, "RuntimeError", "Error calling __set_name__ on '" + vt.name + "' instance '"
                            + key + "' in '" + t.name + "'", cause);
                } finally {
                    s.ts.truncate(base);
                }
            }
        }
    }

    /** super(cls, cls).__init_subclass__(**kwargs of the class statement). */
    private static void initSubclass(Space s, PyType t, int typeSlot, int kwSlot) {
        boolean hasKw = kwSlot >= 0 && Dicts.size(s.ts.get(kwSlot)) > 0;
        for (int i = 1; i < t.mro.length; i++) {
            long v = t.mro[i].getOwn("__init_subclass__");
            if (v == 0) {
                continue;
            }
            PyType vt = s.typeOf(v);
            if (vt == s.classmethodType) {
                v = Space.get(v, F1);
            } else if (vt == s.builtinType) {
                if (hasKw) {
                    throw Errors.typeError(s, t.name + ".__init_subclass__() takes no keyword arguments");
                }
                return; // object.__init_subclass__ does nothing
            }
            int base = s.ts.push(v);
            s.ts.push(Tuples.single(s, s.ts.get(typeSlot)));
            try {
                CallSupport.callEx(s, base, base + 1, hasKw ? kwSlot : -1);
            } finally {
                s.ts.truncate(base);
            }
            return;
        }
    }

    /** A dict copy of the type's namespace (CPython returns a read-only mappingproxy). */
    static long namespaceCopy(Space s, PyType t) {
        int dict = s.ts.push(Dicts.create(s));
        for (String key : t.ownKeys()) {
            Dicts.putStr(s, dict, key, t.getOwn(key));
        }
        long d = s.ts.get(dict);
        s.ts.truncate(dict);
        return d;
    }
}
