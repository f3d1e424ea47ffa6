package dev.pyxis.python.runtime;

/**
 * Raising builtin exceptions from Java code: {@code throw Errors.typeError(space, "...")}. The
 * exception object is built and stored in the thread's raised slot; the returned signal is what
 * the caller throws.
 */
final class Errors {
    private Errors() {}

    static PyException raise(Space space, String typeName, String message) {
        PyType t = space.builtinTypes.get(typeName);
        if (t == null) {
            throw new IllegalStateException("no builtin exception type " + typeName);
        }
        return space.ts.raise(Exceptions.create(space, t, message));
    }

    /** The Python exception for a failure signalled by heap-free support code. */
    static PyException fromFailure(Space space, dev.pyxis.python.support.PyFailure f) {
        if (f instanceof dev.pyxis.python.support.PyUnicodeFailure u) {
            return space.ts.raise(unicodeError(space, u));
        }
        return raise(space, f.kind().pythonName(), f.getMessage());
    }

    /**
     * A UnicodeEncodeError/UnicodeDecodeError built as Python builds it, with the args
     * (encoding, object, start, end, reason) its attributes and str() read.
     */
    static long unicodeError(Space space, dev.pyxis.python.support.PyUnicodeFailure u) {
        int base = space.ts.push(space.newStr(u.encoding()));
        space.ts.push(u.object() instanceof byte[] b ? space.newBytes(b) : space.newStr((String) u.object()));
        space.ts.push(space.newInt(u.start()));
        space.ts.push(space.newInt(u.end()));
        space.ts.push(space.newStr(u.reason()));
        try {
            return Exceptions.createWithArgs(space, space.builtinTypes.get(u.kind().pythonName()), base, 5);
        } finally {
            space.ts.truncate(base);
        }
    }

    /**
     * Raises a new {@code type(message)} caused by the exception in {@code causeSlot} (its
     * {@code __cause__} and {@code __context__}, as CPython's errors raised "from" another);
     * the root stack is truncated to {@code causeSlot}.
     */
    static PyException chained(Space s, String type, String message, int causeSlot) {
        long e = Exceptions.create(s, s.builtinTypes.get(type), message);
        int es = s.ts.push(e);
        Exceptions.setSlot(s, s.ts.get(es), Exceptions.CAUSE, s.ts.get(causeSlot));
        Exceptions.setSlot(s, s.ts.get(es), Exceptions.CONTEXT, s.ts.get(causeSlot));
        Exceptions.setSlot(s.ts.get(es), Exceptions.SUPPRESS_CONTEXT, Py.TRUE);
        long r = s.ts.get(es);
        s.ts.truncate(causeSlot);
        return s.ts.raiseUnchained(r);
    }

    static PyException typeError(Space space, String message) {
        return raise(space, "TypeError", message);
    }

    static PyException valueError(Space space, String message) {
        return raise(space, "ValueError", message);
    }

    static PyException attributeError(Space space, String message) {
        return raise(space, "AttributeError", message);
    }

    static PyException nameError(Space space, String message) {
        return raise(space, "NameError", message);
    }

    /** NameError for an undefined name; the name is kept for the "Did you mean" hint. */
    static PyException nameErrorFor(Space space, String name) {
        int namespaces = space.ts.push(Suggestions.namespaces(space));
        PyException e = raise(space, "NameError", "name '" + name + "' is not defined");
        Exceptions.setHintName(space, space.ts.peekRaised(), name);
        Exceptions.setSlot(space, space.ts.peekRaised(), Exceptions.HINT_SOURCE, space.ts.get(namespaces));
        long raised = space.ts.peekRaised();
        space.ts.truncate(namespaces);
        space.ts.set(space.ts.raised, raised);
        return e;
    }

    /** AttributeError "'T' object has no attribute 'x'", remembering the object and name for the hint. */
    static PyException attributeErrorFor(Space space, long obj, String message, String name) {
        int o = space.ts.push(obj);
        PyException e = raise(space, "AttributeError", message);
        Exceptions.setHintName(space, space.ts.peekRaised(), name);
        Exceptions.setSlot(space, space.ts.peekRaised(), Exceptions.HINT_SOURCE, space.ts.get(o));
        space.ts.truncate(o);
        return e;
    }

    static PyException indexError(Space space, String message) {
        return raise(space, "IndexError", message);
    }

    static PyException keyError(Space space, long key) {
        int base = space.ts.push(key);
        try {
            return space.ts.raise(Exceptions.createWithArgs(space, space.builtinTypes.get("KeyError"), base, 1));
        } finally {
            space.ts.truncate(base);
        }
    }

    static PyException zeroDivision(Space space, String message) {
        return raise(space, "ZeroDivisionError", message);
    }

    static PyException overflow(Space space, String message) {
        return raise(space, "OverflowError", message);
    }

    static PyException stopIteration(Space space) {
        return space.ts.raise(Exceptions.createWithArgs(space, space.builtinTypes.get("StopIteration"), space.ts.top(), 0));
    }

    /**
     * MemoryError without allocating through the collector that just failed: the instance is
     * preallocated at start-up, as CPython does.
     */
    static PyException memoryError(Space space) {
        return space.ts.raise(Exceptions.preallocatedMemoryError(space));
    }

    static PyException recursionError(Space space) {
        return raise(space, "RecursionError", "maximum recursion depth exceeded");
    }
}
