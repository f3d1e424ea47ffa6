package dev.pyxis.python.runtime;

/** locals(): the locals mapping of module and class frames, a snapshot dict for function frames. */
final class FrameLocals {
    private FrameLocals() {}

    static long locals(Space s, Frame f) {
        ThreadState ts = s.ts;
        long names = ts.get(f.base + Frame.NAMES);
        if (names != 0) {
            return names;
        }
        int d = ts.push(Dicts.create(s));
        try {
            String[] varnames = f.code.varnames();
            for (int i = 0; i < varnames.length; i++) {
                long v = ts.get(f.localsBase + i);
                if (v != 0) {
                    Dicts.putStr(s, d, varnames[i], v);
                }
            }
            String[] cells = f.code.cellvars();
            String[] free = f.code.freevars();
            for (int i = 0; i < cells.length + free.length; i++) {
                long v = Cells.get(ts.get(f.cellsBase + i));
                if (v != 0) {
                    Dicts.putStr(s, d, i < cells.length ? cells[i] : free[i - cells.length], v);
                }
            }
            return ts.get(d);
        } finally {
            ts.truncate(d);
        }
    }
}
