package dev.pyxis.python.runtime;

import java.util.TreeSet;

/** dir(): sorted attribute names of an object, its class and the class's bases. */
final class Dir {
    private Dir() {}

    static long dir(Space s, int objSlot) {
        long obj = s.ts.get(objSlot);
        long m = s.typeOf(obj).lookup("__dir__");
        long moduleDir = s.typeOf(obj) == s.moduleType ? Dicts.getStr(s, Modules.dict(obj), "__dir__") : 0;
        long names;
        if (moduleDir != 0) {
            int fn = s.ts.push(moduleDir);
            try {
                names = Calls.call(s, fn, fn + 1, 0, -1);
            } finally {
                s.ts.truncate(fn);
            }
        } else if (m != 0 && s.typeOf(m) != s.builtinType) {
            names = Ops.callSpecial(s, m, objSlot);
        } else {
            names = ofObject(s, objSlot);
        }
        int l = s.ts.push(names);
        int base = s.ts.top();
        int n = Iteration.pushAll(s, l);
        int list = s.ts.push(Lists.fromRoots(s, base, n));
        Sorting.sort(s, list, -1, false);
        return s.ts.get(list);
    }

    static long ofObject(Space s, int objSlot) {
        TreeSet<String> names = new TreeSet<>(Compare::compareCodePoints);
        long obj = s.ts.get(objSlot);
        PyType asType = s.asType(obj);
        if (s.typeOf(obj) == s.moduleType) {
            long d = Modules.dict(obj);
            for (long e = 0; e < Dicts.entryCount(d); e++) {
                long k = Dicts.keyAt(d, e);
                if (k != 0 && s.isStr(k)) {
                    names.add(s.str(k));
                }
            }
        } else {
            PyType t = asType != null ? asType : s.typeOf(obj);
            for (PyType c : t.mro) {
                names.addAll(java.util.Arrays.asList(c.ownKeys()));
                if (!c.heapType && c.hasDict) {
                    // A builtin type's __dict__ descriptor is not in its namespace (a class's is).
                    names.add("__dict__");
                }
            }
            if (asType == null && Py.isObject(obj)) {
                Shape shape = s.shapeOf(obj);
                String[] attributes = shape.names();
                names.addAll(java.util.Arrays.asList(attributes).subList(shape.dictBacked ? 1 : 0, attributes.length));
                if (shape.dictBacked) {
                    long d = Instances.getIndex(obj, shape.type, 0);
                    for (long e = 0; e < Dicts.entryCount(d); e++) {
                        long k = Dicts.keyAt(d, e);
                        if (k != 0 && s.isStr(k)) {
                            names.add(s.str(k));
                        }
                    }
                }
            }
        }
        int base = s.ts.top();
        for (String n : names) {
            s.ts.push(s.newStr(n));
        }
        try {
            return Lists.fromRoots(s, base, names.size());
        } finally {
            s.ts.truncate(base);
        }
    }
}
