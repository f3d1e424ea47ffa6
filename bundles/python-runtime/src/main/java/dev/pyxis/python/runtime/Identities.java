package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.Liveness;
import java.util.HashMap;
import java.util.Map;

/**
 * Stable identities (id(), default hashes) for objects that move: the first request gives an
 * object a number, remembered by address; after each collection the table follows the survivors
 * to their new addresses and forgets the dead. Immediates and small ints derive theirs from the
 * word itself.
 */
final class Identities {
    private Map<Long, Long> byAddress = new HashMap<>();
    private long next = 1;

    long of(long w) {
        if (!Py.isObject(w)) {
            return w;
        }
        Long id = byAddress.get(w);
        if (id == null) {
            // Spaced like addresses (multiples of 16), as CPython's ids are.
            id = 0x7f00_0000_0000L + 16 * next++;
            byAddress.put(w, id);
        }
        return id;
    }

    void afterCollection(Liveness liveness) {
        Map<Long, Long> moved = new HashMap<>(byAddress.size() * 2);
        for (Map.Entry<Long, Long> e : byAddress.entrySet()) {
            long now = liveness.survivor(e.getKey());
            if (now != 0) {
                moved.put(now, e.getValue());
            }
        }
        byAddress = moved;
    }
}
