package dev.pyxis.python.runtime;

/** The heavier parts of instructions: unpacking, *args/**kwargs calls, with statements, except clauses. */
final class CallSupport {
    private CallSupport() {}

    /** DICT_MERGE: merges the mapping into the dict, refusing duplicate keywords. */
    static void dictMerge(Space s, int dictSlot, int mappingSlot, int calleeSlot) {
        ThreadState ts = s.ts;
        long m = ts.get(mappingSlot);
        PyType mt = s.typeOf(m);
        String fname = functionName(s, calleeSlot);
        if (mt.nativeKind != PyType.Native.DICT && mt.lookup("keys") == 0) {
            throw Errors.typeError(s, fname + " argument after ** must be a mapping, not " + mt.name);
        }
        int tmp = ts.push(Dicts.create(s));
        try {
            DictOps.update(s, tmp, mappingSlot);
            long t = ts.get(tmp);
            int k = ts.push(0), v = ts.push(0);
            for (long e = 0; e < Dicts.entryCount(ts.get(tmp)); e++) {
                long key = Dicts.keyAt(ts.get(tmp), e);
                if (key == 0) {
                    continue;
                }
                if (!s.isStr(key)) {
                    throw Errors.typeError(s, "keywords must be strings");
                }
                if (Dicts.get(s, s.unwrap(ts.get(dictSlot)), key) != 0) {
                    throw Errors.typeError(s, fname + " got multiple values for keyword argument '"
                            + s.str(Dicts.keyAt(ts.get(tmp), e)) + "'");
                }
                ts.set(k, Dicts.keyAt(ts.get(tmp), e));
                ts.set(v, Dicts.valueAt(ts.get(tmp), e));
                Dicts.put(s, dictSlot, k, v);
            }
        } finally {
            ts.truncate(tmp);
        }
    }

    /** "module.qualname()" for messages about a call's arguments (no module for builtins), as CPython's. */
    static String functionName(Space s, int calleeSlot) {
        return nameOf(s, s.ts.get(calleeSlot));
    }

    private static String nameOf(Space s, long f) {
        PyType t = s.typeOf(f);
        if (t == s.functionType) {
            long module = Space.get(f, Layouts.FN_MODULE);
            return qualified(s, module, Functions.qualname(s, f));
        }
        if (t == s.builtinType) {
            Builtin b = Methods.builtinOf(f);
            return (b.owner != null ? b.owner + "." : "") + b.name() + "()";
        }
        if (t == s.methodType) {
            return nameOf(s, Space.get(f, Layouts.F1));
        }
        PyType asType = s.asType(f);
        if (asType != null) {
            return asType.heapType ? qualified(s, asType.getOwn("__module__"), asType.qualname) : asType.name + "()";
        }
        return t.name + " object";
    }

    private static String qualified(Space s, long module, String qualname) {
        String m = module != 0 && module != Py.NONE && s.isStr(module) ? s.str(module) : null;
        return (m == null || m.equals("builtins") ? "" : m + ".") + qualname + "()";
    }

    /**
     * UNPACK_SEQUENCE (after = -1) and UNPACK_EX: replaces the sequence at the top of the stack by
     * its items, first item on top. Returns the new stack top.
     */
    static int unpack(Space s, int sp, int before, int after) {
        ThreadState ts = s.ts;
        int seq = sp - 1;
        long w = ts.get(seq);
        int base = ts.top();
        int n;
        PyType t = s.typeOf(w);
        if ((t == s.tupleType || t == s.listType) && after < 0) {
            n = (int) Sequences.length(s, w);
            if (n == before) {
                for (int i = 0; i < n; i++) {
                    ts.set(seq + n - 1 - i, Sequences.item(s, ts.get(seq), i));
                }
                return seq + n;
            }
        }
        if (t.lookup("__iter__") == 0 && t.lookup("__getitem__") == 0 && Iteration.builtinIter(s, seq) == 0) {
            throw Errors.typeError(s, "cannot unpack non-iterable " + t.name + " object");
        }
        n = Iteration.pushAll(s, seq);
        try {
            if (after < 0) {
                if (n != before) {
                    if (n < before) {
                        throw Errors.valueError(s, "not enough values to unpack (expected " + before + ", got " + n + ")");
                    }
                    throw Errors.valueError(s, "too many values to unpack (expected " + before + ")");
                }
                for (int i = 0; i < n; i++) {
                    ts.set(seq + n - 1 - i, ts.get(base + i));
                }
                return seq + n;
            }
            if (n < before + after) {
                throw Errors.valueError(s, "not enough values to unpack (expected at least " + (before + after)
                        + ", got " + n + ")");
            }
            int middle = n - before - after;
            long list = Lists.fromRoots(s, base + before, middle);
            int total = before + 1 + after;
            // Items from the top down: first `before` items, the list, then the `after` items.
            long[] out = new long[total];
            for (int i = 0; i < before; i++) {
                out[i] = ts.get(base + i);
            }
            out[before] = list;
            for (int i = 0; i < after; i++) {
                out[before + 1 + i] = ts.get(base + before + middle + i);
            }
            for (int i = 0; i < total; i++) {
                ts.set(seq + total - 1 - i, out[i]);
            }
            return seq + total;
        } finally {
            ts.truncate(base);
        }
    }

    /** CALL_FUNCTION_EX: callable(*args, **kwargs). */
    static long callEx(Space s, int calleeSlot, int argsSlot, int kwargsSlot) {
        return callEx(s, calleeSlot, argsSlot, kwargsSlot, false);
    }

    /**
     * {@code callee(*args, **kwargs)}; with {@code typeCall} the callee is a class called as
     * type.__call__ does, past any __call__ of its metaclass.
     */
    static long callEx(Space s, int calleeSlot, int argsSlot, int kwargsSlot, boolean typeCall) {
        ThreadState ts = s.ts;
        long args = ts.get(argsSlot);
        if (s.typeOf(args) != s.tupleType) {
            PyType t = s.typeOf(args);
            if (t.lookup("__iter__") == 0 && Iteration.builtinIter(s, argsSlot) == 0 && t.lookup("__getitem__") == 0) {
                throw Errors.typeError(s, functionName(s, calleeSlot) + " argument after * must be an iterable, not " + t.name);
            }
        }
        int base = ts.top();
        int n = Iteration.pushAll(s, argsSlot);
        try {
            if (kwargsSlot < 0 || Dicts.size(s.unwrap(ts.get(kwargsSlot))) == 0) {
                return typeCall ? Types.callType(s, calleeSlot, base, n, -1, true) : Calls.call(s, calleeSlot, base, n, -1);
            }
            long kw = s.unwrap(ts.get(kwargsSlot));
            int nkw = (int) Dicts.size(kw);
            long names = s.newTuple(nkw);
            int namesSlot = -1;
            int j = 0;
            kw = s.unwrap(ts.get(kwargsSlot));
            for (long e = 0; e < Dicts.entryCount(kw); e++) {
                long key = Dicts.keyAt(kw, e);
                if (key == 0) {
                    continue;
                }
                Space.initItem(names, j++, key);
            }
            int valuesBase = ts.top();
            namesSlot = valuesBase;
            ts.push(names);
            // Arguments must be contiguous: copy positionals and keyword values after the names slot.
            int argBase = ts.top();
            for (int i = 0; i < n; i++) {
                ts.push(ts.get(base + i));
            }
            kw = s.unwrap(ts.get(kwargsSlot));
            for (long e = 0; e < Dicts.entryCount(kw); e++) {
                if (Dicts.keyAt(kw, e) != 0) {
                    ts.push(Dicts.valueAt(kw, e));
                }
            }
            return typeCall ? Types.callType(s, calleeSlot, argBase, n + nkw, namesSlot, true)
                    : Calls.call(s, calleeSlot, argBase, n + nkw, namesSlot);
        } finally {
            ts.truncate(base);
        }
    }

    /** MAKE_FUNCTION's annotations: a flat (name, value, ...) tuple becomes a dict. */
    static long annotationsDict(Space s, int tupleSlot) {
        ThreadState ts = s.ts;
        long t = ts.get(tupleSlot);
        if (s.typeOf(t) == s.dictType) {
            return t;
        }
        int d = ts.push(Dicts.create(s));
        int k = ts.push(0), v = ts.push(0);
        long n = Space.length(ts.get(tupleSlot));
        for (long i = 0; i + 1 < n; i += 2) {
            ts.set(k, Space.item(ts.get(tupleSlot), i));
            ts.set(v, Space.item(ts.get(tupleSlot), i + 1));
            Dicts.put(s, d, k, v);
        }
        long r = ts.get(d);
        ts.truncate(d);
        return r;
    }

    static void checkExceptionType(Space s, int typeSlot) {
        long t = s.ts.get(typeSlot);
        PyType base = s.builtinTypes.get("BaseException");
        if (s.typeOf(t) == s.tupleType) {
            for (long i = 0; i < Space.length(t); i++) {
                PyType it = s.asType(Space.item(t, i));
                if (it == null || !it.isSubtypeOf(base)) {
                    throw Errors.typeError(s, "catching classes that do not inherit from BaseException is not allowed");
                }
            }
            return;
        }
        PyType tt = s.asType(t);
        if (tt == null || !tt.isSubtypeOf(base)) {
            throw Errors.typeError(s, "catching classes that do not inherit from BaseException is not allowed");
        }
    }

    static boolean exceptionMatches(Space s, int excSlot, int typeSlot) {
        long t = s.ts.get(typeSlot);
        PyType et = s.typeOf(s.ts.get(excSlot));
        if (s.typeOf(t) == s.tupleType) {
            for (long i = 0; i < Space.length(t); i++) {
                if (et.isSubtypeOf(s.asType(Space.item(t, i)))) {
                    return true;
                }
            }
            return false;
        }
        return et.isSubtypeOf(s.asType(t));
    }

    /** BEFORE_WITH: [mgr] -> [bound __exit__, __enter__()]. Returns the new stack top. */
    static int beforeWith(Space s, int sp, boolean async) {
        ThreadState ts = s.ts;
        int mgr = sp - 1;
        PyType t = s.typeOf(ts.get(mgr));
        String enterName = async ? "__aenter__" : "__enter__";
        String exitName = async ? "__aexit__" : "__exit__";
        long enter = t.lookup(enterName);
        if (enter == 0) {
            throw Errors.typeError(s, "'" + t.name + "' object does not support the "
                    + (async ? "asynchronous " : "") + "context manager protocol");
        }
        long exit = t.lookup(exitName);
        if (exit == 0) {
            throw Errors.typeError(s, "'" + t.name + "' object does not support the "
                    + (async ? "asynchronous " : "") + "context manager protocol (missed " + exitName + " method)");
        }
        int e = ts.push(Attributes.bind(s, exit, mgr, t));
        long result = Ops.callSpecial(s, t.lookup(enterName), mgr);
        ts.set(mgr, ts.get(e));
        ts.set(mgr + 1, result);
        ts.truncate(e);
        return mgr + 2;
    }

    /** WITH_EXCEPT_START: calls exit(type, value, traceback) for [exit, lasti, prev, exc]. */
    static long withExceptStart(Space s, int sp) {
        ThreadState ts = s.ts;
        int exit = sp - 4;
        long exc = ts.get(sp - 1);
        int base = ts.push(ts.get(exit));
        ts.push(s.typeWord(s.typeOf(exc)));
        ts.push(exc);
        ts.push(Exceptions.slot(exc, Exceptions.TRACEBACK));
        try {
            return Calls.call(s, base, base + 1, 3, -1);
        } finally {
            ts.truncate(base);
        }
    }
}
