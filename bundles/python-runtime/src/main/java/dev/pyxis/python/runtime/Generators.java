package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.CodeUnit;

/**
 * Generators and coroutines. A suspended generator keeps its frame's words in a storage object
 * (F1); resuming copies them back onto the root stack, so suspended frames need no special
 * rooting and move with the heap like any object. Java-side state (positions, flags) sits in the
 * handle table.
 */
final class Generators {
    /** Java-side state of one generator. */
    static final class State {
        final CodeUnit code;
        int pc;
        /** Value stack top relative to the frame base. */
        int spOffset;
        int lasti;
        boolean started;
        boolean running;
        boolean finished;

        State(CodeUnit code, int spOffset) {
            this.code = code;
            this.spOffset = spOffset;
        }
    }

    private Generators() {}

    /** A generator (or coroutine) for the frame just prepared at the top of the root stack. */
    static long create(Space s, Frame f, int fnSlot) {
        ThreadState ts = s.ts;
        int size = Frame.size(f.code);
        long storage = s.newStorage(size);
        for (int i = 0; i < size; i++) {
            Space.initItem(storage, i, ts.get(f.base + i));
        }
        int st = ts.push(storage);
        int name = ts.push(Space.get(ts.get(fnSlot), FN_QUALNAME));
        PyType type = (f.code.flags() & CodeUnit.COROUTINE) != 0 ? s.coroutineType
                : (f.code.flags() & CodeUnit.ASYNC_GENERATOR) != 0 ? s.asyncGeneratorType : s.generatorType;
        long g = s.allocFixed(HANDLED, type.rootShape);
        Space.putRaw(g, F1, ts.get(st));
        Space.putRaw(g, F2, ts.get(name));
        Space.putRaw(g, HANDLE, s.heap.handles().add(new State(f.code, f.stackBase - f.base), g));
        ts.truncate(st);
        return g;
    }

    static State state(Space s, long gen) {
        return (State) s.heap.handles().get(Space.get(gen, HANDLE));
    }

    static String qualname(Space s, long gen) {
        return s.str(Space.get(gen, F2));
    }

    static boolean isGenerator(Space s, long w) {
        PyType t = s.typeOf(w);
        return t.nativeKind == PyType.Native.GENERATOR || t.nativeKind == PyType.Native.COROUTINE
                || t.nativeKind == PyType.Native.ASYNC_GENERATOR;
    }

    /**
     * Resumes the generator in {@code genSlot}, sending the value in {@code valueSlot} (or, if
     * {@code throwing}, raising the exception already in the thread's raised slot at the yield).
     * Returns the yielded value, or 0 when the generator returned (its value then waits in the
     * thread's returned slot).
     */
    static long resume(Space s, int genSlot, int valueSlot, boolean throwing) {
        ThreadState ts = s.ts;
        long gen = ts.get(genSlot);
        State st = state(s, gen);
        String kind = s.typeOf(gen).nativeKind == PyType.Native.COROUTINE ? "coroutine" : "generator";
        if (st.running) {
            throw Errors.valueError(s, kind + " already executing");
        }
        if (st.finished) {
            if (throwing) {
                throw PyException.INSTANCE;
            }
            if (kind.equals("coroutine")) {
                throw Errors.raise(s, "RuntimeError", "cannot reuse already awaited coroutine");
            }
            ts.set(ts.returned, Py.NONE);
            return 0;
        }
        if (!st.started && !throwing && valueSlot >= 0 && ts.get(valueSlot) != Py.NONE) {
            throw Errors.typeError(s, "can't send non-None value to a just-started " + kind);
        }
        if (ts.depth >= ts.recursionLimit) {
            throw Errors.recursionError(s);
        }
        int size = Frame.size(st.code);
        int base = ts.top();
        ts.roots.reserve(size);
        long storage = Space.get(ts.get(genSlot), F1);
        for (int i = 0; i < size; i++) {
            ts.set(base + i, Space.item(storage, i));
        }
        Frame f = new Frame(st.code, ts.frame, base);
        f.pc = st.pc;
        f.sp = base + st.spOffset;
        f.lasti = st.lasti;
        if (throwing) {
            f.throwPending = true;
        } else if (st.started) {
            ts.set(f.sp++, valueSlot >= 0 ? ts.get(valueSlot) : Py.NONE);
        }
        st.started = true;
        st.running = true;
        ts.depth++;
        ts.frame = f;
        try {
            long v = Interpreter.run(s, f);
            if (f.yielded) {
                long store = Space.get(ts.get(genSlot), F1);
                for (int i = 0; i < size; i++) {
                    s.setItem(store, i, ts.get(base + i));
                }
                st.pc = f.pc;
                st.spOffset = f.sp - base;
                st.lasti = f.lasti;
                return v;
            }
            st.finished = true;
            s.put(ts.get(genSlot), F1, 0);
            ts.set(ts.returned, v);
            return 0;
        } catch (PyException e) {
            st.finished = true;
            s.put(ts.get(genSlot), F1, 0);
            long exc = ts.peekRaised();
            if (Exceptions.matches(s, exc, "StopIteration") || (Exceptions.matches(s, exc, "StopAsyncIteration")
                    && s.typeOf(ts.get(genSlot)).nativeKind == PyType.Native.ASYNC_GENERATOR)) {
                int cause = ts.push(ts.takeRaised());
                try {
                    String what = Exceptions.matches(s, ts.get(cause), "StopIteration") ? "StopIteration" : "StopAsyncIteration";
                    throw chained(s, "RuntimeError", kind + " raised " + what, cause);
                } finally {
                    ts.truncate(cause);
                }
            }
            throw e;
        } finally {
            st.running = false;
            ts.frame = f.back;
            ts.depth--;
            ts.truncate(base);
        }
    }

    private static PyException chained(Space s, String type, String message, int causeSlot) {
        long e = Exceptions.create(s, s.builtinTypes.get(type), message);
        int es = s.ts.push(e);
        Exceptions.setSlot(s, s.ts.get(es), Exceptions.CAUSE, s.ts.get(causeSlot));
        Exceptions.setSlot(s, s.ts.get(es), Exceptions.CONTEXT, s.ts.get(causeSlot));
        Exceptions.setSlot(s.ts.get(es), Exceptions.SUPPRESS_CONTEXT, Py.TRUE);
        long r = s.ts.get(es);
        s.ts.truncate(es);
        return s.ts.raise(r);
    }

    /** next(generator): the next value or 0 when exhausted. */
    static long next(Space s, int genSlot) {
        long v = resume(s, genSlot, -1, false);
        if (v == 0) {
            s.ts.takeReturned();
        }
        return v;
    }

    /** generator.send(value): raises StopIteration(value) when the generator returns. */
    static long sendMethod(Space s, int genSlot, int valueSlot) {
        long v = resume(s, genSlot, valueSlot, false);
        if (v == 0) {
            throw stopIteration(s);
        }
        return v;
    }

    static PyException stopIteration(Space s) {
        long value = s.ts.takeReturned();
        int base = s.ts.push(value == 0 ? Py.NONE : value);
        try {
            if (s.ts.get(base) == Py.NONE) {
                return s.ts.raise(Exceptions.createWithArgs(s, s.builtinTypes.get("StopIteration"), base, 0));
            }
            return s.ts.raise(Exceptions.createWithArgs(s, s.builtinTypes.get("StopIteration"), base, 1));
        } finally {
            s.ts.truncate(base);
        }
    }

    /** generator.throw(exc): raises it at the suspension point. */
    static long throwMethod(Space s, int genSlot, int excSlot) {
        long e = Raise.instantiate(s, excSlot, "exceptions must be classes or instances deriving from BaseException, not "
                + s.typeOf(s.ts.get(excSlot)).name);
        s.ts.raise(e);
        long v = resume(s, genSlot, -1, true);
        if (v == 0) {
            throw stopIteration(s);
        }
        return v;
    }

    /** generator.close(). */
    static void close(Space s, int genSlot) {
        State st = state(s, s.ts.get(genSlot));
        if (st.finished || !st.started) {
            st.finished = true;
            return;
        }
        s.ts.raise(Exceptions.createWithArgs(s, s.builtinTypes.get("GeneratorExit"), s.ts.top(), 0));
        try {
            long v = resume(s, genSlot, -1, true);
            if (v != 0) {
                throw Errors.raise(s, "RuntimeError", "generator ignored GeneratorExit");
            }
            s.ts.takeReturned();
        } catch (PyException e) {
            long exc = s.ts.peekRaised();
            if (Exceptions.matches(s, exc, "GeneratorExit") || Exceptions.matches(s, exc, "StopIteration")) {
                s.ts.takeRaised();
                return;
            }
            throw e;
        }
    }

    /** SEND: delegates to a generator or an iterator; 0 when the receiver finished (value in ts.returned). */
    static long send(Space s, int receiverSlot, int valueSlot) {
        ThreadState ts = s.ts;
        long receiver = ts.get(receiverSlot);
        if (isGenerator(s, receiver)) {
            return resume(s, receiverSlot, valueSlot, false);
        }
        if (ts.get(valueSlot) == Py.NONE) {
            long v;
            try {
                PyType t = s.typeOf(receiver);
                long m = t.lookup("__next__");
                if (m == 0 && !t.heapType) {
                    v = Iteration.builtinNext(s, receiverSlot);
                    if (v == 0) {
                        ts.set(ts.returned, Py.NONE);
                    }
                    return v;
                }
                v = Ops.callSpecial(s, m, receiverSlot);
            } catch (PyException e) {
                return stopped(s, e);
            }
            return v;
        }
        try {
            long m = Attributes.get(s, receiverSlot, "send");
            return Calls.invoke(s, m, ts.get(valueSlot));
        } catch (PyException e) {
            return stopped(s, e);
        }
    }

    /** A StopIteration from a delegate ends the delegation with its value; anything else propagates. */
    private static long stopped(Space s, PyException e) {
        long exc = s.ts.peekRaised();
        if (Exceptions.matches(s, exc, "StopIteration")) {
            s.ts.takeRaised();
            long value = Exceptions.attribute(s, exc, "value");
            s.ts.set(s.ts.returned, value);
            return 0;
        }
        throw e;
    }

    /** GET_AWAITABLE: a coroutine, or the iterator its __await__ returns. */
    static long awaitable(Space s, int slot, int where) {
        long w = s.ts.get(slot);
        PyType t = s.typeOf(w);
        if (t.nativeKind == PyType.Native.COROUTINE) {
            return w;
        }
        if (t.nativeKind == PyType.Native.GENERATOR && (state(s, w).code.flags() & CodeUnit.ITERABLE_COROUTINE) != 0) {
            return w;
        }
        long m = t.lookup("__await__");
        if (m == 0) {
            String prefix = where == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: "
                    : where == 2 ? "'async with' received an object from __aexit__ that does not implement __await__: "
                    : "object " + t.name + " can't be used in 'await' expression";
            throw Errors.typeError(s, where == 0 ? prefix : prefix + t.name);
        }
        long it = Ops.callSpecial(s, m, slot);
        if (!Iteration.isIterator(s, it)) {
            throw Errors.typeError(s, "__await__() returned non-iterator of type '" + s.typeOf(it).name + "'");
        }
        return it;
    }

    static long aiter(Space s, int slot) {
        long w = s.ts.get(slot);
        long m = s.typeOf(w).lookup("__aiter__");
        if (m == 0) {
            throw Errors.typeError(s, "'async for' requires an object with __aiter__ method, got " + s.typeOf(w).name);
        }
        return Ops.callSpecial(s, m, slot);
    }

    static long anext(Space s, int slot) {
        long w = s.ts.get(slot);
        long m = s.typeOf(w).lookup("__anext__");
        if (m == 0) {
            throw Errors.typeError(s, "'async for' requires an iterator with __anext__ method, got " + s.typeOf(w).name);
        }
        int r = s.ts.push(Ops.callSpecial(s, m, slot));
        try {
            return awaitable(s, r, 0);
        } finally {
            s.ts.truncate(r);
        }
    }

    static long asyncWrap(Space s, int slot) {
        throw Errors.raise(s, "NotImplementedError", "asynchronous generators are not supported yet");
    }
}
