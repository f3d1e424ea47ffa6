package dev.pyxis.heap.api;

/**
 * Keeps heap addresses alive and up to date across safepoints for Java code:
 *
 * <pre>{@code
 * try (HandleScope scope = mutator.roots().openScope()) {
 *     int list = scope.hold(address);
 *     long item = mutator.allocate(ITEM);     // may move everything
 *     heap.writeWord(scope.get(list), 8, item);
 * }
 * }</pre>
 *
 * Scopes nest strictly (closed in the reverse order of opening), like Java blocks.
 */
public final class HandleScope implements AutoCloseable {
    private final RootStack stack;
    private final int base;

    HandleScope(RootStack stack, int base) {
        this.stack = stack;
        this.base = base;
    }

    /** Roots {@code word} and returns its handle. */
    public int hold(long word) {
        return stack.push(word);
    }

    /** The current value of a handle: re-read it after every safepoint. */
    public long get(int handle) {
        return stack.get(handle);
    }

    public void set(int handle, long word) {
        stack.set(handle, word);
    }

    @Override
    public void close() {
        stack.truncate(base);
    }
}
