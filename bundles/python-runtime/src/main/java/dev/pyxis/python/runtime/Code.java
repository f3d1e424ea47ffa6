package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.Constant;
import java.math.BigInteger;

/**
 * Code objects: a heap object holding the constants (a tuple of heap values, nested code units
 * included as code objects) and the names (interned strs), with the Java {@link CodeUnit} in the
 * handle table.
 */
final class Code {
    static final int CONSTS = F1;
    static final int NAMES = F2;

    private Code() {}

    /** Makes the code object of {@code unit} and, recursively, of the code units among its constants. */
    static long load(Space s, CodeUnit unit) {
        ThreadState ts = s.ts;
        int base = ts.top();
        Object[] consts = unit.constants();
        for (Object c : consts) {
            ts.push(constant(s, c));
        }
        int constsSlot = ts.push(s.newTupleFromRoots(base, consts.length));
        int namesBase = ts.top();
        for (String n : unit.names()) {
            ts.push(s.intern(n));
        }
        int namesSlot = ts.push(s.newTupleFromRoots(namesBase, unit.names().length));
        long code = s.allocFixed(HANDLED, s.codeType.rootShape);
        Space.putRaw(code, CONSTS, ts.get(constsSlot));
        Space.putRaw(code, NAMES, ts.get(namesSlot));
        Space.putRaw(code, HANDLE, s.heap.handles().add(new Loaded(unit), code));
        ts.truncate(base);
        return code;
    }

    /**
     * A code unit as the runtime holds it: the instructions the interpreter runs (the unit's, with
     * {@link Superinstructions}), the inline caches of its instructions by instruction index, and
     * its frame layout, worked out once.
     */
    static final class Loaded {
        private final CodeUnit unit;
        private final int[] instructions;
        private final AttributeSite[] sites;
        private final GlobalSite[] globalSites;
        /** Local slots, then cell slots (cellvars and freevars), then the deepest value stack. */
        final int localCount;
        final int cellCount;
        final int frameSize;
        /** The argument count a call binds by copying its positional arguments, or -1 if it never does. */
        final int plainArgCount;
        final boolean generatorLike;

        Loaded(CodeUnit unit) {
            this.unit = unit;
            this.instructions = Superinstructions.fuse(unit.code());
            this.sites = new AttributeSite[unit.code().length];
            this.globalSites = new GlobalSite[unit.code().length];
            this.localCount = unit.varnames().length;
            this.cellCount = unit.cellvars().length + unit.freevars().length;
            this.frameSize = Frame.LOCALS + localCount + cellCount + unit.maxStack();
            boolean plain = (unit.flags() & (CodeUnit.VARARGS | CodeUnit.VARKEYWORDS)) == 0
                    && unit.kwOnlyArgCount() == 0 && cellCount == 0;
            this.plainArgCount = plain ? unit.argCount() : -1;
            this.generatorLike = unit.isGeneratorLike();
        }

        CodeUnit unit() {
            return unit;
        }

        int[] instructions() {
            return instructions;
        }

        AttributeSite[] sites() {
            return sites;
        }

        GlobalSite[] globalSites() {
            return globalSites;
        }
    }

    static CodeUnit unit(Space s, long code) {
        return loaded(s, code).unit();
    }

    static Loaded loaded(Space s, long code) {
        return (Loaded) s.heap.handles().get(Space.get(code, HANDLE));
    }

    static long constant(Space s, Object c) {
        return switch (c) {
            case Long l -> s.newInt(l);
            case BigInteger b -> s.newInt(b);
            case Double d -> s.newFloat(d);
            case Boolean b -> Py.bool(b);
            case String str -> s.newStr(str);
            case Constant.Singleton sg -> sg == Constant.Singleton.NONE ? Py.NONE : Py.ELLIPSIS;
            case Constant.Complex cx -> s.newComplex(cx.real(), cx.imag());
            case Constant.Bytes b -> s.newBytes(b.value());
            case Constant.Tuple t -> {
                int base = s.ts.top();
                for (Object item : t.items()) {
                    s.ts.push(constant(s, item));
                }
                long tuple = s.newTupleFromRoots(base, t.items().size());
                s.ts.truncate(base);
                yield tuple;
            }
            case Constant.FrozenSet fs -> {
                int base = s.ts.top();
                for (Object item : fs.items()) {
                    s.ts.push(constant(s, item));
                }
                long set = Sets.frozenFromRoots(s, base, fs.items().size());
                s.ts.truncate(base);
                yield set;
            }
            case CodeUnit u -> load(s, u);
            default -> throw new IllegalArgumentException("not a constant: " + c);
        };
    }

    private static long strTuple(Space s, String[] items) {
        int base = s.ts.top();
        for (String n : items) {
            s.ts.push(s.intern(n));
        }
        try {
            return s.newTupleFromRoots(base, items.length);
        } finally {
            s.ts.truncate(base);
        }
    }

    private static void attribute(Space s, String name, java.util.function.BiFunction<Space, CodeUnit, Long> get) {
        Receivers.readonly(s, s.codeType, Builtin.method("code", name + "(self, /)", (sp, a) -> get.apply(sp, unit(sp, a.get(0)))));
    }

    /** The co_* attributes of code objects. */
    static void installAttributes(Space s) {
        attribute(s, "co_name", (sp, u) -> sp.newStr(u.name()));
        attribute(s, "co_qualname", (sp, u) -> sp.newStr(u.qualname()));
        attribute(s, "co_filename", (sp, u) -> sp.newStr(u.filename()));
        attribute(s, "co_firstlineno", (sp, u) -> sp.newInt(u.firstLineno()));
        attribute(s, "co_argcount", (sp, u) -> sp.newInt(u.argCount()));
        attribute(s, "co_posonlyargcount", (sp, u) -> sp.newInt(u.posOnlyArgCount()));
        attribute(s, "co_kwonlyargcount", (sp, u) -> sp.newInt(u.kwOnlyArgCount()));
        attribute(s, "co_flags", (sp, u) -> sp.newInt(u.flags()));
        attribute(s, "co_nlocals", (sp, u) -> sp.newInt(u.varnames().length));
        attribute(s, "co_varnames", (sp, u) -> strTuple(sp, u.varnames()));
        attribute(s, "co_cellvars", (sp, u) -> strTuple(sp, u.cellvars()));
        attribute(s, "co_freevars", (sp, u) -> strTuple(sp, u.freevars()));
        attribute(s, "co_names", (sp, u) -> strTuple(sp, u.names()));
        Receivers.readonly(s, s.codeType, Builtin.method("code", "co_consts(self, /)", (sp, a) -> Space.get(a.get(0), CONSTS)));
    }
}
