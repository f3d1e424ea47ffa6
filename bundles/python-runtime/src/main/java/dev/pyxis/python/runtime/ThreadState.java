package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.RootStack;

/**
 * One Python thread: its mutator (allocation buffer, root stack) and interpreter state. The root
 * stack holds every frame's locals and value stack, and the few words the thread keeps aside
 * (the exception being raised, the exception being handled).
 */
final class ThreadState {
    final Space space;
    final Mutator mutator;
    final RootStack roots;
    /** Root slot: the exception propagating as a {@link PyException}. */
    final int raised;
    /** Root slot: the exception being handled (sys.exception()), or None. */
    final int handled;
    /** Root slot: the value a sub-generator returned (SEND hands it over). */
    final int returned;
    /** Whether the propagating exception was re-raised (no new traceback entry for this frame). */
    boolean reraised;
    Frame frame;
    int depth;
    int recursionLimit = 1000;

    ThreadState(Space space, Mutator mutator) {
        this.space = space;
        this.mutator = mutator;
        this.roots = mutator.roots();
        this.raised = roots.push(0);
        this.handled = roots.push(Py.NONE);
        this.returned = roots.push(0);
    }

    /** Stores {@code exception} as the one propagating and returns the signal to throw. */
    PyException raise(long exception) {
        roots.set(raised, exception);
        reraised = false;
        if (Exceptions.isException(space, exception)) {
            Raise.setContext(space, raised);
        }
        return PyException.INSTANCE;
    }

    /**
     * Stores {@code exception} as the one propagating without chaining a context: gen.throw()
     * raises the thrown exception in the generator's frame, where only the generator's own
     * handled exception may become its context.
     */
    PyException raiseUnchained(long exception) {
        roots.set(raised, exception);
        reraised = false;
        return PyException.INSTANCE;
    }

    /** As {@link #raise} for an exception re-raised as it is (bare raise, RERAISE). */
    PyException reraise(long exception) {
        roots.set(raised, exception);
        reraised = true;
        return PyException.INSTANCE;
    }

    /**
     * Counts one level of recursion through Java code (repr of nested containers, comparisons,
     * calls of builtins) against the recursion limit, as CPython's _Py_EnterRecursiveCall does;
     * {@code where} ends the RecursionError's message. Pair with {@link #leaveRecursion}.
     */
    void enterRecursion(String where) {
        if (depth >= recursionLimit) {
            throw Errors.raise(space, "RecursionError", "maximum recursion depth exceeded" + where);
        }
        depth++;
    }

    void leaveRecursion() {
        depth--;
    }

    long takeReturned() {
        long v = roots.get(returned);
        roots.set(returned, 0);
        return v;
    }

    /** Takes the propagating exception (the caller now owns it, e.g. on its value stack). */
    long takeRaised() {
        long e = roots.get(raised);
        roots.set(raised, 0);
        return e;
    }

    long peekRaised() {
        return roots.get(raised);
    }

    int push(long w) {
        return roots.push(w);
    }

    long get(int slot) {
        return roots.get(slot);
    }

    void set(int slot, long w) {
        roots.set(slot, w);
    }

    int top() {
        return roots.top();
    }

    void truncate(int top) {
        roots.truncate(top);
    }
}
