package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.NativeObjects.field;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CompareOp;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator module: the operators as functions (each also under its dunder alias, as
 * CPython's), and the itemgetter, attrgetter and methodcaller types.
 */
final class OperatorModule {
    private OperatorModule() {}

    /** Function name, dunder alias (null: none), operator. */
    private record Binary(String name, String alias, BinaryOp op) {}

    private static final Binary[] BINARY = {
        new Binary("add", "__add__", BinaryOp.ADD), new Binary("sub", "__sub__", BinaryOp.SUBTRACT),
        new Binary("mul", "__mul__", BinaryOp.MULTIPLY), new Binary("matmul", "__matmul__", BinaryOp.MATRIX_MULTIPLY),
        new Binary("truediv", "__truediv__", BinaryOp.TRUE_DIVIDE),
        new Binary("floordiv", "__floordiv__", BinaryOp.FLOOR_DIVIDE), new Binary("mod", "__mod__", BinaryOp.REMAINDER),
        new Binary("pow", "__pow__", BinaryOp.POWER), new Binary("lshift", "__lshift__", BinaryOp.LSHIFT),
        new Binary("rshift", "__rshift__", BinaryOp.RSHIFT), new Binary("and_", "__and__", BinaryOp.AND),
        new Binary("or_", "__or__", BinaryOp.OR), new Binary("xor", "__xor__", BinaryOp.XOR),
        new Binary("iadd", "__iadd__", BinaryOp.INPLACE_ADD), new Binary("isub", "__isub__", BinaryOp.INPLACE_SUBTRACT),
        new Binary("imul", "__imul__", BinaryOp.INPLACE_MULTIPLY),
        new Binary("imatmul", "__imatmul__", BinaryOp.INPLACE_MATRIX_MULTIPLY),
        new Binary("itruediv", "__itruediv__", BinaryOp.INPLACE_TRUE_DIVIDE),
        new Binary("ifloordiv", "__ifloordiv__", BinaryOp.INPLACE_FLOOR_DIVIDE),
        new Binary("imod", "__imod__", BinaryOp.INPLACE_REMAINDER), new Binary("ipow", "__ipow__", BinaryOp.INPLACE_POWER),
        new Binary("ilshift", "__ilshift__", BinaryOp.INPLACE_LSHIFT),
        new Binary("irshift", "__irshift__", BinaryOp.INPLACE_RSHIFT),
        new Binary("iand", "__iand__", BinaryOp.INPLACE_AND), new Binary("ior", "__ior__", BinaryOp.INPLACE_OR),
        new Binary("ixor", "__ixor__", BinaryOp.INPLACE_XOR),
    };

    private static final Builtin[] BINARY_FUNCTIONS = new Builtin[BINARY.length];

    static {
        for (int i = 0; i < BINARY.length; i++) {
            BinaryOp op = BINARY[i].op();
            BINARY_FUNCTIONS[i] = Builtin.function("_operator." + BINARY[i].name() + "(a, b, /)",
                    (s, a) -> Ops.binary(s, op, a.slot(0), a.slot(1)));
        }
    }

    private static final CompareOp[] COMPARE = {CompareOp.LT, CompareOp.LE, CompareOp.EQ, CompareOp.NE, CompareOp.GT, CompareOp.GE};
    private static final Builtin[] COMPARE_FUNCTIONS = new Builtin[COMPARE.length];

    static {
        for (int i = 0; i < COMPARE.length; i++) {
            CompareOp op = COMPARE[i];
            COMPARE_FUNCTIONS[i] = Builtin.function("_operator." + op.method().substring(2, 4) + "(a, b, /)",
                    (s, a) -> Ops.compare(s, op, a.slot(0), a.slot(1)));
        }
    }

    private static Builtin unary(String name, String method) {
        return Builtin.function("_operator." + name + "(a, /)", (s, a) -> Ops.unary(s, method, a.slot(0)));
    }

    private static final Builtin NEG = unary("neg", "__neg__");
    private static final Builtin POS = unary("pos", "__pos__");
    private static final Builtin INV = unary("inv", "__invert__");
    private static final Builtin INVERT = unary("invert", "__invert__");
    private static final Builtin ABS = Builtin.function("_operator.abs(a, /)",
            (s, a) -> BuiltinFunctions.ABS.body.call(s, a));
    private static final Builtin NOT = Builtin.function("_operator.not_(a, /)", (s, a) -> Py.bool(!Ops.truth(s, a.slot(0))));
    private static final Builtin TRUTH = Builtin.function("_operator.truth(a, /)", (s, a) -> Py.bool(Ops.truth(s, a.slot(0))));
    private static final Builtin IS = Builtin.function("_operator.is_(a, b, /)", (s, a) -> Py.bool(a.get(0) == a.get(1)));
    private static final Builtin IS_NOT = Builtin.function("_operator.is_not(a, b, /)", (s, a) -> Py.bool(a.get(0) != a.get(1)));
    private static final Builtin INDEX = Builtin.function("_operator.index(a, /)", (s, a) -> BuiltinFunctions.index(s, a.slot(0)));
    private static final Builtin CONTAINS = Builtin.function("_operator.contains(a, b, /)",
            (s, a) -> Py.bool(Ops.contains(s, a.slot(0), a.slot(1))));
    private static final Builtin GETITEM = Builtin.function("_operator.getitem(a, b, /)", (s, a) -> Ops.getItem(s, a.slot(0), a.slot(1)));
    private static final Builtin SETITEM = Builtin.function("_operator.setitem(a, b, c, /)", (s, a) -> {
        Ops.setItem(s, a.slot(0), a.slot(1), a.slot(2));
        return Py.NONE;
    });
    private static final Builtin DELITEM = Builtin.function("_operator.delitem(a, b, /)", (s, a) -> {
        Ops.delItem(s, a.slot(0), a.slot(1));
        return Py.NONE;
    });
    private static final Builtin CALL = Builtin.function("_operator.call(obj, /, *args, **kwargs)",
            (s, a) -> CallSupport.callEx(s, a.slot(0), a.slot(1), a.slot(2)));

    private static Builtin concat(String name, BinaryOp op) {
        return Builtin.function("_operator." + name + "(a, b, /)", (s, a) -> {
            PyType t = s.typeOf(a.get(0));
            boolean sequence = switch (s.typeOf(s.unwrap(a.get(0))).nativeKind) {
                case STR, BYTES, BYTEARRAY, TUPLE, LIST -> true;
                default -> t.heapType && t.lookup("__getitem__") != 0;
            };
            if (!sequence) {
                throw Errors.typeError(s, "'" + t.name + "' object can't be concatenated");
            }
            return Ops.binary(s, op, a.slot(0), a.slot(1));
        });
    }

    private static final Builtin CONCAT = concat("concat", BinaryOp.ADD);
    private static final Builtin ICONCAT = concat("iconcat", BinaryOp.INPLACE_ADD);

    /**
     * Scans the iterable for items that are (or equal) the target: the index of the first one
     * ({@code firstOnly}; -1 if none), or how many there are.
     */
    private static long scan(Space s, int iterableSlot, int targetSlot, boolean firstOnly) {
        int it = s.ts.push(Ops.iter(s, iterableSlot));
        int x = s.ts.push(0);
        try {
            long i = 0, count = 0;
            while (true) {
                long v = Ops.next(s, it);
                if (v == 0) {
                    return firstOnly ? -1 : count;
                }
                s.ts.set(x, v);
                if (v == s.ts.get(targetSlot) || Ops.equal(s, x, targetSlot)) {
                    if (firstOnly) {
                        return i;
                    }
                    count++;
                }
                i++;
            }
        } finally {
            s.ts.truncate(it);
        }
    }

    private static final Builtin COUNT_OF = Builtin.function("_operator.countOf(a, b, /)",
            (s, a) -> s.newInt(scan(s, a.slot(0), a.slot(1), false)));
    private static final Builtin INDEX_OF = Builtin.function("_operator.indexOf(a, b, /)", (s, a) -> {
        long i = scan(s, a.slot(0), a.slot(1), true);
        if (i < 0) {
            throw Errors.valueError(s, "sequence.index(x): x not in sequence");
        }
        return s.newInt(i);
    });

    private static boolean hasLen(Space s, long w) {
        PyType t = s.typeOf(w);
        if (t.heapType && t.lookup("__len__") != 0) {
            return true;
        }
        return switch (s.typeOf(s.unwrap(w)).nativeKind) {
            case STR, BYTES, BYTEARRAY, TUPLE, LIST, DICT, SET, FROZENSET, RANGE -> true;
            default -> DictViews.isView(s, s.unwrap(w));
        };
    }

    private static final Builtin LENGTH_HINT = Builtin.function("_operator.length_hint(obj, default=0, /)", (s, a) -> {
        if (!s.isInt(a.get(1))) {
            throw Errors.typeError(s, "'" + s.typeOf(a.get(1)).name + "' object cannot be interpreted as an integer");
        }
        if (hasLen(s, a.get(0))) {
            return s.newInt(Ops.len(s, a.slot(0)));
        }
        long hint = s.typeOf(a.get(0)).lookup("__length_hint__");
        if (hint == 0) {
            return a.get(1);
        }
        long r;
        try {
            r = Ops.callSpecial(s, hint, a.slot(0));
        } catch (PyException e) {
            // A hint that cannot be given (e.g. an endless repeat) means "use the default".
            if (Exceptions.matches(s, s.ts.peekRaised(), "TypeError")) {
                s.ts.takeRaised();
                return a.get(1);
            }
            throw e;
        }
        if (r == Py.NOT_IMPLEMENTED) {
            return a.get(1);
        }
        if (!s.isInt(r)) {
            throw Errors.typeError(s, "__length_hint__ must be an integer, not " + s.typeOf(r).name);
        }
        if (s.bigValue(r).signum() < 0) {
            throw Errors.valueError(s, "__length_hint__() should return >= 0");
        }
        return r;
    });

    // ---------------------------------------------------------------- itemgetter, attrgetter, methodcaller

    private static String reprList(Space s, int slot, long tuple, int from) {
        StringBuilder sb = new StringBuilder();
        int base = s.ts.push(tuple);
        try {
            long n = Space.length(s.ts.get(base));
            for (long i = from; i < n; i++) {
                int x = s.ts.push(Space.item(s.ts.get(base), i));
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.reprString(s, x));
                s.ts.truncate(x);
            }
            return sb.toString();
        } finally {
            s.ts.truncate(base);
        }
    }

    private static final NativeBehaviour ITEMGETTER = new NativeBehaviour() {
        @Override
        public String repr(Space s, int self) {
            return "operator.itemgetter(" + reprList(s, self, field(s, self, 0), 0) + ")";
        }
    };

    private static final NativeBehaviour ATTRGETTER = new NativeBehaviour() {
        @Override
        public String repr(Space s, int self) {
            return "operator.attrgetter(" + reprList(s, self, field(s, self, 1), 0) + ")";
        }
    };

    private static final NativeBehaviour METHODCALLER = new NativeBehaviour() {
        @Override
        public String repr(Space s, int self) {
            int name = s.ts.push(field(s, self, 0));
            try {
                StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Ops.reprString(s, name));
                String args = reprList(s, self, field(s, self, 1), 0);
                if (!args.isEmpty()) {
                    sb.append(", ").append(args);
                }
                long kw = field(s, self, 2);
                for (long e = 0; e < Dicts.entryCount(field(s, self, 2)); e++) {
                    kw = field(s, self, 2);
                    long k = Dicts.keyAt(kw, e);
                    if (k == 0) {
                        continue;
                    }
                    int v = s.ts.push(Dicts.valueAt(kw, e));
                    sb.append(", ").append(s.str(k)).append('=').append(Ops.reprString(s, v));
                    s.ts.truncate(v);
                }
                return sb.append(')').toString();
            } finally {
                s.ts.truncate(name);
            }
        }
    };

    // itemgetter: [items tuple]
    private static final Builtin ITEMGETTER_NEW = Builtin.method("operator.itemgetter", "itemgetter(cls, /, *items, **kwargs)", (s, a) -> {
        if (Dicts.size(a.get(2)) > 0) {
            throw Errors.typeError(s, "itemgetter() takes no keyword arguments");
        }
        if (Space.length(a.get(1)) == 0) {
            throw Errors.typeError(s, "itemgetter expected 1 argument, got 0");
        }
        return NativeObjects.fromRoots(s, s.builtinTypes.get("operator.itemgetter"), a.slot(1), 1);
    });

    private static final Builtin ITEMGETTER_CALL = Builtin.method("operator.itemgetter", "itemgetter(self, /, *args, **kwargs)", (s, a) -> {
        NativeObjects.positional(s, "itemgetter", a, 1, 1);
        a.set(1, NativeObjects.arg(a, 0));
        long items = field(a.get(0), 0);
        int n = (int) Space.length(items);
        int base = s.ts.top();
        for (int i = 0; i < n; i++) {
            int k = s.ts.push(Space.item(field(a.get(0), 0), i));
            s.ts.set(k, Ops.getItem(s, a.slot(1), k));
        }
        long r = n == 1 ? s.ts.get(base) : s.newTupleFromRoots(base, n);
        s.ts.truncate(base);
        return r;
    });

    // attrgetter: [tuple of tuples of name parts, tuple of the names as given]
    private static final Builtin ATTRGETTER_NEW = Builtin.method("operator.attrgetter", "attrgetter(cls, /, *attrs, **kwargs)", (s, a) -> {
        if (Dicts.size(a.get(2)) > 0) {
            throw Errors.typeError(s, "attrgetter() takes no keyword arguments");
        }
        long names = a.get(1);
        int n = (int) Space.length(names);
        if (n == 0) {
            throw Errors.typeError(s, "attrgetter expected 1 argument, got 0");
        }
        int base = s.ts.top();
        for (int i = 0; i < n; i++) {
            long name = Space.item(a.get(1), i);
            if (!s.isStr(name)) {
                throw Errors.typeError(s, "attribute name must be a string");
            }
            List<String> parts = new ArrayList<>(List.of(s.str(name).split("\\.", -1)));
            int pb = s.ts.top();
            for (String p : parts) {
                s.ts.push(s.intern(p));
            }
            long t = s.newTupleFromRoots(pb, parts.size());
            s.ts.truncate(pb);
            s.ts.push(t);
        }
        int fields = s.ts.push(s.newTupleFromRoots(base, n));
        s.ts.push(a.get(1));
        long g = NativeObjects.fromRoots(s, s.builtinTypes.get("operator.attrgetter"), fields, 2);
        s.ts.truncate(base);
        return g;
    });

    private static final Builtin ATTRGETTER_CALL = Builtin.method("operator.attrgetter", "attrgetter(self, /, *args, **kwargs)", (s, a) -> {
        NativeObjects.positional(s, "attrgetter", a, 1, 1);
        a.set(1, NativeObjects.arg(a, 0));
        int n = (int) Space.length(field(a.get(0), 0));
        int base = s.ts.top();
        for (int i = 0; i < n; i++) {
            int v = s.ts.push(a.get(1));
            int nparts = (int) Space.length(Space.item(field(a.get(0), 0), i));
            for (int k = 0; k < nparts; k++) {
                String name = s.str(Space.item(Space.item(field(a.get(0), 0), i), k));
                s.ts.set(v, Attributes.get(s, v, name));
            }
        }
        long r = n == 1 ? s.ts.get(base) : s.newTupleFromRoots(base, n);
        s.ts.truncate(base);
        return r;
    });

    // methodcaller: [name, args tuple, kwargs dict]
    private static final Builtin METHODCALLER_NEW = Builtin.method("operator.methodcaller",
            "methodcaller(cls, /, *args, **kwargs)", (s, a) -> {
        long args = a.get(1);
        if (Space.length(args) == 0) {
            throw Errors.typeError(s, "methodcaller needs at least one argument, the method name");
        }
        if (!s.isStr(Space.item(args, 0))) {
            throw Errors.typeError(s, "method name must be a string");
        }
        int base = s.ts.push(s.intern(s.str(Space.item(args, 0))));
        int rest = s.ts.top();
        for (long i = 1; i < Space.length(a.get(1)); i++) {
            s.ts.push(Space.item(a.get(1), i));
        }
        long t = s.newTupleFromRoots(rest, (int) Space.length(a.get(1)) - 1);
        s.ts.truncate(rest);
        s.ts.push(t);
        s.ts.push(a.get(2));
        long m = NativeObjects.fromRoots(s, s.builtinTypes.get("operator.methodcaller"), base, 3);
        s.ts.truncate(base);
        return m;
    });

    private static final Builtin METHODCALLER_CALL = Builtin.method("operator.methodcaller", "methodcaller(self, /, *args, **kwargs)", (s, a) -> {
        NativeObjects.positional(s, "methodcaller", a, 1, 1);
        a.set(1, NativeObjects.arg(a, 0));
        int base = s.ts.push(Attributes.get(s, a.slot(1), s.str(field(a.get(0), 0))));
        s.ts.push(field(a.get(0), 1));
        s.ts.push(field(a.get(0), 2));
        try {
            return CallSupport.callEx(s, base, base + 1, base + 2);
        } finally {
            s.ts.truncate(base);
        }
    });

    /** Binds the module's function {@code name} also as {@code alias}: one object, as in CPython. */
    private static void alias(Space s, int moduleSlot, String name, String alias) {
        NativeObjects.put(s, moduleSlot, alias, Dicts.getStr(s, Modules.dict(s.ts.get(moduleSlot)), name));
    }

    static long create(Space s) {
        int m = s.ts.push(NativeObjects.module(s, "operator"));
        try {
            for (int i = 0; i < BINARY.length; i++) {
                NativeObjects.function(s, m, BINARY_FUNCTIONS[i]);
                alias(s, m, BINARY_FUNCTIONS[i].name(), BINARY[i].alias());
            }
            for (Builtin b : COMPARE_FUNCTIONS) {
                NativeObjects.function(s, m, b);
                alias(s, m, b.name(), "__" + b.name() + "__");
            }
            Object[][] functions = {
                {NEG, "__neg__"}, {POS, "__pos__"}, {INV, "__inv__"}, {INVERT, "__invert__"}, {NOT, "__not__"},
                {TRUTH, null}, {IS, null}, {IS_NOT, null}, {INDEX, "__index__"}, {CONTAINS, "__contains__"},
                {GETITEM, "__getitem__"}, {SETITEM, "__setitem__"}, {DELITEM, "__delitem__"}, {CALL, "__call__"},
                {CONCAT, "__concat__"}, {ICONCAT, "__iconcat__"}, {COUNT_OF, null}, {INDEX_OF, null},
                {LENGTH_HINT, null}, {ABS, "__abs__"},
            };
            for (Object[] f : functions) {
                Builtin b = (Builtin) f[0];
                NativeObjects.function(s, m, b);
                if (f[1] != null) {
                    alias(s, m, b.name(), (String) f[1]);
                }
            }
            getter(s, m, "itemgetter", ITEMGETTER, ITEMGETTER_NEW, ITEMGETTER_CALL);
            getter(s, m, "attrgetter", ATTRGETTER, ATTRGETTER_NEW, ATTRGETTER_CALL);
            getter(s, m, "methodcaller", METHODCALLER, METHODCALLER_NEW, METHODCALLER_CALL);
            exportAll(s, m);
            NativeObjects.put(s, m, "_abs", Dicts.getStr(s, s.builtinsDict(), "abs"));
            return s.ts.get(m);
        } finally {
            s.ts.truncate(m);
        }
    }

    /** {@code __all__}: the public names, sorted, as CPython's operator module lists them. */
    private static void exportAll(Space s, int m) {
        java.util.List<String> names = new java.util.ArrayList<>();
        long d = Modules.dict(s.ts.get(m));
        for (long e = 0; e < Dicts.entryCount(d); e++) {
            long k = Dicts.keyAt(d, e);
            if (k != 0 && s.isStr(k) && !s.str(k).startsWith("_")) {
                names.add(s.str(k));
            }
        }
        java.util.Collections.sort(names);
        int base = s.ts.top();
        try {
            for (String n : names) {
                s.ts.push(s.newStr(n));
            }
            NativeObjects.put(s, m, "__all__", Lists.fromRoots(s, base, names.size()));
        } finally {
            s.ts.truncate(base);
        }
    }

    private static void getter(Space s, int m, String name, NativeBehaviour b, Builtin ctor, Builtin call) {
        PyType t = NativeObjects.type(s, "operator." + name, PyType.Native.OTHER, b);
        NativeObjects.constructor(s, t, ctor);
        t.put("__call__", Methods.builtin(s, call));
        NativeObjects.type(s, m, t);
    }
}
