package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CodeUnit;

/**
 * locals(): the locals mapping of module and class frames; for function frames a dict kept in
 * the frame's (otherwise unused) names slot and refreshed from the local variables at every call,
 * so that keys added to it (by exec) stay, as CPython's frame locals dict does.
 */
final class FrameLocals {
    private FrameLocals() {}

    static long locals(Space s, Frame f) {
        ThreadState ts = s.ts;
        long names = ts.get(f.base + Frame.NAMES);
        boolean function = (f.code.flags() & CodeUnit.OPTIMIZED) != 0;
        if (names != 0 && !function) {
            return names;
        }
        int d = ts.push(names != 0 ? names : Dicts.create(s));
        int k = ts.push(0);
        try {
            String[] varnames = f.code.varnames();
            String[] cells = f.code.cellvars();
            String[] free = f.code.freevars();
            int n = varnames.length + cells.length + free.length;
            for (int i = 0; i < n; i++) {
                long v;
                String name;
                if (i < varnames.length) {
                    name = varnames[i];
                    v = ts.get(f.localsBase + i);
                } else {
                    int c = i - varnames.length;
                    name = c < cells.length ? cells[c] : free[c - cells.length];
                    v = Cells.get(ts.get(f.cellsBase + c));
                }
                if (v != 0) {
                    Dicts.putStr(s, d, name, v);
                } else if (names != 0) {
                    ts.set(k, s.newStr(name));
                    Dicts.remove(s, ts.get(d), ts.get(k));
                }
            }
            if (function) {
                ts.set(f.base + Frame.NAMES, ts.get(d));
            }
            return ts.get(d);
        } finally {
            ts.truncate(d);
        }
    }
}
