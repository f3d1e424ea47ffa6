package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.CodeUnit;

/**
 * The Python-visible surface of generators, coroutines and async generators: send/throw/close,
 * the gi_/cr_/ag_ attributes, {@code coroutine.__await__()}'s wrapper, the async generator
 * methods, and the frame objects gi_frame/cr_frame/ag_frame return. The machinery is in
 * {@link Generators} and {@link AsyncGenerators}.
 */
final class GeneratorMethods {
    private GeneratorMethods() {}

    static final String WRAPPER = "coroutine_wrapper";

    // ---------------------------------------------------------------- send, throw, close

    private static Builtin send(String owner, PyType.Native kind) {
        return Receivers.positional(owner, kind, "send(self, value, /)", (s, a) -> {
            long v = Generators.resume(s, a.slot(0), a.slot(1), Generators.Mode.SEND);
            if (v == 0) {
                throw Generators.stopIteration(s);
            }
            return v;
        });
    }

    private static Builtin throwMethod(String owner, PyType.Native kind) {
        return Receivers.positional(owner, kind, "throw(self, typ, val=None, tb=None, /)", (s, a) -> {
            int exc = s.ts.push(thrown(s, a.slot(1), a.slot(2), a.slot(3)));
            long v = Generators.throwInto(s, a.slot(0), exc, true);
            if (v == 0) {
                throw Generators.stopIteration(s);
            }
            return v;
        });
    }

    private static Builtin close(String owner, PyType.Native kind) {
        return Receivers.positional(owner, kind, "close(self, /)", (s, a) -> {
            Generators.close(s, a.slot(0));
            return Py.NONE;
        });
    }

    /**
     * The exception instance throw(typ, val, tb) raises: an instance as it is, or a class called
     * with the value (a tuple spreads into arguments); the traceback, if given, is attached.
     */
    static long thrown(Space s, int typSlot, int valSlot, int tbSlot) {
        ThreadState ts = s.ts;
        long tb = ts.get(tbSlot);
        if (tb != Py.NONE && s.typeOf(tb) != s.tracebackType) {
            throw Errors.typeError(s, "throw() third argument must be a traceback object");
        }
        long typ = ts.get(typSlot);
        PyType asType = s.asType(typ);
        long e;
        if (asType != null && asType.isSubtypeOf(s.builtinTypes.get("BaseException"))) {
            long val = ts.get(valSlot);
            if (Exceptions.isException(s, val) && s.typeOf(val).isSubtypeOf(asType)) {
                e = val;
            } else if (val == Py.NONE) {
                e = Calls.invoke(s, typ);
            } else if (s.typeOf(val).nativeKind == PyType.Native.TUPLE) {
                int base = ts.top();
                ts.push(typ);
                for (int i = 0; i < Space.length(ts.get(valSlot)); i++) {
                    ts.push(Space.item(ts.get(valSlot), i));
                }
                try {
                    e = Calls.call(s, base, base + 1, ts.top() - base - 1, -1);
                } finally {
                    ts.truncate(base);
                }
            } else {
                e = Calls.invoke(s, typ, val);
            }
            if (!Exceptions.isException(s, e)) {
                String got = s.typeOf(e).name;
                throw Errors.typeError(s, "calling " + Repr.of(s, typSlot) + " should have returned an instance of "
                        + "BaseException, not " + got);
            }
        } else if (Exceptions.isException(s, typ)) {
            if (ts.get(valSlot) != Py.NONE) {
                throw Errors.typeError(s, "instance exception may not have a separate value");
            }
            e = typ;
        } else {
            throw Errors.typeError(s, "exceptions must be classes or instances deriving from BaseException, not "
                    + (asType != null ? "type" : s.typeOf(typ).name));
        }
        if (ts.get(tbSlot) != Py.NONE) {
            Exceptions.setSlot(s, e, Exceptions.TRACEBACK, ts.get(tbSlot));
        }
        return e;
    }

    // ---------------------------------------------------------------- attributes

    private static Builtin attr(String owner, PyType.Native kind, String name, Builtin.Body body) {
        return Receivers.positional(owner, kind, name + "(self, /)", body);
    }

    /** A read-write attribute: a property with builtin getter and setter. */
    static void getset(Space s, PyType t, Builtin getter, Builtin setter) {
        int fget = s.ts.push(Methods.builtin(s, getter));
        int fset = s.ts.push(Methods.builtin(s, setter));
        try {
            long p = s.allocFixed(OBJ4, s.propertyType.rootShape);
            Space.putRaw(p, F1, s.ts.get(fget));
            Space.putRaw(p, F2, s.ts.get(fset));
            Space.putRaw(p, F3, Py.NONE);
            Space.putRaw(p, F4, Py.NONE);
            t.put(getter.name(), p);
        } finally {
            s.ts.truncate(fget);
        }
    }

    private static void nameAttribute(Space s, PyType t, String owner, PyType.Native kind, String name, int field) {
        getset(s, t, attr(owner, kind, name, (sp, a) -> Space.get(a.get(0), field)),
                Receivers.positional(owner, kind, name + "(self, value, /)", (sp, a) -> {
                    if (!sp.isStr(a.get(1))) {
                        throw Errors.typeError(sp, name + " must be set to a string object");
                    }
                    sp.put(a.get(0), field, a.get(1));
                    return Py.NONE;
                }));
    }

    /** The attributes every kind has under its prefix (gi_, cr_, ag_). */
    private static void common(Space s, PyType t, String owner, PyType.Native kind, String p) {
        nameAttribute(s, t, owner, kind, "__name__", GEN_NAME);
        nameAttribute(s, t, owner, kind, "__qualname__", GEN_QUALNAME);
        Receivers.readonly(s, t, attr(owner, kind, p + "_code", (sp, a) -> Space.get(a.get(0), GEN_CODE)));
        Receivers.readonly(s, t, attr(owner, kind, p + "_frame", (sp, a) -> FrameObjects.ofGenerator(sp, a.slot(0))));
        Receivers.readonly(s, t, attr(owner, kind, p + "_running", (sp, a) -> {
            Generators.State st = Generators.state(sp, a.get(0));
            return Py.bool(kind == PyType.Native.ASYNC_GENERATOR ? st.runningAsync : st.running);
        }));
        String delegate = kind == PyType.Native.GENERATOR ? "gi_yieldfrom" : p + "_await";
        Receivers.readonly(s, t, attr(owner, kind, delegate, (sp, a) -> {
            long d = Generators.delegate(sp, a.get(0));
            return d == 0 ? Py.NONE : d;
        }));
        if (kind != PyType.Native.ASYNC_GENERATOR) {
            Receivers.readonly(s, t, attr(owner, kind, p + "_suspended", (sp, a) -> {
                Generators.State st = Generators.state(sp, a.get(0));
                return Py.bool(st.started && !st.finished && !st.running);
            }));
        }
    }

    // ---------------------------------------------------------------- code objects

    private static void installCode(Space s) {
        PyType t = s.codeType;
        PyType.Native k = PyType.Native.CODE;
        Receivers.readonly(s, t, attr("code", k, "co_name", (sp, a) -> sp.newStr(Code.unit(sp, a.get(0)).name())));
        Receivers.readonly(s, t, attr("code", k, "co_qualname", (sp, a) -> sp.newStr(Code.unit(sp, a.get(0)).qualname())));
        Receivers.readonly(s, t, attr("code", k, "co_filename", (sp, a) -> sp.newStr(Code.unit(sp, a.get(0)).filename())));
        Receivers.readonly(s, t, attr("code", k, "co_flags", (sp, a) -> Py.smallInt(Code.unit(sp, a.get(0)).flags())));
        Receivers.readonly(s, t, attr("code", k, "co_firstlineno", (sp, a) -> Py.smallInt(Code.unit(sp, a.get(0)).firstLineno())));
        Receivers.readonly(s, t, attr("code", k, "co_argcount", (sp, a) -> Py.smallInt(Code.unit(sp, a.get(0)).argCount())));
        Receivers.readonly(s, t, attr("code", k, "co_posonlyargcount", (sp, a) -> Py.smallInt(Code.unit(sp, a.get(0)).posOnlyArgCount())));
        Receivers.readonly(s, t, attr("code", k, "co_kwonlyargcount", (sp, a) -> Py.smallInt(Code.unit(sp, a.get(0)).kwOnlyArgCount())));
        Receivers.readonly(s, t, attr("code", k, "co_nlocals", (sp, a) -> Py.smallInt(Code.unit(sp, a.get(0)).varnames().length)));
        Receivers.readonly(s, t, attr("code", k, "co_varnames", (sp, a) -> strTuple(sp, Code.unit(sp, a.get(0)).varnames())));
        Receivers.readonly(s, t, attr("code", k, "co_cellvars", (sp, a) -> strTuple(sp, Code.unit(sp, a.get(0)).cellvars())));
        Receivers.readonly(s, t, attr("code", k, "co_freevars", (sp, a) -> strTuple(sp, Code.unit(sp, a.get(0)).freevars())));
        Receivers.readonly(s, t, attr("code", k, "co_names", (sp, a) -> Space.get(a.get(0), Code.NAMES)));
        Receivers.readonly(s, t, attr("code", k, "co_consts", (sp, a) -> Space.get(a.get(0), Code.CONSTS)));
    }

    private static long strTuple(Space s, String[] items) {
        int base = s.ts.top();
        for (String item : items) {
            s.ts.push(s.intern(item));
        }
        try {
            return s.newTupleFromRoots(base, items.length);
        } finally {
            s.ts.truncate(base);
        }
    }

    // ---------------------------------------------------------------- coroutine.__await__()

    /** The iterator coroutine.__await__() returns: the coroutine's send/throw/close under the iterator protocol. */
    static final class Wrapper implements Generators.Awaitable {
        private static int coro(Space s, int selfSlot) {
            return s.ts.push(Space.get(s.ts.get(selfSlot), F1));
        }

        @Override
        public long send(Space s, int selfSlot, int valueSlot) {
            int c = coro(s, selfSlot);
            try {
                return Generators.resume(s, c, valueSlot, Generators.Mode.SEND);
            } finally {
                s.ts.truncate(c);
            }
        }

        @Override
        public long throwInto(Space s, int selfSlot, int excSlot) {
            int c = coro(s, selfSlot);
            try {
                return Generators.throwInto(s, c, excSlot, true);
            } finally {
                s.ts.truncate(c);
            }
        }

        @Override
        public void close(Space s, int selfSlot) {
            int c = coro(s, selfSlot);
            try {
                Generators.close(s, c);
            } finally {
                s.ts.truncate(c);
            }
        }
    }

    /** send/throw/close/__next__/__iter__ of a Java-implemented awaitable type. */
    private static void awaitableMethods(Space s, PyType t, String owner, Generators.Awaitable aw, boolean awaitSelf) {
        PyType.Native k = PyType.Native.ITERATOR;
        Builtins.method(s, t, Receivers.positional(owner, k, "send(self, value, /)", (sp, a) -> {
            long v = aw.send(sp, a.slot(0), a.slot(1));
            if (v == 0) {
                throw Generators.stopIteration(sp);
            }
            return v;
        }));
        Builtins.method(s, t, Receivers.positional(owner, k, "__next__(self, /)", (sp, a) -> {
            int none = sp.ts.push(Py.NONE);
            long v = aw.send(sp, a.slot(0), none);
            if (v == 0) {
                throw Generators.stopIteration(sp);
            }
            return v;
        }));
        Builtins.method(s, t, Receivers.positional(owner, k, "throw(self, typ, val=None, tb=None, /)", (sp, a) -> {
            int exc = sp.ts.push(thrown(sp, a.slot(1), a.slot(2), a.slot(3)));
            long v = aw.throwInto(sp, a.slot(0), exc);
            if (v == 0) {
                throw Generators.stopIteration(sp);
            }
            return v;
        }));
        Builtins.method(s, t, Receivers.positional(owner, k, "close(self, /)", (sp, a) -> {
            aw.close(sp, a.slot(0));
            return Py.NONE;
        }));
        if (awaitSelf) {
            Builtins.method(s, t, Receivers.positional(owner, k, "__await__(self, /)", (sp, a) -> a.get(0)));
        }
    }

    // ---------------------------------------------------------------- installation

    static void install(Space s) {
        PyType.Native g = PyType.Native.GENERATOR;
        PyType gen = s.generatorType;
        Builtins.method(s, gen, Receivers.positional("generator", g, "__iter__(self, /)", (sp, a) -> a.get(0)));
        Builtins.method(s, gen, Receivers.positional("generator", g, "__next__(self, /)", (sp, a) -> {
            long v = Generators.resume(sp, a.slot(0), -1, Generators.Mode.SEND);
            if (v == 0) {
                throw Generators.stopIteration(sp);
            }
            return v;
        }));
        Builtins.method(s, gen, send("generator", g));
        Builtins.method(s, gen, throwMethod("generator", g));
        Builtins.method(s, gen, close("generator", g));
        common(s, gen, "generator", g, "gi");

        PyType.Native c = PyType.Native.COROUTINE;
        PyType coro = s.coroutineType;
        Builtins.method(s, coro, send("coroutine", c));
        Builtins.method(s, coro, throwMethod("coroutine", c));
        Builtins.method(s, coro, close("coroutine", c));
        Builtins.method(s, coro, Receivers.positional("coroutine", c, "__await__(self, /)", (sp, a) -> {
            long w = sp.allocFixed(OBJ1, sp.builtinTypes.get(WRAPPER).rootShape);
            Space.putRaw(w, F1, a.get(0));
            return w;
        }));
        common(s, coro, "coroutine", c, "cr");
        Receivers.readonly(s, coro, attr("coroutine", c, "cr_origin", (sp, a) -> Py.NONE));

        Generators.Awaitable wrapper = new Wrapper();
        awaitableMethods(s, NativeObjects.type(s, WRAPPER, PyType.Native.ITERATOR, wrapper), WRAPPER, wrapper, false);

        PyType.Native ag = PyType.Native.ASYNC_GENERATOR;
        PyType agen = s.asyncGeneratorType;
        String o = "async_generator";
        Builtins.method(s, agen, Receivers.positional(o, ag, "__aiter__(self, /)", (sp, a) -> a.get(0)));
        Builtins.method(s, agen, Receivers.positional(o, ag, "__anext__(self, /)",
                (sp, a) -> AsyncGenerators.awaitable(sp, AsyncGenerators.ASEND, a.slot(0), Py.NONE)));
        Builtins.method(s, agen, Receivers.positional(o, ag, "asend(self, value, /)",
                (sp, a) -> AsyncGenerators.awaitable(sp, AsyncGenerators.ASEND, a.slot(0), a.get(1))));
        Builtins.method(s, agen, Receivers.positional(o, ag, "athrow(self, typ, val=None, tb=None, /)", (sp, a) -> {
            long e = thrown(sp, a.slot(1), a.slot(2), a.slot(3));
            return AsyncGenerators.awaitable(sp, AsyncGenerators.ATHROW, a.slot(0), e);
        }));
        Builtins.method(s, agen, Receivers.positional(o, ag, "aclose(self, /)",
                (sp, a) -> AsyncGenerators.awaitable(sp, AsyncGenerators.ATHROW, a.slot(0), 0)));
        common(s, agen, o, ag, "ag");

        Generators.Awaitable asend = new AsyncGenerators.Asend();
        awaitableMethods(s, NativeObjects.type(s, AsyncGenerators.ASEND, PyType.Native.ITERATOR, asend),
                AsyncGenerators.ASEND, asend, true);
        Generators.Awaitable athrow = new AsyncGenerators.Athrow();
        awaitableMethods(s, NativeObjects.type(s, AsyncGenerators.ATHROW, PyType.Native.ITERATOR, athrow),
                AsyncGenerators.ATHROW, athrow, true);
        NativeObjects.type(s, AsyncGenerators.WRAPPED, PyType.Native.OTHER, null);

        FrameObjects.install(s);
        installCode(s);
    }
}
