package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** Cells: the shared boxes of variables captured by nested functions (0 contents = empty). */
final class Cells {
    private Cells() {}

    static long create(Space s, long contents) {
        int slot = s.ts.push(contents);
        long cell = s.allocFixed(OBJ1, s.cellType.rootShape);
        Space.putRaw(cell, F1, s.ts.get(slot));
        s.ts.truncate(slot);
        return cell;
    }

    static long get(long cell) {
        return Space.get(cell, F1);
    }

    static void set(Space s, long cell, long value) {
        s.put(cell, F1, value);
    }
}
