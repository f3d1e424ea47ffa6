package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.support.ComplexMath;
import dev.pyxis.python.support.FloatRepr;
import dev.pyxis.python.support.IntText;
import dev.pyxis.python.support.PyFailure;
import dev.pyxis.python.support.StrRepr;
import java.util.ArrayList;
import java.util.List;

/** repr() of the builtin types, with the recursion guard of containers ({@code [...]}). */
final class Repr {
    private Repr() {}

    /** Root slots of the containers whose repr is being built (a container inside itself prints as ...). */
    private static final List<Integer> ACTIVE = new ArrayList<>();

    static String of(Space s, int slot) {
        long w = s.ts.get(slot);
        if (Py.isSmallInt(w)) {
            return Long.toString(Py.smallValue(w));
        }
        if (w == Py.NONE) {
            return "None";
        }
        if (w == Py.TRUE) {
            return "True";
        }
        if (w == Py.FALSE) {
            return "False";
        }
        if (w == Py.NOT_IMPLEMENTED) {
            return "NotImplemented";
        }
        if (w == Py.ELLIPSIS) {
            return "Ellipsis";
        }
        PyType t = s.typeOf(w);
        PyType asType = s.asType(w);
        if (asType != null) {
            return "<class '" + typeName(s, w) + "'>";
        }
        long v = s.unwrap(w);
        PyType vt = s.typeOf(v);
        if (vt.behaviour != null) {
            String own = vt.behaviour.repr(s, slot);
            if (own != null) {
                return own;
            }
        }
        if (vt.solidBase.nativeKind == PyType.Native.EXCEPTION) {
            return Exceptions.repr(s, slot);
        }
        String r = switch (vt.nativeKind) {
            case INT -> intRepr(s, v);
            case FLOAT -> FloatRepr.repr(s.floatValue(v));
            case COMPLEX -> ComplexMath.repr(s.complexReal(v), s.complexImag(v));
            case STR -> StrRepr.repr(s.str(v));
            case BYTES -> StrRepr.bytesRepr(s.bytes(v));
            case BYTEARRAY -> (t.heapType ? t.name : "bytearray") + "(" + ByteArrays.repr(ByteArrays.data(v)) + ")";
            case LIST, TUPLE, DICT, SET, FROZENSET -> StructSeq.isStructSeq(vt) ? StructSeq.repr(s, slot) : container(s, slot, vt);
            case FUNCTION -> "<function " + s.str(Space.get(v, FN_QUALNAME)) + " at " + address(s, w) + ">";
            case BUILTIN -> builtinRepr(s, slot);
            case METHOD -> methodRepr(s, slot);
            case MODULE -> moduleRepr(s, v);
            case RANGE -> rangeRepr(s, slot);
            case SLICE -> sliceRepr(s, slot);
            case SUPER -> FunctionMethods.superRepr(s, v);
            case EXCEPTION -> Exceptions.repr(s, slot);
            case GENERATOR, COROUTINE, ASYNC_GENERATOR -> "<" + vt.name + " object " + Generators.qualname(s, v) + " at " + address(s, w) + ">";
            case CELL -> "<cell at " + address(s, w) + ": " + (Cells.get(v) == 0 ? "empty>" : s.typeOf(Cells.get(v)).name
                    + " object at " + address(s, Cells.get(v)) + ">");
            case CODE -> "<code object " + Code.unit(s, v).name() + " at " + address(s, w) + ", file \""
                    + Code.unit(s, v).filename() + "\", line " + Code.unit(s, v).firstLineno() + ">";
            default -> vt.name.equals("types.GenericAlias") ? GenericAlias.repr(s, slot)
                    : DictViews.isView(s, v) ? DictViews.repr(s, slot)
                    : "<" + typeName(s, s.typeWord(t)) + " object at " + address(s, w) + ">";
        };
        if (t.heapType && t.wrapsBase && vt.nativeKind != PyType.Native.EXCEPTION) {
            return r;
        }
        return r;
    }

    static String intRepr(Space s, long v) {
        if (Py.isSmallInt(v)) {
            return Long.toString(Py.smallValue(v));
        }
        try {
            return IntText.toDecimal(s.bigValue(v), s.maxStrDigits);
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        }
    }

    static String address(Space s, long w) {
        return "0x" + Long.toHexString(s.identity(w));
    }

    /** A type's name as repr shows it: the qualified name, after the module unless builtin. */
    static String typeName(Space s, long typeWord) {
        PyType t = s.asType(typeWord);
        if (!t.heapType) {
            return t.name.startsWith("types.") ? t.name : t.name;
        }
        long module = t.getOwn("__module__");
        String m = module != 0 && s.isStr(module) ? s.str(module) : null;
        return m == null || m.equals("builtins") ? t.qualname : m + "." + t.qualname;
    }

    private static boolean enter(Space s, int slot) {
        long w = s.ts.get(slot);
        for (int active : ACTIVE) {
            if (s.ts.get(active) == w) {
                return false;
            }
        }
        ACTIVE.add(slot);
        return true;
    }

    private static void leave() {
        ACTIVE.remove(ACTIVE.size() - 1);
    }

    private static String container(Space s, int slot, PyType vt) {
        ThreadState ts = s.ts;
        String open, close;
        switch (vt.nativeKind) {
            case LIST -> { open = "["; close = "]"; }
            case TUPLE -> { open = "("; close = ")"; }
            case DICT -> { open = "{"; close = "}"; }
            case SET -> { open = "{"; close = "}"; }
            default -> { open = "frozenset({"; close = "})"; }
        }
        String prefix = "";
        PyType t = s.typeOf(ts.get(slot));
        if (t.heapType && (vt.nativeKind == PyType.Native.SET || vt.nativeKind == PyType.Native.FROZENSET)) {
            prefix = t.name + "(";
            open = "{";
            close = "})";
        } else if (t.heapType && vt.nativeKind == PyType.Native.FROZENSET) {
            prefix = t.name + "(";
        }
        long v = s.unwrap(ts.get(slot));
        boolean empty = switch (vt.nativeKind) {
            case LIST -> Lists.size(v) == 0;
            case TUPLE -> Space.length(v) == 0;
            case DICT -> Dicts.size(v) == 0;
            default -> Sets.size(v) == 0;
        };
        if (empty) {
            return switch (vt.nativeKind) {
                case LIST -> "[]";
                case TUPLE -> "()";
                case DICT -> "{}";
                case SET -> t.heapType ? t.name + "()" : "set()";
                default -> t.heapType ? t.name + "()" : "frozenset()";
            };
        }
        if (!enter(s, slot)) {
            return switch (vt.nativeKind) {
                case LIST -> "[...]";
                case TUPLE -> "(...)";
                case DICT -> "{...}";
                default -> t.name + "(...)";
            };
        }
        StringBuilder sb = new StringBuilder(prefix).append(open);
        int item = ts.push(0);
        try {
            if (vt.nativeKind == PyType.Native.DICT) {
                boolean first = true;
                for (long e = 0; e < Dicts.entryCount(s.unwrap(ts.get(slot))); e++) {
                    long k = Dicts.keyAt(s.unwrap(ts.get(slot)), e);
                    if (k == 0) {
                        continue;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    ts.set(item, k);
                    sb.append(Ops.reprString(s, item)).append(": ");
                    ts.set(item, Dicts.valueAt(s.unwrap(ts.get(slot)), e));
                    sb.append(Ops.reprString(s, item));
                }
            } else if (vt.nativeKind == PyType.Native.SET || vt.nativeKind == PyType.Native.FROZENSET) {
                boolean first = true;
                for (long i = 0; i < Sets.capacity(s.unwrap(ts.get(slot))); i++) {
                    long k = Sets.keyAt(s.unwrap(ts.get(slot)), i);
                    if (k == 0) {
                        continue;
                    }
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    ts.set(item, k);
                    sb.append(Ops.reprString(s, item));
                }
            } else {
                long n = Sequences.length(s, ts.get(slot));
                for (long i = 0; i < n && i < Sequences.length(s, ts.get(slot)); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    ts.set(item, Sequences.item(s, ts.get(slot), i));
                    sb.append(Ops.reprString(s, item));
                }
                if (n == 1 && vt.nativeKind == PyType.Native.TUPLE) {
                    sb.append(',');
                }
            }
        } finally {
            ts.truncate(item);
            leave();
        }
        return sb.append(close).toString();
    }

    private static String builtinRepr(Space s, int slot) {
        long w = s.ts.get(slot);
        Builtin b = Methods.builtinOf(w);
        long self = Space.get(w, F1);
        if (self == 0) {
            if (b.owner != null) {
                return "<method '" + b.name() + "' of '" + b.owner + "' objects>";
            }
            return "<built-in function " + b.name() + ">";
        }
        if (s.asType(self) != null) {
            return "<built-in method " + b.name() + " of type object at " + address(s, self) + ">";
        }
        return "<built-in method " + b.name() + " of " + s.typeOf(self).name + " object at " + address(s, self) + ">";
    }

    private static String methodRepr(Space s, int slot) {
        long m = s.ts.get(slot);
        int base = s.ts.push(Space.get(m, F2));
        try {
            long fn = Space.get(s.ts.get(slot), F1);
            String name = s.typeOf(fn) == s.functionType ? s.str(Space.get(fn, FN_QUALNAME)) : "?";
            return "<bound method " + name + " of " + Ops.reprString(s, base) + ">";
        } finally {
            s.ts.truncate(base);
        }
    }

    private static String moduleRepr(Space s, long m) {
        String name = Modules.name(s, m);
        long file = Dicts.getStr(s, Modules.dict(m), "__file__");
        if (file != 0 && s.isStr(file)) {
            return "<module '" + name + "' from '" + s.str(file) + "'>";
        }
        return "<module '" + name + "' (built-in)>";
    }

    private static String rangeRepr(Space s, int slot) {
        long r = s.ts.get(slot);
        String start = intRepr(s, Space.get(r, F1)), stop = intRepr(s, Space.get(s.ts.get(slot), F2));
        long step = Space.get(s.ts.get(slot), F3);
        if (step == Py.smallInt(1)) {
            return "range(" + start + ", " + stop + ")";
        }
        return "range(" + start + ", " + stop + ", " + intRepr(s, step) + ")";
    }

    private static String sliceRepr(Space s, int slot) {
        int base = s.ts.push(0);
        try {
            StringBuilder sb = new StringBuilder("slice(");
            for (int f = 0; f < 3; f++) {
                s.ts.set(base, Space.get(s.ts.get(slot), F1 + 8 * f));
                sb.append(f > 0 ? ", " : "").append(Ops.reprString(s, base));
            }
            return sb.append(')').toString();
        } finally {
            s.ts.truncate(base);
        }
    }
}
