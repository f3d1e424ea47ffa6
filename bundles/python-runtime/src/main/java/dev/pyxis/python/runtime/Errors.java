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
