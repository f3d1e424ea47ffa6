package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.Opcode;

/**
 * Generators, coroutines and async generators: the resumable frames behind them. A suspended
 * generator keeps its frame's words in a storage object (GEN_FRAME); resuming copies them back onto
 * the root stack, so suspended frames need no special rooting and move with the heap like any
 * object. Java-side state (positions, flags) sits in the handle table.
 *
 * <p>The internal protocol of resumption: a call returns the yielded value, or 0 when the
 * generator returned, its value then waiting in the thread's {@code returned} slot; exceptions
 * propagate as {@link PyException}. The Python-visible methods ({@link GeneratorMethods}) turn a
 * return into StopIteration.
 */
final class Generators {
    /** Java-side state of one generator. */
    static final class State {
        final Code.Loaded loaded;
        int pc;
        /** Value stack top relative to the frame base. */
        int spOffset;
        int lasti;
        boolean started;
        boolean running;
        /** The activation while running, else null. */
        Frame frame;
        boolean finished;
        /** Async generators: an asend()/athrow() is being awaited (ag_running). */
        boolean runningAsync;
        /** Async generators: aclose() was called or the generator ended; athrow() then finishes at once. */
        boolean closed;

        State(Code.Loaded loaded, int spOffset) {
            this.loaded = loaded;
            this.spOffset = spOffset;
        }

        CodeUnit code() {
            return loaded.unit();
        }
    }

    /**
     * An iterator implemented in Java that follows the generator protocol (the object
     * coroutine.__await__() returns, asend()/athrow() awaitables), so that await and yield from
     * delegate send(), throw() and close() to it as to a generator.
     */
    interface Awaitable extends NativeBehaviour {
        /** Resumes with the value in {@code valueSlot}: the yielded value, or 0 (result in ts.returned). */
        long send(Space s, int selfSlot, int valueSlot);

        /** Raises the exception instance in {@code excSlot} inside: as {@link #send}. */
        long throwInto(Space s, int selfSlot, int excSlot);

        void close(Space s, int selfSlot);

        @Override
        default long next(Space s, int selfSlot) {
            int none = s.ts.push(Py.NONE);
            try {
                long v = send(s, selfSlot, none);
                if (v == 0) {
                    s.ts.takeReturned();
                }
                return v;
            } finally {
                s.ts.truncate(none);
            }
        }
    }

    /** How a generator is resumed. */
    enum Mode {
        /** With a value pushed at the yield (none for the first resumption). */
        SEND,
        /** With the exception in the thread's raised slot raised at the yield. */
        THROW,
        /** As it stands: the frame was already prepared (a finished delegation). */
        CONTINUE
    }

    private Generators() {}

    /** A generator (or coroutine) for the frame just prepared at the top of the root stack. */
    static long create(Space s, Frame f, int fnSlot) {
        ThreadState ts = s.ts;
        int size = f.loaded.frameSize;
        long storage = s.newStorage(size);
        for (int i = 0; i < size; i++) {
            Space.initItem(storage, i, ts.get(f.base + i));
        }
        int st = ts.push(storage);
        PyType type = (f.code.flags() & CodeUnit.COROUTINE) != 0 ? s.coroutineType
                : (f.code.flags() & CodeUnit.ASYNC_GENERATOR) != 0 ? s.asyncGeneratorType : s.generatorType;
        long g = s.allocFixed(GENERATOR, type.rootShape);
        Space.putRaw(g, GEN_FRAME, ts.get(st));
        Space.putRaw(g, GEN_QUALNAME, Space.get(ts.get(fnSlot), FN_QUALNAME));
        Space.putRaw(g, GEN_NAME, Space.get(ts.get(fnSlot), FN_NAME));
        Space.putRaw(g, GEN_CODE, Space.item(ts.get(st), Frame.CODE));
        Space.putRaw(g, GEN_HANDLED, 0);
        Space.putRaw(g, GEN_FRAME_OBJECT, 0);
        Space.putRaw(g, GEN_HANDLE, s.heap.handles().add(new State(f.loaded, f.stackBase - f.base), g));
        ts.truncate(st);
        return g;
    }

    static State state(Space s, long gen) {
        return (State) s.heap.handles().get(Space.get(gen, GEN_HANDLE));
    }

    static String qualname(Space s, long gen) {
        return s.str(Space.get(gen, GEN_QUALNAME));
    }

    static boolean isGenerator(Space s, long w) {
        PyType t = s.typeOf(w);
        return t.nativeKind == PyType.Native.GENERATOR || t.nativeKind == PyType.Native.COROUTINE
                || t.nativeKind == PyType.Native.ASYNC_GENERATOR;
    }

    /** "generator", "coroutine" or "async generator", as CPython's messages name them. */
    static String kindName(Space s, long gen) {
        return switch (s.typeOf(gen).nativeKind) {
            case COROUTINE -> "coroutine";
            case ASYNC_GENERATOR -> "async generator";
            default -> "generator";
        };
    }

    /**
     * Resumes the generator in {@code genSlot}: with the value in {@code valueSlot} (SEND), with
     * the exception in the thread's raised slot (THROW), or as prepared (CONTINUE). Returns the
     * yielded value, or 0 when the generator returned (its value then waits in ts.returned).
     */
    static long resume(Space s, int genSlot, int valueSlot, Mode mode) {
        ThreadState ts = s.ts;
        long gen = ts.get(genSlot);
        State st = state(s, gen);
        if (st.running) {
            throw Errors.valueError(s, kindName(s, gen) + " already executing");
        }
        if (st.finished) {
            if (s.typeOf(gen).nativeKind == PyType.Native.COROUTINE) {
                throw Errors.raise(s, "RuntimeError", "cannot reuse already awaited coroutine");
            }
            if (mode == Mode.THROW) {
                throw PyException.INSTANCE;
            }
            ts.set(ts.returned, Py.NONE);
            return 0;
        }
        if (!st.started && mode == Mode.SEND && valueSlot >= 0 && ts.get(valueSlot) != Py.NONE) {
            throw Errors.typeError(s, "can't send non-None value to a just-started " + kindName(s, gen));
        }
        if (ts.depth >= ts.recursionLimit) {
            throw Errors.recursionError(s);
        }
        // The caller's handled exception comes back when the generator suspends or ends; the
        // generator's own (when it suspended inside an except block) is current meanwhile.
        int callerHandled = ts.push(ts.get(ts.handled));
        long own = Space.get(gen, GEN_HANDLED);
        if (own != 0) {
            ts.set(ts.handled, own);
        }
        if (mode == Mode.THROW && own != 0) {
            Raise.setContext(s, ts.raised);
        }
        Frame f = restore(s, st, genSlot, ts.frame);
        int base = f.base;
        if (mode == Mode.THROW) {
            f.throwPending = true;
        } else if (mode == Mode.SEND && st.started) {
            ts.set(f.sp++, valueSlot >= 0 ? ts.get(valueSlot) : Py.NONE);
        }
        st.started = true;
        st.running = true;
        st.frame = f;
        ts.depth++;
        ts.frame = f;
        try {
            long v = Interpreter.run(s, f);
            if (f.yielded) {
                // Only up to the stack top; what the previous suspension kept above it is cleared.
                // The code and globals slots never change while it runs (the locals mapping does:
                // locals() keeps its dict there).
                long store = Space.get(ts.get(genSlot), GEN_FRAME);
                int live = f.sp - base;
                for (int i = Frame.NAMES; i < live; i++) {
                    s.setItem(store, i, ts.get(base + i));
                }
                for (int i = live; i < st.spOffset; i++) {
                    s.setItem(store, i, 0);
                }
                st.pc = f.pc;
                st.spOffset = live;
                st.lasti = f.lasti;
                long handled = ts.get(ts.handled);
                long kept = handled == ts.get(callerHandled) ? 0 : handled;
                if (Space.get(ts.get(genSlot), GEN_HANDLED) != kept) {
                    s.put(ts.get(genSlot), GEN_HANDLED, kept);
                }
                return v;
            }
            finish(s, genSlot);
            ts.set(ts.returned, v);
            return 0;
        } catch (PyException e) {
            finish(s, genSlot);
            long exc = ts.peekRaised();
            boolean async = s.typeOf(ts.get(genSlot)).nativeKind == PyType.Native.ASYNC_GENERATOR;
            if (Exceptions.matches(s, exc, "StopIteration") || async && Exceptions.matches(s, exc, "StopAsyncIteration")) {
                String what = Exceptions.matches(s, exc, "StopIteration") ? "StopIteration" : "StopAsyncIteration";
                int cause = ts.push(ts.takeRaised());
                throw Errors.chained(s, "RuntimeError", kindName(s, ts.get(genSlot)) + " raised " + what, cause);
            }
            throw e;
        } finally {
            st.running = false;
            st.frame = null;
            if (!f.yielded) {
                FrameObjects.exit(s, f, 0);
            }
            ts.frame = f.back;
            ts.depth--;
            ts.set(ts.handled, ts.get(callerHandled));
            ts.truncate(callerHandled);
        }
    }

    /**
     * f_locals of the generator in {@code genSlot} (a frame object's): its running activation's, or
     * those of its suspended frame, read through a copy of the frame set up as a resume would; a
     * function's dict goes back into the frame's names slot, as locals() keeps it.
     */
    static long frameLocals(Space s, int genSlot) {
        ThreadState ts = s.ts;
        State st = state(s, ts.get(genSlot));
        if (st.frame != null) {
            return FrameLocals.locals(s, st.frame);
        }
        if (Space.get(ts.get(genSlot), GEN_FRAME) == 0) {
            return Dicts.create(s);
        }
        Frame f = restore(s, st, genSlot, null);
        try {
            long locals = FrameLocals.locals(s, f);
            s.setItem(Space.get(ts.get(genSlot), GEN_FRAME), Frame.NAMES, ts.get(f.base + Frame.NAMES));
            return locals;
        } finally {
            ts.truncate(f.base);
        }
    }

    /**
     * A frame for the suspended generator in {@code genSlot}, its words copied from the storage
     * into a fresh region at the top of the root stack (which the caller releases).
     */
    private static Frame restore(Space s, State st, int genSlot, Frame back) {
        ThreadState ts = s.ts;
        int base = ts.roots.reserve(st.loaded.frameSize);
        // The storage holds zero above the suspended stack top, as the fresh region does.
        long storage = Space.get(ts.get(genSlot), GEN_FRAME);
        for (int i = 0; i < st.spOffset; i++) {
            ts.set(base + i, Space.item(storage, i));
        }
        Frame f = new Frame(st.loaded, back, base);
        f.pc = st.pc;
        f.sp = base + st.spOffset;
        f.lasti = st.lasti;
        return f;
    }

    /** The generator ended: its frame is dropped, and an async generator counts as closed. */
    private static void finish(Space s, int genSlot) {
        State st = state(s, s.ts.get(genSlot));
        st.finished = true;
        st.closed = true;
        s.put(s.ts.get(genSlot), GEN_FRAME, 0);
        s.put(s.ts.get(genSlot), GEN_HANDLED, 0);
    }

    /** next(generator): the next value or 0 when exhausted. */
    static long next(Space s, int genSlot) {
        long v = resume(s, genSlot, -1, Mode.SEND);
        if (v == 0) {
            s.ts.takeReturned();
        }
        return v;
    }

    /** Raises StopIteration carrying the value waiting in ts.returned (none for None). */
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

    /**
     * The object a generator suspended in {@code yield from} or {@code await} delegates to
     * (gi_yieldfrom, cr_await), or 0. Such a generator waits at the YIELD_VALUE right after the
     * SEND of the delegation loop, with the delegate on top of its value stack.
     */
    static long delegate(Space s, long gen) {
        State st = state(s, gen);
        if (!st.started || st.finished || st.running) {
            return 0;
        }
        int[] code = st.code().code();
        if (st.lasti < 1 || Opcode.of(code[st.lasti]) != Opcode.YIELD_VALUE || Opcode.of(code[st.lasti - 1]) != Opcode.SEND) {
            return 0;
        }
        return Space.item(Space.get(gen, GEN_FRAME), st.spOffset - 1);
    }

    /** Drops the delegate from the suspended frame's value stack. */
    private static void popDelegate(Space s, int genSlot) {
        State st = state(s, s.ts.get(genSlot));
        s.setItem(Space.get(s.ts.get(genSlot), GEN_FRAME), --st.spOffset, 0);
    }

    /** The delegate returned: its value replaces it and the frame continues after the SEND loop. */
    private static void endDelegation(Space s, int genSlot, int valueSlot) {
        State st = state(s, s.ts.get(genSlot));
        s.setItem(Space.get(s.ts.get(genSlot), GEN_FRAME), st.spOffset - 1, s.ts.get(valueSlot));
        st.pc = st.code().code()[st.lasti - 1] >>> 8;
    }

    /**
     * gen.throw(exc) with the exception instance in {@code excSlot}: passed on to the delegate
     * when the generator is suspended in yield from/await (GeneratorExit closes the delegate
     * instead when {@code closeDelegate}), raised at the yield otherwise. As {@link #resume}.
     */
    static long throwInto(Space s, int genSlot, int excSlot, boolean closeDelegate) {
        ThreadState ts = s.ts;
        long yf = delegate(s, ts.get(genSlot));
        if (yf == 0) {
            ts.raiseUnchained(ts.get(excSlot));
            return resume(s, genSlot, -1, Mode.THROW);
        }
        State st = state(s, ts.get(genSlot));
        int d = ts.push(yf);
        try {
            if (closeDelegate && Exceptions.matches(s, ts.get(excSlot), "GeneratorExit")) {
                st.running = true;
                try {
                    closeIter(s, d);
                    ts.raiseUnchained(ts.get(excSlot));
                } catch (PyException e) {
                    // The delegate's failure to close is what the generator receives.
                } finally {
                    st.running = false;
                }
                return resume(s, genSlot, -1, Mode.THROW);
            }
            long m = 0;
            boolean native_ = isGenerator(s, yf) || s.typeOf(yf).behaviour instanceof Awaitable;
            if (!native_) {
                m = Attributes.find(s, d, "throw");
                if (m == 0) {
                    ts.raiseUnchained(ts.get(excSlot));
                    return resume(s, genSlot, -1, Mode.THROW);
                }
            }
            int ms = ts.push(m);
            long v;
            st.running = true;
            try {
                if (isGenerator(s, ts.get(d))) {
                    v = throwInto(s, d, excSlot, closeDelegate);
                } else if (s.typeOf(ts.get(d)).behaviour instanceof Awaitable a) {
                    v = a.throwInto(s, d, excSlot);
                } else {
                    try {
                        v = Calls.invoke(s, ts.get(ms), ts.get(excSlot));
                    } catch (PyException e) {
                        v = stopped(s, e);
                    }
                }
            } catch (PyException e) {
                st.running = false;
                popDelegate(s, genSlot);
                return resume(s, genSlot, -1, Mode.THROW);
            } finally {
                st.running = false;
            }
            if (v != 0) {
                return v;
            }
            int value = ts.push(ts.takeReturned());
            endDelegation(s, genSlot, value);
            return resume(s, genSlot, -1, Mode.CONTINUE);
        } finally {
            ts.truncate(d);
        }
    }

    /** Closes what a generator delegates to: close() of a generator or of an object that has one. */
    static void closeIter(Space s, int slot) {
        long yf = s.ts.get(slot);
        if (isGenerator(s, yf)) {
            close(s, slot);
        } else if (s.typeOf(yf).behaviour instanceof Awaitable a) {
            a.close(s, slot);
        } else {
            long m = Attributes.find(s, slot, "close");
            if (m != 0) {
                Calls.invoke(s, m);
            }
        }
    }

    /** generator.close(): GeneratorExit at the suspension point, which must not yield. */
    static void close(Space s, int genSlot) {
        ThreadState ts = s.ts;
        State st = state(s, ts.get(genSlot));
        if (st.finished) {
            return;
        }
        if (!st.started) {
            finish(s, genSlot);
            return;
        }
        int base = ts.top();
        try {
            long yf = delegate(s, ts.get(genSlot));
            boolean failed = false;
            if (yf != 0) {
                int d = ts.push(yf);
                st.running = true;
                try {
                    closeIter(s, d);
                } catch (PyException e) {
                    failed = true;
                } finally {
                    st.running = false;
                }
            }
            if (!failed) {
                ts.raiseUnchained(Exceptions.createWithArgs(s, s.builtinTypes.get("GeneratorExit"), ts.top(), 0));
            }
            long v;
            try {
                v = resume(s, genSlot, -1, Mode.THROW);
            } catch (PyException e) {
                long exc = ts.peekRaised();
                if (Exceptions.matches(s, exc, "GeneratorExit") || Exceptions.matches(s, exc, "StopIteration")) {
                    ts.takeRaised();
                    return;
                }
                throw e;
            }
            if (v != 0) {
                throw Errors.raise(s, "RuntimeError", kindName(s, ts.get(genSlot)) + " ignored GeneratorExit");
            }
            ts.takeReturned();
        } finally {
            ts.truncate(base);
        }
    }

    /** SEND: delegates to a generator or an iterator; 0 when the receiver finished (value in ts.returned). */
    static long send(Space s, int receiverSlot, int valueSlot) {
        ThreadState ts = s.ts;
        long receiver = ts.get(receiverSlot);
        if (isGenerator(s, receiver)) {
            return resume(s, receiverSlot, valueSlot, Mode.SEND);
        }
        PyType t = s.typeOf(receiver);
        if (t.behaviour instanceof Awaitable a) {
            return a.send(s, receiverSlot, valueSlot);
        }
        if (ts.get(valueSlot) == Py.NONE) {
            long v;
            try {
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
            if (delegate(s, w) != 0) {
                throw Errors.raise(s, "RuntimeError", "coroutine is being awaited already");
            }
            return w;
        }
        if (t.nativeKind == PyType.Native.GENERATOR && (state(s, w).code().flags() & CodeUnit.ITERABLE_COROUTINE) != 0) {
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
        PyType itType = s.typeOf(it);
        if (itType.nativeKind == PyType.Native.COROUTINE || !Iteration.isIterator(s, it)) {
            throw Errors.typeError(s, "__await__() returned " + (itType.nativeKind == PyType.Native.COROUTINE
                    ? "a coroutine" : "non-iterator of type '" + itType.name + "'"));
        }
        return it;
    }

    static long aiter(Space s, int slot) {
        long w = s.ts.get(slot);
        long m = s.typeOf(w).lookup("__aiter__");
        if (m == 0) {
            throw Errors.typeError(s, "'async for' requires an object with __aiter__ method, got " + s.typeOf(w).name);
        }
        long it = Ops.callSpecial(s, m, slot);
        if (s.typeOf(it).lookup("__anext__") == 0) {
            throw Errors.typeError(s, "'async for' received an object from __aiter__ that does not implement __anext__: "
                    + s.typeOf(it).name);
        }
        return it;
    }

    static long anext(Space s, int slot) {
        long w = s.ts.get(slot);
        long m = s.typeOf(w).lookup("__anext__");
        if (m == 0) {
            throw Errors.typeError(s, "'async for' requires an iterator with __anext__ method, got " + s.typeOf(w).name);
        }
        int r = s.ts.push(Ops.callSpecial(s, m, slot));
        try {
            PyType t = s.typeOf(s.ts.get(r));
            if (t.lookup("__await__") == 0 && t.nativeKind != PyType.Native.COROUTINE) {
                throw Errors.typeError(s, "'async for' received an invalid object from __anext__: " + t.name);
            }
            return awaitable(s, r, 0);
        } finally {
            s.ts.truncate(r);
        }
    }

    /** ASYNC_GEN_WRAP: marks a value an async generator yields, telling it from an await's inner yield. */
    static long asyncWrap(Space s, int slot) {
        return AsyncGenerators.wrap(s, slot);
    }
}
