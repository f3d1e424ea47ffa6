package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** Traceback objects (next F1, code object F2, lasti F3, line F4) built as exceptions unwind. */
final class Tracebacks {
    private Tracebacks() {}

    /**
     * Records the frame in the propagating exception's traceback, unless the exception was
     * re-raised in this frame (CPython adds no entry then). Also sets __context__ on first raise.
     */
    static void addFrame(Space s, Frame f) {
        ThreadState ts = s.ts;
        if (ts.reraised) {
            ts.reraised = false;
            return;
        }
        if (SourceModules.isHidden(f.code.filename())) {
            return;
        }
        long exc = ts.peekRaised();
        if (!Exceptions.isException(s, exc)) {
            return;
        }
        long tb = s.allocFixed(OBJ4, s.tracebackType.rootShape);
        exc = ts.peekRaised();
        long prev = Exceptions.slot(exc, Exceptions.TRACEBACK);
        Space.putRaw(tb, F1, prev == Py.NONE ? Py.NONE : prev);
        Space.putRaw(tb, F2, ts.get(f.base + Frame.CODE));
        Space.putRaw(tb, F3, Py.smallInt(f.lasti));
        Space.putRaw(tb, F4, Py.smallInt(f.line()));
        Exceptions.setSlot(s, exc, Exceptions.TRACEBACK, tb);
    }

    static long next(long tb) {
        return Space.get(tb, F1);
    }

    static long code(long tb) {
        return Space.get(tb, F2);
    }

    static int lasti(long tb) {
        return (int) Py.smallValue(Space.get(tb, F3));
    }

    static int line(long tb) {
        return (int) Py.smallValue(Space.get(tb, F4));
    }

    private static Builtin field(String name, java.util.function.LongUnaryOperator value) {
        return Builtin.method("traceback", name + "(self, /)", (s, a) -> value.applyAsLong(a.get(0)));
    }

    static void install(Space s) {
        PyType t = s.tracebackType;
        Receivers.readonly(s, t, field("tb_next", Tracebacks::next));
        Receivers.readonly(s, t, field("tb_lineno", tb -> Py.smallInt(line(tb))));
        // CPython counts code units of two bytes.
        Receivers.readonly(s, t, field("tb_lasti", tb -> Py.smallInt(2L * lasti(tb))));
    }
}
