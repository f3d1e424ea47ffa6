package dev.pyxis.python.runtime;

/** list operations shared by methods and operators. */
final class ListMethods {
    private ListMethods() {}

    /** list.extend(iterable): items are gathered first, so extending a list by itself works. */
    static void extend(Space s, int listSlot, int iterableSlot) {
        ThreadState ts = s.ts;
        int base = ts.top();
        int n = Iteration.pushAll(s, iterableSlot);
        try {
            Lists.ensureCapacity(s, listSlot, Lists.size(s.unwrap(ts.get(listSlot))) + n);
            for (int i = 0; i < n; i++) {
                Lists.append(s, listSlot, base + i);
            }
        } finally {
            ts.truncate(base);
        }
    }
}
