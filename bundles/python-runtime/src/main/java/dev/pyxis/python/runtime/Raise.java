package dev.pyxis.python.runtime;

/** The raise statement: instantiating classes, validating causes, setting __context__. */
final class Raise {
    private Raise() {}

    /** {@code raise exc [from cause]} with operands in root slots (cause -1 if absent). */
    static PyException raise(Space s, int excSlot, int causeSlot) {
        ThreadState ts = s.ts;
        int e = ts.push(instantiate(s, excSlot, "exceptions must derive from BaseException"));
        try {
            if (causeSlot >= 0) {
                long cause = ts.get(causeSlot);
                if (cause == Py.NONE) {
                    Exceptions.setSlot(s, ts.get(e), Exceptions.CAUSE, Py.NONE);
                } else {
                    long c = instantiate(s, causeSlot, "exception causes must derive from BaseException");
                    Exceptions.setSlot(s, ts.get(e), Exceptions.CAUSE, c);
                }
                Exceptions.setSlot(ts.get(e), Exceptions.SUPPRESS_CONTEXT, Py.TRUE);
            }
            return ts.raise(ts.get(e));
        } finally {
            ts.truncate(e);
        }
    }

    /** An exception class is called with no arguments; an instance is used as it is. */
    static long instantiate(Space s, int slot, String error) {
        long w = s.ts.get(slot);
        PyType asType = s.asType(w);
        PyType base = s.builtinTypes.get("BaseException");
        if (asType != null) {
            if (!asType.isSubtypeOf(base)) {
                throw Errors.typeError(s, error);
            }
            long e = Calls.call(s, slot, slot + 1, 0, -1);
            if (!Exceptions.isException(s, e)) {
                throw Errors.typeError(s, "calling " + Repr.of(s, slot) + " should have returned an instance of BaseException, not "
                        + s.typeOf(e).name);
            }
            return e;
        }
        if (!Exceptions.isException(s, w)) {
            throw Errors.typeError(s, error);
        }
        return w;
    }

    /** Implicit chaining: the exception being handled becomes the new one's __context__ (no cycles). */
    static void setContext(Space s, int excSlot) {
        ThreadState ts = s.ts;
        long handled = ts.get(ts.handled);
        long exc = ts.get(excSlot);
        if (handled == Py.NONE || handled == 0 || handled == exc) {
            return;
        }
        // Break a cycle the new context would create.
        long o = handled;
        while (o != Py.NONE && o != 0) {
            long ctx = Exceptions.slot(o, Exceptions.CONTEXT);
            if (ctx == exc) {
                Exceptions.setSlot(s, o, Exceptions.CONTEXT, Py.NONE);
                break;
            }
            o = ctx;
        }
        Exceptions.setSlot(s, exc, Exceptions.CONTEXT, handled);
    }
}
