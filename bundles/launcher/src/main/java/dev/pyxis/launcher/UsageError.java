package dev.pyxis.launcher;

/** A command line CPython would reject: the message comes first, then the usage lines; exit status 2. */
public final class UsageError extends Exception {
    public UsageError(String message) {
        super(message, null, false, false);
    }
}
