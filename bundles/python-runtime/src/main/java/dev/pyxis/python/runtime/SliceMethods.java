package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.runtime.PyType.Native;
import java.math.BigInteger;

/** The methods and attributes of slice: indices(), comparison as (start, stop, step) tuples. */
final class SliceMethods {
    private SliceMethods() {}

    private static final Native K = Native.SLICE;

    /** The slice's (start, stop, step) as a tuple. */
    private static long parts(Space s, long slice) {
        int base = s.ts.push(Space.get(slice, F1));
        s.ts.push(Space.get(slice, F2));
        s.ts.push(Space.get(slice, F3));
        try {
            return s.newTupleFromRoots(base, 3);
        } finally {
            s.ts.truncate(base);
        }
    }

    /** Slices compare as their (start, stop, step) tuples. */
    static long compare(Space s, CompareOp op, int a, int b) {
        ThreadState ts = s.ts;
        int x = ts.push(parts(s, ts.get(a)));
        try {
            int y = ts.push(parts(s, ts.get(b)));
            return Ops.compare(s, op, x, y);
        } finally {
            ts.truncate(x);
        }
    }

    static final Builtin INDICES = Receivers.oneArg("slice", K, "indices(self, length, /)", (s, a) -> {
        BigInteger n = s.bigValue(BuiltinFunctions.index(s, a.slot(1)));
        if (n.signum() < 0) {
            throw Errors.valueError(s, "length should not be negative");
        }
        long length = n.bitLength() > 62 ? Long.MAX_VALUE / 4 : n.longValue();
        long[] r = Slices.indices(s, a.slot(0), length);
        int base = s.ts.push(Py.smallInt(r[0]));
        s.ts.push(Py.smallInt(r[1]));
        s.ts.push(Py.smallInt(r[2]));
        return s.newTupleFromRoots(base, 3);
    });

    static final Builtin REPR = Receivers.positional("slice", K, "__repr__(self, /)", (s, a) -> s.newStr(Repr.of(s, a.slot(0))));

    private static Builtin field(String name, int offset) {
        return Receivers.positional("slice", K, name + "(self, /)", (s, a) -> Space.get(a.get(0), offset));
    }

    static void install(Space s) {
        PyType t = s.sliceType;
        Builtins.method(s, t, INDICES);
        Builtins.method(s, t, REPR);
        for (CompareOp op : CompareOp.values()) {
            Builtins.method(s, t, Receivers.positional("slice", K, op.method() + "(self, value, /)",
                    (sp, a) -> sp.typeOf(a.get(1)).nativeKind != K ? Py.NOT_IMPLEMENTED : compare(sp, op, a.slot(0), a.slot(1))));
        }
        t.put("__hash__", Py.NONE);
        Receivers.readonly(s, t, field("start", F1));
        Receivers.readonly(s, t, field("stop", F2));
        Receivers.readonly(s, t, field("step", F3));
    }
}
