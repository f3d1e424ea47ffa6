package dev.pyxis.python.runtime;

/**
 * Java-side signal that a Python exception is propagating. It carries no heap address (a moving
 * collection could run while it unwinds): the exception object itself waits in the thread's
 * rooted {@link ThreadState#raised} slot until a handler takes it.
 */
final class PyException extends RuntimeException {
    static final PyException INSTANCE = new PyException();

    private PyException() {
        super(null, null, false, false);
    }
}
