package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/**
 * Async generators' awaitables. An async generator's frame yields two kinds of values: those of
 * its {@code yield} statements, wrapped by ASYNC_GEN_WRAP, and those the awaits inside it pass up
 * to the event loop. The awaitable of {@code __anext__()}/{@code asend()} (and of
 * {@code athrow()}/{@code aclose()}) drives the frame: it passes the inner yields through and ends
 * with StopIteration(value) at a wrapped one, or StopAsyncIteration when the generator returns.
 *
 * <p>An awaitable object is {@code [generator, argument, state]} (OBJ3): the value to send (asend),
 * the exception to throw or 0 (athrow; 0 is aclose), and INIT, ITER or CLOSED as a small int.
 */
final class AsyncGenerators {
    private AsyncGenerators() {}

    static final String WRAPPED = "async_generator_wrapped_value";
    static final String ASEND = "async_generator_asend";
    static final String ATHROW = "async_generator_athrow";

    private static final int INIT = 0, ITER = 1, CLOSED = 2;

    /** ASYNC_GEN_WRAP: the value in {@code slot} marked as yielded by the generator itself. */
    static long wrap(Space s, int slot) {
        long w = s.allocFixed(OBJ1, s.builtinTypes.get(WRAPPED).rootShape);
        Space.putRaw(w, F1, s.ts.get(slot));
        return w;
    }

    /** Raises an exception of the builtin type without arguments. */
    static PyException bare(Space s, String type) {
        return s.ts.raise(Exceptions.createWithArgs(s, s.builtinTypes.get(type), s.ts.top(), 0));
    }

    private static boolean isWrapped(Space s, long v) {
        return Py.isObject(v) && s.typeOf(v).name.equals(WRAPPED);
    }

    /** A new asend (argument: the value) or athrow (argument: the exception, or 0 for aclose) awaitable. */
    static long awaitable(Space s, String type, int genSlot, long argument) {
        int arg = s.ts.push(argument);
        try {
            long o = s.allocFixed(OBJ3, s.builtinTypes.get(type).rootShape);
            Space.putRaw(o, F1, s.ts.get(genSlot));
            Space.putRaw(o, F2, s.ts.get(arg));
            Space.putRaw(o, F3, Py.smallInt(INIT));
            return o;
        } finally {
            s.ts.truncate(arg);
        }
    }

    private static int state(long o) {
        return (int) Py.smallValue(Space.get(o, F3));
    }

    private static void setState(long o, int state) {
        Space.putRaw(o, F3, Py.smallInt(state));
    }

    /** The generator's State of the awaitable in {@code selfSlot}. */
    private static Generators.State gen(Space s, int selfSlot) {
        return Generators.state(s, Space.get(s.ts.get(selfSlot), F1));
    }

    /**
     * What the awaitable makes of the generator's step: a wrapped value ends the await with it (0,
     * value in ts.returned); an inner await's value passes through. Returns the value to yield, or 0.
     */
    private static long unwrap(Space s, int selfSlot, long v) {
        if (v == 0) {
            // The generator returned: the end of the iteration.
            s.ts.takeReturned();
            gen(s, selfSlot).runningAsync = false;
            gen(s, selfSlot).closed = true;
            throw bare(s, "StopAsyncIteration");
        }
        if (isWrapped(s, v)) {
            gen(s, selfSlot).runningAsync = false;
            s.ts.set(s.ts.returned, Space.get(v, F1));
            return 0;
        }
        return v;
    }

    /** An exception left the generator: StopAsyncIteration and GeneratorExit mean it is closed. */
    private static PyException failed(Space s, int selfSlot, PyException e) {
        long exc = s.ts.peekRaised();
        if (Exceptions.matches(s, exc, "StopAsyncIteration") || Exceptions.matches(s, exc, "GeneratorExit")) {
            gen(s, selfSlot).closed = true;
        }
        gen(s, selfSlot).runningAsync = false;
        return e;
    }

    /** The generator in the awaitable's first field, rooted for a resumption. */
    private static int pushGen(Space s, int selfSlot) {
        return s.ts.push(Space.get(s.ts.get(selfSlot), F1));
    }

    /** The awaitable of {@code __anext__()} and {@code asend(value)}. */
    static final class Asend implements Generators.Awaitable {
        @Override
        public long send(Space s, int selfSlot, int valueSlot) {
            ThreadState ts = s.ts;
            long o = ts.get(selfSlot);
            if (state(o) == CLOSED) {
                throw Errors.raise(s, "RuntimeError", "cannot reuse already awaited __anext__()/asend()");
            }
            int g = pushGen(s, selfSlot);
            try {
                int value = valueSlot;
                if (state(o) == INIT) {
                    if (gen(s, selfSlot).runningAsync) {
                        throw Errors.raise(s, "RuntimeError", "anext(): asynchronous generator is already running");
                    }
                    if (valueSlot < 0 || ts.get(valueSlot) == Py.NONE) {
                        value = ts.push(Space.get(o, F2));
                    }
                    setState(o, ITER);
                }
                gen(s, selfSlot).runningAsync = true;
                long v;
                try {
                    v = unwrap(s, selfSlot, Generators.resume(s, g, value, Generators.Mode.SEND));
                } catch (PyException e) {
                    setState(ts.get(selfSlot), CLOSED);
                    throw failed(s, selfSlot, e);
                }
                if (v == 0) {
                    setState(ts.get(selfSlot), CLOSED);
                }
                return v;
            } finally {
                ts.truncate(g);
            }
        }

        @Override
        public long throwInto(Space s, int selfSlot, int excSlot) {
            ThreadState ts = s.ts;
            if (state(ts.get(selfSlot)) == CLOSED) {
                throw Errors.raise(s, "RuntimeError", "cannot reuse already awaited __anext__()/asend()");
            }
            int g = pushGen(s, selfSlot);
            try {
                long v;
                try {
                    v = unwrap(s, selfSlot, Generators.throwInto(s, g, excSlot, false));
                } catch (PyException e) {
                    setState(ts.get(selfSlot), CLOSED);
                    throw failed(s, selfSlot, e);
                }
                if (v == 0) {
                    setState(ts.get(selfSlot), CLOSED);
                }
                return v;
            } finally {
                ts.truncate(g);
            }
        }

        @Override
        public void close(Space s, int selfSlot) {
            setState(s.ts.get(selfSlot), CLOSED);
        }
    }

    /** The awaitable of {@code athrow(exc)} and of {@code aclose()} (no exception). */
    static final class Athrow implements Generators.Awaitable {
        private static boolean isClose(Space s, int selfSlot) {
            return Space.get(s.ts.get(selfSlot), F2) == 0;
        }

        private static PyException reused(Space s) {
            return Errors.raise(s, "RuntimeError", "cannot reuse already awaited aclose()/athrow()");
        }

        @Override
        public long send(Space s, int selfSlot, int valueSlot) {
            ThreadState ts = s.ts;
            long o = ts.get(selfSlot);
            if (state(o) == CLOSED) {
                throw reused(s);
            }
            Generators.State st = gen(s, selfSlot);
            if (st.finished) {
                setState(o, CLOSED);
                ts.set(ts.returned, Py.NONE);
                return 0;
            }
            boolean close = isClose(s, selfSlot);
            if (state(o) == INIT) {
                if (st.runningAsync) {
                    setState(o, CLOSED);
                    throw Errors.raise(s, "RuntimeError", (close ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (st.closed) {
                    setState(o, CLOSED);
                    throw bare(s, "StopAsyncIteration");
                }
                if (valueSlot >= 0 && ts.get(valueSlot) != Py.NONE) {
                    throw Errors.raise(s, "RuntimeError", "can't send non-None value to a just-started coroutine");
                }
            }
            int g = pushGen(s, selfSlot);
            try {
                long v;
                try {
                    if (state(ts.get(selfSlot)) == INIT) {
                        setState(ts.get(selfSlot), ITER);
                        st.runningAsync = true;
                        int exc;
                        if (close) {
                            st.closed = true;
                            exc = ts.push(Exceptions.createWithArgs(s, s.builtinTypes.get("GeneratorExit"), ts.top(), 0));
                        } else {
                            exc = ts.push(Space.get(ts.get(selfSlot), F2));
                        }
                        v = Generators.throwInto(s, g, exc, false);
                    } else {
                        v = Generators.resume(s, g, valueSlot, Generators.Mode.SEND);
                    }
                } catch (PyException e) {
                    if (checkError(s, selfSlot, close)) {
                        ts.set(ts.returned, Py.NONE);
                        return 0;
                    }
                    throw e;
                }
                return step(s, selfSlot, close, v);
            } finally {
                ts.truncate(g);
            }
        }

        /** The generator's step in aclose() mode must not be a yield of its own; athrow() unwraps. */
        private static long step(Space s, int selfSlot, boolean close, long v) {
            if (!close) {
                try {
                    long r = unwrap(s, selfSlot, v);
                    if (r == 0) {
                        setState(s.ts.get(selfSlot), CLOSED);
                    }
                    return r;
                } catch (PyException e) {
                    setState(s.ts.get(selfSlot), CLOSED);
                    throw e;
                }
            }
            if (v == 0) {
                // The generator returned while closing: aclose() is done.
                s.ts.takeReturned();
                Generators.State st = gen(s, selfSlot);
                st.runningAsync = false;
                setState(s.ts.get(selfSlot), CLOSED);
                s.ts.set(s.ts.returned, Py.NONE);
                return 0;
            }
            if (isWrapped(s, v)) {
                gen(s, selfSlot).runningAsync = false;
                setState(s.ts.get(selfSlot), CLOSED);
                throw Errors.raise(s, "RuntimeError", "async generator ignored GeneratorExit");
            }
            return v;
        }

        /**
         * The generator raised: for aclose() StopAsyncIteration and GeneratorExit mean success
         * (true: the exception is dropped and the await completes with None).
         */
        private static boolean checkError(Space s, int selfSlot, boolean close) {
            gen(s, selfSlot).runningAsync = false;
            setState(s.ts.get(selfSlot), CLOSED);
            long exc = s.ts.peekRaised();
            boolean ended = Exceptions.matches(s, exc, "StopAsyncIteration") || Exceptions.matches(s, exc, "GeneratorExit");
            if (ended) {
                gen(s, selfSlot).closed = true;
                if (close) {
                    s.ts.takeRaised();
                    return true;
                }
            }
            return false;
        }

        @Override
        public long throwInto(Space s, int selfSlot, int excSlot) {
            ThreadState ts = s.ts;
            if (state(ts.get(selfSlot)) == CLOSED) {
                throw reused(s);
            }
            boolean close = isClose(s, selfSlot);
            int g = pushGen(s, selfSlot);
            try {
                long v;
                try {
                    v = Generators.throwInto(s, g, excSlot, false);
                } catch (PyException e) {
                    if (!close) {
                        throw failed(s, selfSlot, e);
                    }
                    if (checkError(s, selfSlot, true)) {
                        ts.set(ts.returned, Py.NONE);
                        return 0;
                    }
                    throw e;
                }
                return step(s, selfSlot, close, v);
            } finally {
                ts.truncate(g);
            }
        }

        @Override
        public void close(Space s, int selfSlot) {
            setState(s.ts.get(selfSlot), CLOSED);
        }
    }
}
