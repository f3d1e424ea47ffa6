package dev.pyxis.python.runtime;

/** The class statement: {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}. */
final class BuildClass {
    private BuildClass() {}

    static final Builtin BUILD_CLASS = Builtin.function("__build_class__(func, name, /, *bases, **kwds)", (s, a) -> {
        ThreadState ts = s.ts;
        if (s.typeOf(a.get(0)) != s.functionType) {
            throw Errors.typeError(s, "__build_class__: func must be a function");
        }
        if (!s.isStr(a.get(1))) {
            throw Errors.typeError(s, "__build_class__: name is not a string");
        }
        int kw = a.slot(3);
        int bases = a.slot(2);
        long explicit = Dicts.getStr(s, ts.get(kw), "metaclass");
        int meta = ts.push(0);
        if (explicit != 0) {
            ts.set(meta, explicit);
            int k = ts.push(s.newStr("metaclass"));
            Dicts.remove(s, ts.get(kw), ts.get(k));
            ts.truncate(k);
        }
        // From the root: the allocation above may have moved the metaclass.
        PyType metaType = explicit != 0 ? s.asType(ts.get(meta)) : null;
        if (explicit == 0 || metaType != null) {
            // Without an explicit metaclass the first base's type starts the search (class C(1): int).
            PyType start = metaType != null ? metaType
                    : Space.length(ts.get(bases)) > 0 ? s.typeOf(Space.item(ts.get(bases), 0)) : s.typeType;
            PyType winner = mostDerivedMetaclass(s, start, ts.get(bases));
            ts.set(meta, s.typeWord(winner));
        }
        // ns = meta.__prepare__(name, bases, **kwds)
        int ns;
        long prepare = Attributes.find(s, meta, "__prepare__");
        if (prepare != 0) {
            int p = ts.push(prepare);
            ts.push(ts.get(a.slot(1)));
            ts.push(ts.get(bases));
            ns = ts.push(CallSupport.callEx(s, p, ts.push(Tuples.pair(s, ts.get(p + 1), ts.get(p + 2))), kw));
            if (!EvalBuiltins.isMapping(s, ts.get(ns))) {
                PyType mt = s.asType(ts.get(meta));
                throw Errors.typeError(s, (mt != null ? mt.name : "<metaclass>") + ".__prepare__() must return a mapping, not "
                        + s.typeOf(ts.get(ns)).name);
            }
        } else {
            ns = ts.push(Dicts.create(s));
        }
        // Run the body with ns as its locals mapping.
        int fn = a.slot(0);
        long cell = runBody(s, fn, ns);
        int cellSlot = ts.push(cell);
        // cls = meta(name, bases, ns, **kwds)
        int call = ts.push(ts.get(meta));
        int args = ts.push(s.newTuple(3));
        Space.initItem(ts.get(args), 0, ts.get(a.slot(1)));
        Space.initItem(ts.get(args), 1, ts.get(bases));
        Space.initItem(ts.get(args), 2, ts.get(ns));
        long cls = CallSupport.callEx(s, call, args, kw);
        if (ts.get(cellSlot) != Py.NONE && s.typeOf(ts.get(cellSlot)) == s.cellType) {
            long inCell = Cells.get(ts.get(cellSlot));
            if (inCell != cls) {
                if (inCell == 0) {
                    throw Errors.raise(s, "RuntimeError", "__class__ not set defining '" + s.str(a.get(1))
                            + "' as " + Repr.of(s, ts.push(cls)) + ". Was __classcell__ propagated to type.__new__?");
                }
            }
        }
        return cls;
    });

    /** Runs a class body function with the namespace in {@code nsSlot} as its locals mapping. */
    static long runBody(Space s, int fnSlot, int nsSlot) {
        ThreadState ts = s.ts;
        int top = ts.top();
        Frame f = Functions.prepare(s, fnSlot, top, 0, -1, ts.frame);
        ts.set(f.base + Frame.NAMES, ts.get(nsSlot));
        ts.depth++;
        ts.frame = f;
        long result = 0;
        try {
            result = Interpreter.run(s, f);
        } finally {
            result = Calls.leave(s, f, result);
        }
        return result;
    }

    /** The most derived of the metaclass and the bases' metaclasses; TypeError on a conflict. */
    static PyType mostDerivedMetaclass(Space s, PyType meta, long basesTuple) {
        PyType winner = meta;
        long n = Space.length(basesTuple);
        for (long i = 0; i < n; i++) {
            PyType bm = s.typeOf(Space.item(basesTuple, i));
            if (winner.isSubtypeOf(bm)) {
                continue;
            }
            if (bm.isSubtypeOf(winner)) {
                winner = bm;
                continue;
            }
            throw Errors.typeError(s, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
