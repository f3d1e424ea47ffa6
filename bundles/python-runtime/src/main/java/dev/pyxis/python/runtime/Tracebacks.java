package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/**
 * Traceback objects (next F1, code object F2, lasti F3, line F4, frame object F5) built as
 * exceptions unwind. The frame object is made here, as CPython makes one per traceback entry:
 * after the activation ends it is the only way to its code, globals and callers.
 */
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
        int frame = ts.push(FrameObjects.of(s, f));
        long tb;
        try {
            tb = s.allocFixed(OBJ5, s.tracebackType.rootShape);
            Space.putRaw(tb, F5, ts.get(frame));
        } finally {
            ts.truncate(frame);
        }
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

    static long frame(long tb) {
        return Space.get(tb, F5);
    }

    static int lasti(long tb) {
        return (int) Py.smallValue(Space.get(tb, F3));
    }

    static int line(long tb) {
        return (int) Py.smallValue(Space.get(tb, F4));
    }
}
