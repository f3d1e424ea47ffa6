package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.CodeUnit;

/**
 * Frame objects: what {@code sys._getframe()} and a generator's {@code gi_frame} give. An
 * activation's frame object is made on first request, together with those of its callers (its
 * {@code f_back} chain), and stays the same object for the activation's life; the activation
 * remembers it in a global root, released when the activation ends. A generator's frame object
 * reads the generator's state instead.
 *
 * <p>Layout of an activation's frame object: the activation's id in {@link Space#liveFrames}
 * while it runs, None after; the code object; the globals; the caller's frame object or None;
 * the line it was at when it ended; the locals it had when it ended. A generator's: the generator.
 */
final class FrameObjects {
    private FrameObjects() {}

    private static final int ID = F1, CODE = F2, GLOBALS = F3, BACK = F4, LAST_LINE = F5;

    /** The frame object of activation {@code f} (made with its callers' on first request). */
    static long of(Space s, Frame f) {
        if (f.objectRoot >= 0) {
            return s.heap.globals().get(f.objectRoot);
        }
        int back = s.ts.push(f.back == null ? Py.NONE : of(s, f.back));
        try {
            long o = s.allocFixed(FRAME, s.frameType.rootShape);
            int id = s.nextFrameId++;
            s.liveFrames.put(id, f);
            Space.putRaw(o, ID, Py.smallInt(id));
            s.put(o, CODE, s.ts.get(f.base + Frame.CODE));
            s.put(o, GLOBALS, s.ts.get(f.base + Frame.GLOBALS));
            s.put(o, BACK, s.ts.get(back));
            Space.putRaw(o, LAST_LINE, Py.smallInt(f.line()));
            f.objectRoot = s.heap.globals().register(o);
            return o;
        } finally {
            s.ts.truncate(back);
        }
    }

    /**
     * Activation {@code f} ends with {@code result} (0 when it raised): its frame object, if any,
     * keeps its last line and its locals (a traceback's frame shows them, as CPython's does) and
     * lets go of it. Returns the result, which the locals' allocation may have moved.
     */
    static long exit(Space s, Frame f, long result) {
        if (f.objectRoot < 0) {
            return result;
        }
        int resultSlot = s.ts.push(result);
        try {
            long locals = endedLocals(s, f);
            long o = s.heap.globals().get(f.objectRoot);
            s.put(o, FRAME_LOCALS, locals);
            s.liveFrames.remove((int) Py.smallValue(Space.get(o, ID)));
            Space.putRaw(o, ID, Py.NONE);
            Space.putRaw(o, LAST_LINE, Py.smallInt(f.line()));
            s.heap.globals().release(f.objectRoot);
            f.objectRoot = -1;
            return s.ts.get(resultSlot);
        } finally {
            s.ts.truncate(resultSlot);
        }
    }

    /**
     * What an ended activation's frame object keeps of its locals. A function's are copied as
     * they are (a storage of the local, cell and free variable values): most frame objects belong
     * to tracebacks whose f_locals nobody reads, and the dict is made on first request
     * ({@link #locals}). Module and class bodies keep their namespace, and a function whose
     * locals() was asked for keeps that dict, which must stay the same object.
     */
    private static long endedLocals(Space s, Frame f) {
        ThreadState ts = s.ts;
        CodeUnit code = f.code;
        if ((code.flags() & CodeUnit.OPTIMIZED) == 0 || ts.get(f.base + Frame.NAMES) != 0) {
            return FrameLocals.locals(s, f);
        }
        int locals = code.varnames().length;
        int n = locals + code.cellvars().length + code.freevars().length;
        long snapshot = s.newStorage(n);
        for (int i = 0; i < n; i++) {
            Space.initItem(snapshot, i, i < locals ? ts.get(f.localsBase + i) : Cells.get(ts.get(f.cellsBase + i - locals)));
        }
        return snapshot;
    }

    /** The locals dict of an ended function activation, from the values {@link #endedLocals} kept. */
    private static long localsDict(Space s, int frameSlot) {
        ThreadState ts = s.ts;
        CodeUnit code = Code.unit(s, Space.get(ts.get(frameSlot), CODE));
        String[] varnames = code.varnames(), cells = code.cellvars(), free = code.freevars();
        int d = ts.push(Dicts.create(s));
        try {
            for (int i = 0; i < varnames.length + cells.length + free.length; i++) {
                long v = Space.item(Space.get(ts.get(frameSlot), FRAME_LOCALS), i);
                if (v != 0) {
                    String name = i < varnames.length ? varnames[i]
                            : i < varnames.length + cells.length ? cells[i - varnames.length]
                            : free[i - varnames.length - cells.length];
                    Dicts.putStr(s, d, name, v);
                }
            }
            s.put(ts.get(frameSlot), FRAME_LOCALS, ts.get(d));
            return ts.get(d);
        } finally {
            ts.truncate(d);
        }
    }

    /** The running activation of frame object {@code o}, or null (ended, or a generator's). */
    private static Frame live(Space s, long o) {
        long id = Space.get(o, ID);
        return Py.isSmallInt(id) ? s.liveFrames.get((int) Py.smallValue(id)) : null;
    }

    private static boolean ofGenerator(Space s, long o) {
        long first = Space.get(o, F1);
        return first != Py.NONE && !Py.isSmallInt(first);
    }

    // ---------------------------------------------------------------- generator frames

    /** gi_frame: None once the generator finished, else its frame object (one per generator, as CPython's). */
    static long ofGenerator(Space s, int genSlot) {
        if (Generators.state(s, s.ts.get(genSlot)).finished) {
            return Py.NONE;
        }
        long kept = Space.get(s.ts.get(genSlot), GEN_FRAME_OBJECT);
        if (kept != 0) {
            return kept;
        }
        long f = s.allocFixed(OBJ1, s.frameType.rootShape);
        Space.putRaw(f, F1, s.ts.get(genSlot));
        s.put(s.ts.get(genSlot), GEN_FRAME_OBJECT, f);
        return f;
    }

    private static int generatorLine(Space s, long o) {
        Generators.State st = Generators.state(s, Space.get(o, F1));
        return st.started ? st.code().line(st.lasti) : st.code().firstLineno();
    }

    // ---------------------------------------------------------------- attributes

    private static int line(Space s, long o) {
        if (ofGenerator(s, o)) {
            return generatorLine(s, o);
        }
        Frame f = live(s, o);
        return f != null ? f.line() : (int) Py.smallValue(Space.get(o, LAST_LINE));
    }

    private static long code(Space s, long o) {
        return ofGenerator(s, o) ? Space.get(Space.get(o, F1), GEN_CODE) : Space.get(o, CODE);
    }

    private static long globals(Space s, long o) {
        if (!ofGenerator(s, o)) {
            return Space.get(o, GLOBALS);
        }
        long storage = Space.get(Space.get(o, F1), GEN_FRAME);
        return storage == 0 ? Py.NONE : Space.item(storage, Frame.GLOBALS);
    }

    /** f_locals: the running activation's locals, those it ended with, or a generator's. */
    private static long locals(Space s, int frameSlot) {
        long o = s.ts.get(frameSlot);
        if (ofGenerator(s, o)) {
            int gen = s.ts.push(Space.get(o, F1));
            try {
                return Generators.frameLocals(s, gen);
            } finally {
                s.ts.truncate(gen);
            }
        }
        Frame f = live(s, o);
        if (f != null) {
            return FrameLocals.locals(s, f);
        }
        long kept = Space.get(o, FRAME_LOCALS);
        return s.typeOf(kept) == s.storageType ? localsDict(s, frameSlot) : kept;
    }

    private static Builtin attr(String name, Builtin.Body body) {
        return Receivers.positional("frame", PyType.Native.FRAME, name + "(self, /)", body);
    }

    static void install(Space s) {
        PyType t = s.frameType;
        Receivers.readonly(s, t, attr("f_lineno", (sp, a) -> Py.smallInt(line(sp, a.get(0)))));
        Receivers.readonly(s, t, attr("f_code", (sp, a) -> code(sp, a.get(0))));
        Receivers.readonly(s, t, attr("f_globals", (sp, a) -> globals(sp, a.get(0))));
        Receivers.readonly(s, t, attr("f_locals", (sp, a) -> locals(sp, a.slot(0))));
        Receivers.readonly(s, t, attr("f_back", (sp, a) -> ofGenerator(sp, a.get(0)) ? Py.NONE : Space.get(a.get(0), BACK)));
        Receivers.readonly(s, t, attr("f_builtins", (sp, a) -> {
            long g = globals(sp, a.get(0));
            return g == Py.NONE ? g : Names.builtinsOf(sp, g);
        }));
        t.behaviour = new NativeBehaviour() {
            @Override
            public String repr(Space sp, int selfSlot) {
                long o = sp.ts.get(selfSlot);
                CodeUnit unit = Code.unit(sp, code(sp, o));
                return "<frame at " + Repr.address(sp, o) + ", file '" + unit.filename() + "', line "
                        + line(sp, o) + ", code " + unit.name() + ">";
            }
        };
    }

    /** sys._getframe(depth=0). */
    static long caller(Space s, long depth) {
        Frame f = s.ts.frame;
        for (long i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        if (f == null) {
            throw Errors.valueError(s, "call stack is not deep enough");
        }
        return of(s, f);
    }
}
