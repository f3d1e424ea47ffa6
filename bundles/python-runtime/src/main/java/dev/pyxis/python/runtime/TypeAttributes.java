package dev.pyxis.python.runtime;

/** The special attributes every type has without storing them in its namespace. */
final class TypeAttributes {
    private TypeAttributes() {}

    static long get(Space s, int typeSlot, PyType t, String name) {
        return switch (name) {
            case "__name__" -> s.newStr(t.heapType ? t.name : t.name.substring(t.name.lastIndexOf('.') + 1));
            case "__qualname__" -> s.newStr(t.heapType ? t.qualname : t.qualname.substring(t.qualname.lastIndexOf('.') + 1));
            // A builtin type defined in a module is named "module.name", as CPython's tp_name.
            case "__module__" -> t.heapType ? 0 : s.newStr(t.name.lastIndexOf('.') < 0 ? "builtins"
                    : t.name.substring(0, t.name.lastIndexOf('.')));
            case "__doc__" -> Py.NONE;
            case "__mro__" -> tupleOf(s, t.mro);
            case "__bases__" -> tupleOf(s, t.bases.length == 0 ? new PyType[0] : t.bases);
            case "__base__" -> t.bases.length == 0 ? Py.NONE : s.typeWord(t.bestBase());
            case "__class__" -> s.typeWord(s.typeOf(s.ts.get(typeSlot)));
            case "__annotations__" -> {
                if (!t.heapType) {
                    yield 0;
                }
                long own = t.getOwn(name);
                if (own != 0) {
                    yield own;
                }
                // A class without annotations gets its own empty dict on first request, as in CPython.
                long d = Dicts.create(s);
                t.put(name, d);
                yield d;
            }
            case "__dict__" -> {
                int ns = s.ts.push(Types.namespaceCopy(s, t));
                try {
                    yield MappingProxy.create(s, ns);
                } finally {
                    s.ts.truncate(ns);
                }
            }
            default -> 0;
        };
    }

    /**
     * Assigns one of type's own data descriptors of heap type {@code t}; false if {@code name}
     * is not one (the value then goes to the namespace).
     */
    static boolean set(Space s, PyType t, String name, long value) {
        switch (name) {
            case "__name__", "__qualname__" -> {
                if (!s.isStr(value)) {
                    throw Errors.typeError(s, "can only assign string to " + t.name + "." + name + ", not '"
                            + s.typeOf(value).name + "'");
                }
                String text = s.str(value);
                if (name.equals("__name__")) {
                    if (text.indexOf('\0') >= 0) {
                        throw Errors.valueError(s, "type name must not contain null characters");
                    }
                    t.name = text;
                } else {
                    t.qualname = text;
                }
                return true;
            }
            case "__bases__" -> {
                setBases(s, t, value);
                return true;
            }
            case "__mro__", "__base__" -> throw Errors.attributeError(s, "readonly attribute");
            case "__dict__" -> throw Errors.attributeError(s,
                    "attribute '" + name + "' of 'type' objects is not writable");
            default -> {
                return false;
            }
        }
    }

    /** {@code C.__bases__ = (...)}: checked as CPython does, then the MROs are recomputed. */
    private static void setBases(Space s, PyType t, long value) {
        if (s.typeOf(value) != s.tupleType) {
            throw Errors.typeError(s, "can only assign tuple to " + t.name + ".__bases__, not " + s.typeOf(value).name);
        }
        int n = (int) Space.length(value);
        if (n == 0) {
            throw Errors.typeError(s, "can only assign non-empty tuple to " + t.name + ".__bases__, not ()");
        }
        PyType[] bases = new PyType[n];
        for (int i = 0; i < n; i++) {
            PyType b = s.asType(Space.item(value, i));
            if (b == null) {
                throw Errors.typeError(s, t.name + ".__bases__ must be tuple of classes, not '"
                        + s.typeOf(Space.item(value, i)).name + "'");
            }
            if (b.isSubtypeOf(t)) {
                throw Errors.typeError(s, "a __bases__ item causes an inheritance cycle");
            }
            bases[i] = b;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (bases[i] == bases[j]) {
                    throw Errors.typeError(s, "duplicate base class " + bases[i].name);
                }
            }
        }
        PyType oldBase = t.bestBase();
        PyType newBase = PyType.bestOf(bases);
        if (newBase.solidBase != oldBase.solidBase) {
            throw Errors.typeError(s, "__bases__ assignment: '" + newBase.name + "' object layout differs from '"
                    + oldBase.name + "'");
        }
        if (!t.rebase(bases)) {
            StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases ");
            java.util.List<PyType> heads = PyType.c3Conflict(bases);
            for (int i = 0; i < heads.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(heads.get(i).name);
            }
            throw Errors.typeError(s, sb.toString());
        }
    }

    static long tupleOf(Space s, PyType[] types) {
        long tuple = s.newTuple(types.length);
        for (int i = 0; i < types.length; i++) {
            Space.initItem(tuple, i, s.typeWord(types[i]));
        }
        return tuple;
    }
}
