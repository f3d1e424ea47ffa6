package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.NativeObjects.field;
import static dev.pyxis.python.runtime.NativeObjects.intField;
import static dev.pyxis.python.runtime.NativeObjects.set;

import dev.pyxis.python.bytecode.BinaryOp;
import java.math.BigInteger;

/**
 * The itertools module: lazy iterator types whose state lives in the fields of their heap object
 * (see {@link NativeObjects}); each type's {@link NativeBehaviour#next} produces one item per call,
 * pulling from its sources only as far as that item needs, as CPython's do.
 */
final class ItertoolsModule {
    private ItertoolsModule() {}

    /** Items per block of tee's shared buffer; consumed blocks become garbage. */
    private static final int TEE_BLOCK = 57;
    /** Largest index islice keeps (sys.maxsize in CPython; beyond any real iteration here). */
    private static final long MAX_INDEX = (1L << 62) - 1;

    @FunctionalInterface
    private interface Next {
        long next(Space s, int self);
    }

    private static NativeBehaviour iterator(Next next) {
        return new NativeBehaviour() {
            @Override
            public long next(Space s, int selfSlot) {
                return next.next(s, selfSlot);
            }
        };
    }

    private static PyType type(Space s, String name, Next next) {
        return NativeObjects.type(s, "itertools." + name, PyType.Native.ITERATOR, iterator(next));
    }

    static long create(Space s) {
        int m = s.ts.push(NativeObjects.module(s, "itertools"));
        try {
            PyType count = NativeObjects.type(s, "itertools.count", PyType.Native.ITERATOR, new NativeBehaviour() {
                @Override
                public long next(Space sp, int self) {
                    return countNext(sp, self);
                }

                @Override
                public String repr(Space sp, int self) {
                    return countRepr(sp, self);
                }
            });
            PyType repeat = NativeObjects.type(s, "itertools.repeat", PyType.Native.ITERATOR, new NativeBehaviour() {
                @Override
                public long next(Space sp, int self) {
                    long n = intField(sp, self, 1);
                    if (n == 0) {
                        return 0;
                    }
                    if (n > 0) {
                        set(sp, self, 1, Py.smallInt(n - 1));
                    }
                    return field(sp, self, 0);
                }

                @Override
                public String repr(Space sp, int self) {
                    int o = sp.ts.push(field(sp, self, 0));
                    try {
                        String r = "repeat(" + Ops.reprString(sp, o);
                        long n = intField(sp, self, 1);
                        return n < 0 ? r + ")" : r + ", " + n + ")";
                    } finally {
                        sp.ts.truncate(o);
                    }
                }
            });
            Builtins.method(s, repeat, REPEAT_LENGTH_HINT);
            NativeObjects.constructor(s, count, COUNT_NEW);
            NativeObjects.constructor(s, repeat, REPEAT_NEW);
            NativeObjects.constructor(s, type(s, "cycle", ItertoolsModule::cycleNext), CYCLE_NEW);
            NativeObjects.constructor(s, type(s, "accumulate", ItertoolsModule::accumulateNext), ACCUMULATE_NEW);
            PyType chain = type(s, "chain", ItertoolsModule::chainNext);
            NativeObjects.constructor(s, chain, CHAIN_NEW);
            Builtins.classMethod(s, chain, CHAIN_FROM_ITERABLE);
            NativeObjects.constructor(s, type(s, "compress", ItertoolsModule::compressNext), COMPRESS_NEW);
            NativeObjects.constructor(s, type(s, "dropwhile", ItertoolsModule::dropwhileNext), DROPWHILE_NEW);
            NativeObjects.constructor(s, type(s, "takewhile", ItertoolsModule::takewhileNext), TAKEWHILE_NEW);
            NativeObjects.constructor(s, type(s, "filterfalse", ItertoolsModule::filterfalseNext), FILTERFALSE_NEW);
            NativeObjects.constructor(s, type(s, "groupby", ItertoolsModule::groupbyNext), GROUPBY_NEW);
            type(s, "_grouper", ItertoolsModule::grouperNext);
            NativeObjects.constructor(s, type(s, "islice", ItertoolsModule::isliceNext), ISLICE_NEW);
            NativeObjects.constructor(s, type(s, "pairwise", ItertoolsModule::pairwiseNext), PAIRWISE_NEW);
            NativeObjects.constructor(s, type(s, "starmap", ItertoolsModule::starmapNext), STARMAP_NEW);
            PyType tee = type(s, "_tee", ItertoolsModule::teeNext);
            Builtins.method(s, tee, TEE_COPY);
            NativeObjects.type(s, "itertools._tee_dataobject", PyType.Native.OTHER, new NativeBehaviour() { });
            NativeObjects.constructor(s, type(s, "zip_longest", ItertoolsModule::zipLongestNext), ZIP_LONGEST_NEW);
            NativeObjects.constructor(s, type(s, "product", ItertoolsModule::productNext), PRODUCT_NEW);
            NativeObjects.constructor(s, type(s, "permutations", ItertoolsModule::permutationsNext), PERMUTATIONS_NEW);
            NativeObjects.constructor(s, type(s, "combinations", ItertoolsModule::combinationsNext), COMBINATIONS_NEW);
            NativeObjects.constructor(s, type(s, "combinations_with_replacement",
                    ItertoolsModule::combinationsWithReplacementNext), CWR_NEW);
            for (String name : new String[] {"count", "repeat", "cycle", "accumulate", "chain", "compress",
                    "dropwhile", "takewhile", "filterfalse", "groupby", "_grouper", "islice", "pairwise",
                    "starmap", "_tee", "_tee_dataobject", "zip_longest", "product", "permutations",
                    "combinations", "combinations_with_replacement"}) {
                NativeObjects.type(s, m, s.builtinTypes.get("itertools." + name));
            }
            NativeObjects.function(s, m, TEE);
            return s.ts.get(m);
        } finally {
            s.ts.truncate(m);
        }
    }

    // ---------------------------------------------------------------- shared helpers

    private static PyType typeOf(Space s, String name) {
        return s.builtinTypes.get("itertools." + name);
    }

    /** A new iterator of {@code itertools.name} whose fields come from root slots [base, base + n). */
    private static long make(Space s, String name, int base, int n) {
        return NativeObjects.fromRoots(s, typeOf(s, name), base, n);
    }

    /** next() of the iterator held in field {@code f} of the object in {@code self}; 0 when exhausted. */
    private static long advance(Space s, int self, int f) {
        int it = s.ts.push(field(s, self, f));
        try {
            return Ops.next(s, it);
        } finally {
            s.ts.truncate(it);
        }
    }

    /** {@code fn(arg)} for the callable in field {@code f} and the argument in a root slot. */
    private static long call1(Space s, int self, int f, int argSlot) {
        int base = s.ts.push(field(s, self, f));
        s.ts.push(s.ts.get(argSlot));
        try {
            return Calls.call(s, base, base + 1, 1, -1);
        } finally {
            s.ts.truncate(base);
        }
    }

    /** Replaces the word in {@code slot} by iter() of it. */
    private static void toIter(Space s, int slot) {
        s.ts.set(slot, Ops.iter(s, slot));
    }

    /** A non-negative count argument as a Java long (OverflowError beyond ssize_t). */
    private static long ssize(Space s, int slot) {
        BigInteger v = s.bigValue(BuiltinFunctions.index(s, slot));
        if (v.bitLength() > 63) {
            throw Errors.overflow(s, "Python int too large to convert to C ssize_t");
        }
        return v.longValue();
    }

    /** A tuple of the items of the iterable in {@code slot} (the tuple itself if it is one). */
    private static long tupleOf(Space s, int slot) {
        long w = s.ts.get(slot);
        if (Py.isObject(w) && s.typeOf(w) == s.tupleType) {
            return w;
        }
        int base = s.ts.top();
        int n = Iteration.pushAll(s, slot);
        long t = s.newTupleFromRoots(base, n);
        s.ts.truncate(base);
        return t;
    }

    /** A storage of small ints, for the index vectors of the combinatoric iterators. */
    private static long intStorage(Space s, long[] values) {
        long st = s.newStorage(values.length);
        for (int i = 0; i < values.length; i++) {
            Space.initItem(st, i, Py.smallInt(values[i]));
        }
        return st;
    }

    private static long at(long storage, int i) {
        return Py.smallValue(Space.item(storage, i));
    }

    private static void put(long storage, int i, long v) {
        // Small ints are not references: no write barrier needed.
        Space.initItem(storage, i, Py.smallInt(v));
    }

    /** A tuple of {@code pool[indices[k]]} for k below {@code r}; pool and indices are fields. */
    private static long pick(Space s, int self, int poolField, int indicesField, int r) {
        int base = s.ts.top();
        for (int k = 0; k < r; k++) {
            long pool = field(s, self, poolField);
            s.ts.push(Space.item(pool, at(field(s, self, indicesField), k)));
        }
        long t = s.newTupleFromRoots(base, r);
        s.ts.truncate(base);
        return t;
    }

    // ---------------------------------------------------------------- count, cycle, repeat

    // count: [current, step]
    private static final Builtin COUNT_NEW = Builtin.method("itertools.count", "count(cls, start=0, step=1)", (s, a) -> {
        if (!isNumber(s, a.get(1)) || !isNumber(s, a.get(2))) {
            throw Errors.typeError(s, "a number is required");
        }
        if (a.get(1) == Py.TRUE || a.get(1) == Py.FALSE) {
            a.set(1, Py.smallInt(a.get(1) == Py.TRUE ? 1 : 0));
        }
        return make(s, "count", a.slot(1), 2);
    });

    private static boolean isNumber(Space s, long w) {
        PyType t = s.typeOf(w);
        return s.isInt(w) || t.isSubtypeOf(s.floatType) || t.isSubtypeOf(s.complexType)
                || t.lookup("__index__") != 0 || t.lookup("__int__") != 0 || t.lookup("__float__") != 0;
    }

    private static long countNext(Space s, int self) {
        long cur = field(s, self, 0), step = field(s, self, 1);
        long sum;
        if (Py.isSmallInt(cur) && Py.isSmallInt(step) && Py.fitsSmall(Py.smallValue(cur) + Py.smallValue(step))) {
            sum = Py.smallInt(Py.smallValue(cur) + Py.smallValue(step));
        } else {
            int base = s.ts.push(cur);
            s.ts.push(step);
            sum = Ops.binary(s, BinaryOp.ADD, base, base + 1);
            s.ts.truncate(base);
        }
        long result = field(s, self, 0);
        set(s, self, 0, sum);
        return result;
    }

    private static String countRepr(Space s, int self) {
        int base = s.ts.push(field(s, self, 0));
        s.ts.push(field(s, self, 1));
        try {
            String r = "count(" + Ops.reprString(s, base);
            long step = s.ts.get(base + 1);
            if (step == Py.smallInt(1)) {
                return r + ")";
            }
            return r + ", " + Ops.reprString(s, base + 1) + ")";
        } finally {
            s.ts.truncate(base);
        }
    }

    // repeat: [object, remaining or -1 for ever]
    private static final Builtin REPEAT_NEW = Builtin.method("itertools.repeat", "repeat(cls, object, times=?)", (s, a) -> {
        long n = -1;
        if (a.given(2)) {
            n = Math.max(0, ssize(s, a.slot(2)));
        }
        a.set(2, Py.smallInt(Math.min(n, MAX_INDEX)));
        return make(s, "repeat", a.slot(1), 2);
    });

    private static final Builtin REPEAT_LENGTH_HINT = Builtin.method("itertools.repeat", "__length_hint__(self, /)", (s, a) -> {
        long n = Py.smallValue(field(a.get(0), 1));
        if (n < 0) {
            throw Errors.typeError(s, "len() of unsized object");
        }
        return Py.smallInt(n);
    });

    // cycle: [iterator or 0 once exhausted, saved list, position in saved]
    private static final Builtin CYCLE_NEW = Builtin.method("itertools.cycle", "cycle(cls, /, *args, **kwargs)", (s, a) -> {
        NativeObjects.positional(s, "cycle", a, 1, 1);
        int base = s.ts.push(NativeObjects.arg(a, 0));
        toIter(s, base);
        s.ts.push(Lists.create(s, 0));
        s.ts.push(Py.smallInt(0));
        return make(s, "cycle", base, 3);
    });

    private static long cycleNext(Space s, int self) {
        if (field(s, self, 0) != 0) {
            long x = advance(s, self, 0);
            if (x != 0) {
                int base = s.ts.push(x);
                s.ts.push(field(s, self, 1));
                Lists.append(s, base + 1, base);
                x = s.ts.get(base);
                s.ts.truncate(base);
                return x;
            }
            set(s, self, 0, 0);
        }
        long saved = field(s, self, 1);
        long n = Lists.size(saved);
        if (n == 0) {
            return 0;
        }
        long i = intField(s, self, 2);
        set(s, self, 2, Py.smallInt(i + 1 >= n ? 0 : i + 1));
        return Lists.get(saved, i);
    }

    // ---------------------------------------------------------------- accumulate, chain, compress

    // accumulate: [iterator, func or None, total or 0, initial or 0]
    private static final Builtin ACCUMULATE_NEW = Builtin.method("itertools.accumulate",
            "accumulate(cls, iterable, func=None, *, initial=None)", (s, a) -> {
        int base = s.ts.push(a.get(1));
        toIter(s, base);
        s.ts.push(a.get(2));
        s.ts.push(0);
        s.ts.push(a.get(3) == Py.NONE ? 0 : a.get(3));
        return make(s, "accumulate", base, 4);
    });

    private static long accumulateNext(Space s, int self) {
        long initial = field(s, self, 3);
        if (initial != 0) {
            set(s, self, 3, 0);
            set(s, self, 2, initial);
            return initial;
        }
        long x = advance(s, self, 0);
        if (x == 0) {
            return 0;
        }
        long total = field(s, self, 2);
        if (total == 0) {
            set(s, self, 2, x);
            return x;
        }
        int base = s.ts.push(field(s, self, 1));
        s.ts.push(total);
        s.ts.push(x);
        try {
            long r = s.ts.get(base) == Py.NONE ? Ops.binary(s, BinaryOp.ADD, base + 1, base + 2)
                    : Calls.call(s, base, base + 1, 2, -1);
            set(s, self, 2, r);
            return r;
        } finally {
            s.ts.truncate(base);
        }
    }

    // chain: [iterator over the iterables or 0, active iterator or 0]
    private static final Builtin CHAIN_NEW = Builtin.method("itertools.chain", "chain(cls, /, *iterables, **kwargs)", (s, a) -> {
        NativeObjects.positional(s, "chain", a, 0, Integer.MAX_VALUE);
        int base = s.ts.push(a.get(1));
        toIter(s, base);
        s.ts.push(0);
        return make(s, "chain", base, 2);
    });

    private static final Builtin CHAIN_FROM_ITERABLE = Builtin.method("chain",
            "from_iterable(cls, iterable, /)", (s, a) -> {
        int base = s.ts.push(a.get(1));
        toIter(s, base);
        s.ts.push(0);
        return make(s, "chain", base, 2);
    });

    private static long chainNext(Space s, int self) {
        while (true) {
            if (field(s, self, 1) == 0) {
                if (field(s, self, 0) == 0) {
                    return 0;
                }
                long source = advance(s, self, 0);
                if (source == 0) {
                    set(s, self, 0, 0);
                    return 0;
                }
                int it = s.ts.push(source);
                try {
                    toIter(s, it);
                    set(s, self, 1, s.ts.get(it));
                } finally {
                    s.ts.truncate(it);
                }
            }
            long x = advance(s, self, 1);
            if (x != 0) {
                return x;
            }
            set(s, self, 1, 0);
        }
    }

    // compress: [data iterator, selectors iterator]
    private static final Builtin COMPRESS_NEW = Builtin.method("itertools.compress", "compress(cls, data, selectors)", (s, a) -> {
        int base = s.ts.push(a.get(1));
        toIter(s, base);
        s.ts.push(a.get(2));
        toIter(s, base + 1);
        return make(s, "compress", base, 2);
    });

    private static long compressNext(Space s, int self) {
        while (true) {
            long d = advance(s, self, 0);
            if (d == 0) {
                return 0;
            }
            int x = s.ts.push(d);
            try {
                long sel = advance(s, self, 1);
                if (sel == 0) {
                    return 0;
                }
                s.ts.push(sel);
                if (Ops.truth(s, x + 1)) {
                    return s.ts.get(x);
                }
            } finally {
                s.ts.truncate(x);
            }
        }
    }

    // ---------------------------------------------------------------- predicates

    /** The item in {@code itemSlot} passes the predicate in field {@code f} (None: its own truth). */
    private static boolean test(Space s, int self, int f, int itemSlot) {
        if (field(s, self, f) == Py.NONE) {
            return Ops.truth(s, itemSlot);
        }
        int r = s.ts.push(call1(s, self, f, itemSlot));
        try {
            return Ops.truth(s, r);
        } finally {
            s.ts.truncate(r);
        }
    }

    private static long predicateIterator(Space s, Builtin.Args a, String name) {
        NativeObjects.positional(s, name, a, 2, 2);
        int base = s.ts.push(NativeObjects.arg(a, 0));
        s.ts.push(NativeObjects.arg(a, 1));
        toIter(s, base + 1);
        s.ts.push(Py.FALSE);
        return make(s, name, base, 3);
    }

    // dropwhile, takewhile, filterfalse: [predicate, iterator, done flag]
    private static final Builtin DROPWHILE_NEW = Builtin.method("itertools.dropwhile", "dropwhile(cls, /, *args, **kwargs)",
            (s, a) -> predicateIterator(s, a, "dropwhile"));
    private static final Builtin TAKEWHILE_NEW = Builtin.method("itertools.takewhile", "takewhile(cls, /, *args, **kwargs)",
            (s, a) -> predicateIterator(s, a, "takewhile"));
    private static final Builtin FILTERFALSE_NEW = Builtin.method("itertools.filterfalse", "filterfalse(cls, /, *args, **kwargs)",
            (s, a) -> predicateIterator(s, a, "filterfalse"));

    private static long dropwhileNext(Space s, int self) {
        while (true) {
            long v = advance(s, self, 1);
            if (v == 0) {
                return 0;
            }
            if (field(s, self, 2) == Py.TRUE) {
                return v;
            }
            int x = s.ts.push(v);
            try {
                if (!test(s, self, 0, x)) {
                    set(s, self, 2, Py.TRUE);
                    return s.ts.get(x);
                }
            } finally {
                s.ts.truncate(x);
            }
        }
    }

    private static long takewhileNext(Space s, int self) {
        if (field(s, self, 2) == Py.TRUE) {
            return 0;
        }
        long v = advance(s, self, 1);
        if (v == 0) {
            return 0;
        }
        int x = s.ts.push(v);
        try {
            if (test(s, self, 0, x)) {
                return s.ts.get(x);
            }
            set(s, self, 2, Py.TRUE);
            return 0;
        } finally {
            s.ts.truncate(x);
        }
    }

    private static long filterfalseNext(Space s, int self) {
        while (true) {
            long v = advance(s, self, 1);
            if (v == 0) {
                return 0;
            }
            int x = s.ts.push(v);
            try {
                if (!test(s, self, 0, x)) {
                    return s.ts.get(x);
                }
            } finally {
                s.ts.truncate(x);
            }
        }
    }

    // ---------------------------------------------------------------- groupby

    // groupby: [iterator, key function or None, target key, current key, current value, current grouper]
    // _grouper: [groupby, target key]. A grouper ends as soon as its groupby moves to another group.
    private static final int GB_IT = 0, GB_KEYFUNC = 1, GB_TGTKEY = 2, GB_CURRKEY = 3, GB_CURRVALUE = 4, GB_GROUPER = 5;

    private static final Builtin GROUPBY_NEW = Builtin.method("itertools.groupby", "groupby(cls, iterable, key=None)", (s, a) -> {
        int base = s.ts.push(a.get(1));
        toIter(s, base);
        s.ts.push(a.get(2));
        for (int i = 0; i < 4; i++) {
            s.ts.push(0);
        }
        return make(s, "groupby", base, 6);
    });

    /** Reads the next value and its key into the groupby; false when the source is exhausted. */
    private static boolean groupbyStep(Space s, int gb) {
        long v = advance(s, gb, GB_IT);
        if (v == 0) {
            return false;
        }
        int x = s.ts.push(v);
        try {
            long key = field(s, gb, GB_KEYFUNC) == Py.NONE ? v : call1(s, gb, GB_KEYFUNC, x);
            set(s, gb, GB_CURRVALUE, s.ts.get(x));
            set(s, gb, GB_CURRKEY, key);
            return true;
        } finally {
            s.ts.truncate(x);
        }
    }

    private static boolean keysEqual(Space s, int gb, long target) {
        int base = s.ts.push(target);
        s.ts.push(field(s, gb, GB_CURRKEY));
        try {
            return Ops.equal(s, base, base + 1);
        } finally {
            s.ts.truncate(base);
        }
    }

    private static long groupbyNext(Space s, int self) {
        set(s, self, GB_GROUPER, 0);
        while (true) {
            if (field(s, self, GB_CURRKEY) != 0) {
                long target = field(s, self, GB_TGTKEY);
                if (target == 0 || !keysEqual(s, self, target)) {
                    break;
                }
            }
            if (!groupbyStep(s, self)) {
                return 0;
            }
        }
        set(s, self, GB_TGTKEY, field(s, self, GB_CURRKEY));
        int base = s.ts.push(s.ts.get(self));
        s.ts.push(field(s, self, GB_CURRKEY));
        try {
            long grouper = make(s, "_grouper", base, 2);
            set(s, self, GB_GROUPER, grouper);
            return Tuples.pair(s, field(s, self, GB_CURRKEY), field(s, self, GB_GROUPER));
        } finally {
            s.ts.truncate(base);
        }
    }

    private static long grouperNext(Space s, int self) {
        int gb = s.ts.push(field(s, self, 0));
        try {
            if (field(s, gb, GB_GROUPER) != s.ts.get(self)) {
                return 0;
            }
            if (field(s, gb, GB_CURRVALUE) == 0 && !groupbyStep(s, gb)) {
                return 0;
            }
            if (!keysEqual(s, gb, field(s, self, 1))) {
                return 0;
            }
            long v = field(s, gb, GB_CURRVALUE);
            set(s, gb, GB_CURRVALUE, 0);
            return v;
        } finally {
            s.ts.truncate(gb);
        }
    }

    // ---------------------------------------------------------------- islice

    // islice: [iterator or 0 when done, next index to yield, stop or -1, step, items consumed]
    private static final Builtin ISLICE_NEW = Builtin.method("itertools.islice", "islice(cls, /, *args, **kwargs)", (s, a) -> {
        int given = NativeObjects.positional(s, "islice", a, 2, 4);
        // Lay the arguments out in slots: iterable, then up to three indices.
        int argBase = s.ts.top();
        for (int i = 0; i < 4; i++) {
            s.ts.push(NativeObjects.arg(a, i));
        }
        long r = islice(s, argBase, given);
        s.ts.truncate(argBase);
        return r;
    });

    private static long islice(Space s, int args, int given) {
        long start = 0, stop, step = 1;
        if (given == 2) {
            stop = sliceIndex(s, args + 1, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        } else {
            start = sliceIndex(s, args + 1, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            stop = sliceIndex(s, args + 2, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            start = Math.max(start, 0);
            if (given == 4 && s.ts.get(args + 3) != Py.NONE) {
                long st = -1;
                if (s.isInt(s.ts.get(args + 3)) || s.typeOf(s.ts.get(args + 3)).lookup("__index__") != 0) {
                    BigInteger v = s.bigValue(BuiltinFunctions.index(s, args + 3));
                    st = v.signum() <= 0 ? -1 : v.bitLength() > 62 ? MAX_INDEX : v.longValue();
                }
                if (st <= 0) {
                    throw Errors.valueError(s, "Step for islice() must be a positive integer or None.");
                }
                step = st;
            }
        }
        int base = s.ts.push(s.ts.get(args));
        toIter(s, base);
        s.ts.push(Py.smallInt(start));
        s.ts.push(Py.smallInt(stop));
        s.ts.push(Py.smallInt(step));
        s.ts.push(Py.smallInt(0));
        return make(s, "islice", base, 5);
    }

    /** An islice index: None is -1 (no bound), else an int in [0, sys.maxsize]. */
    private static long sliceIndex(Space s, int slot, String message) {
        long w = s.ts.get(slot);
        if (w == Py.NONE) {
            return -1;
        }
        if (!s.isInt(w) && s.typeOf(w).lookup("__index__") == 0) {
            throw Errors.valueError(s, message);
        }
        BigInteger v = s.bigValue(BuiltinFunctions.index(s, slot));
        if (v.signum() < 0 || v.bitLength() > 63) {
            throw Errors.valueError(s, message);
        }
        return v.bitLength() > 62 ? MAX_INDEX : v.longValue();
    }

    private static long isliceNext(Space s, int self) {
        if (field(s, self, 0) == 0) {
            return 0;
        }
        long stop = intField(s, self, 2);
        while (intField(s, self, 4) < intField(s, self, 1)) {
            if (advance(s, self, 0) == 0) {
                set(s, self, 0, 0);
                return 0;
            }
            set(s, self, 4, Py.smallInt(intField(s, self, 4) + 1));
        }
        if (stop >= 0 && intField(s, self, 4) >= stop) {
            set(s, self, 0, 0);
            return 0;
        }
        long v = advance(s, self, 0);
        if (v == 0) {
            set(s, self, 0, 0);
            return 0;
        }
        long o = s.ts.get(self);
        Space.initItem(o, 4, Py.smallInt(Py.smallValue(field(o, 4)) + 1));
        long next = Math.min(MAX_INDEX, Py.smallValue(field(o, 1)) + Py.smallValue(field(o, 3)));
        if (stop >= 0 && next > stop) {
            next = stop;
        }
        Space.initItem(o, 1, Py.smallInt(next));
        return v;
    }

    // ---------------------------------------------------------------- pairwise, starmap

    // pairwise: [iterator or 0 when done, previous item or 0]
    private static final Builtin PAIRWISE_NEW = Builtin.method("itertools.pairwise", "pairwise(cls, /, *args, **kwargs)", (s, a) -> {
        NativeObjects.positional(s, "pairwise", a, 1, 1);
        int base = s.ts.push(NativeObjects.arg(a, 0));
        toIter(s, base);
        s.ts.push(0);
        return make(s, "pairwise", base, 2);
    });

    private static long pairwiseNext(Space s, int self) {
        if (field(s, self, 0) == 0) {
            return 0;
        }
        if (field(s, self, 1) == 0) {
            long first = advance(s, self, 0);
            if (first == 0) {
                set(s, self, 0, 0);
                return 0;
            }
            set(s, self, 1, first);
        }
        long v = advance(s, self, 0);
        if (v == 0) {
            set(s, self, 0, 0);
            set(s, self, 1, 0);
            return 0;
        }
        int x = s.ts.push(v);
        try {
            long pair = Tuples.pair(s, field(s, self, 1), s.ts.get(x));
            set(s, self, 1, s.ts.get(x));
            return pair;
        } finally {
            s.ts.truncate(x);
        }
    }

    // starmap: [function, iterator]
    private static final Builtin STARMAP_NEW = Builtin.method("itertools.starmap", "starmap(cls, /, *args, **kwargs)", (s, a) -> {
        NativeObjects.positional(s, "starmap", a, 2, 2);
        int base = s.ts.push(NativeObjects.arg(a, 0));
        s.ts.push(NativeObjects.arg(a, 1));
        toIter(s, base + 1);
        return make(s, "starmap", base, 2);
    });

    private static long starmapNext(Space s, int self) {
        long args = advance(s, self, 1);
        if (args == 0) {
            return 0;
        }
        int base = s.ts.push(field(s, self, 0));
        s.ts.push(args);
        try {
            s.ts.set(base + 1, tupleOf(s, base + 1));
            return CallSupport.callEx(s, base, base + 1, -1);
        } finally {
            s.ts.truncate(base);
        }
    }

    // ---------------------------------------------------------------- tee

    // _tee: [current block, index in the block]. Block (_tee_dataobject): [source iterator, next
    // block or 0, items filled, items...]. All tees of one source share the blocks.
    private static final Builtin TEE = Builtin.function("tee(iterable, n=2, /)", (s, a) -> {
        long n = ssize(s, a.slot(1));
        if (n < 0) {
            throw Errors.valueError(s, "n must be >= 0");
        }
        if (n == 0) {
            return s.emptyTuple();
        }
        int base = s.ts.push(a.get(0));
        toIter(s, base);
        if (s.typeOf(s.ts.get(base)) != typeOf(s, "_tee")) {
            s.ts.set(base, newTee(s, base));
        }
        for (long i = 1; i < n; i++) {
            s.ts.push(teeCopy(s, base));
        }
        long t = s.newTupleFromRoots(base, (int) n);
        s.ts.truncate(base);
        return t;
    });

    private static long newBlock(Space s, long iterator) {
        int it = s.ts.push(iterator);
        long block = NativeObjects.alloc(s, typeOf(s, "_tee_dataobject"), 3 + TEE_BLOCK);
        Space.initItem(block, 0, s.ts.get(it));
        Space.initItem(block, 2, Py.smallInt(0));
        s.ts.truncate(it);
        return block;
    }

    private static long newTee(Space s, int iteratorSlot) {
        int b = s.ts.push(newBlock(s, s.ts.get(iteratorSlot)));
        s.ts.push(Py.smallInt(0));
        long tee = make(s, "_tee", b, 2);
        s.ts.truncate(b);
        return tee;
    }

    private static long teeCopy(Space s, int teeSlot) {
        int b = s.ts.push(field(s, teeSlot, 0));
        s.ts.push(field(s, teeSlot, 1));
        long tee = make(s, "_tee", b, 2);
        s.ts.truncate(b);
        return tee;
    }

    private static final Builtin TEE_COPY = Builtin.method("itertools._tee", "__copy__(self, /)",
            (s, a) -> teeCopy(s, a.slot(0)));

    private static long teeNext(Space s, int self) {
        long i = intField(s, self, 1);
        if (i == TEE_BLOCK) {
            long block = field(s, self, 0);
            if (field(block, 1) == 0) {
                long next = newBlock(s, field(block, 0));
                set(s, field(s, self, 0), 1, next);
            }
            set(s, self, 0, field(field(s, self, 0), 1));
            set(s, self, 1, Py.smallInt(0));
            i = 0;
        }
        int b = s.ts.push(field(s, self, 0));
        try {
            long filled = intField(s, b, 2);
            if (i < filled) {
                set(s, self, 1, Py.smallInt(i + 1));
                return field(s, b, (int) (3 + i));
            }
            long v = advance(s, b, 0);
            if (v == 0) {
                return 0;
            }
            // Another tee of this source may have filled the slot while the source ran.
            filled = intField(s, b, 2);
            set(s, b, (int) (3 + filled), v);
            Space.initItem(s.ts.get(b), 2, Py.smallInt(filled + 1));
            set(s, self, 1, Py.smallInt(i + 1));
            return field(s, b, (int) (3 + i));
        } finally {
            s.ts.truncate(b);
        }
    }

    // ---------------------------------------------------------------- zip_longest

    // zip_longest: [storage of iterators (0 once exhausted), fill value, active count]
    private static final Builtin ZIP_LONGEST_NEW = Builtin.method("itertools.zip_longest",
            "zip_longest(cls, /, *iterables, **kwargs)", (s, a) -> {
        long kw = a.get(2);
        long fill = Py.NONE;
        if (Dicts.size(kw) > 0) {
            fill = Dicts.getStr(s, kw, "fillvalue");
            if (fill == 0 || Dicts.size(kw) > 1) {
                throw Errors.typeError(s, "zip_longest() got an unexpected keyword argument");
            }
        }
        a.set(2, fill);
        int n = (int) Space.length(a.get(1));
        int base = s.ts.push(s.newStorage(n));
        for (int i = 0; i < n; i++) {
            int x = s.ts.push(Space.item(a.get(1), i));
            toIter(s, x);
            s.setItem(s.ts.get(base), i, s.ts.get(x));
            s.ts.truncate(x);
        }
        s.ts.push(a.get(2));
        s.ts.push(Py.smallInt(n));
        return make(s, "zip_longest", base, 3);
    });

    private static long zipLongestNext(Space s, int self) {
        int n = (int) Space.length(field(s, self, 0));
        if (n == 0 || intField(s, self, 2) == 0) {
            return 0;
        }
        int base = s.ts.top();
        try {
            for (int i = 0; i < n; i++) {
                long it = Space.item(field(s, self, 0), i);
                if (it == 0) {
                    s.ts.push(field(s, self, 1));
                    continue;
                }
                int x = s.ts.push(it);
                long v = Ops.next(s, x);
                if (v == 0) {
                    long active = intField(s, self, 2) - 1;
                    set(s, self, 2, Py.smallInt(active));
                    if (active == 0) {
                        return 0;
                    }
                    set(s, field(s, self, 0), i, 0);
                    v = field(s, self, 1);
                }
                s.ts.set(x, v);
            }
            return s.newTupleFromRoots(base, n);
        } finally {
            s.ts.truncate(base);
        }
    }

    // ---------------------------------------------------------------- product

    // product: [tuple of pools, index storage, last result or 0 before the first, stopped flag]
    private static final Builtin PRODUCT_NEW = Builtin.method("itertools.product", "product(cls, /, *iterables, **kwargs)", (s, a) -> {
        long kw = a.get(2);
        long repeat = 1;
        for (long e = 0; e < Dicts.entryCount(kw); e++) {
            long k = Dicts.keyAt(kw, e);
            if (k != 0 && !s.str(k).equals("repeat")) {
                throw Errors.typeError(s, "'" + s.str(k) + "' is an invalid keyword argument for product()");
            }
        }
        if (Dicts.size(kw) > 0) {
            a.set(2, Dicts.getStr(s, kw, "repeat"));
            repeat = ssize(s, a.slot(2));
        }
        if (repeat < 0) {
            throw Errors.valueError(s, "repeat argument cannot be negative");
        }
        int npools = (int) Space.length(a.get(1));
        int base = s.ts.top();
        for (int i = 0; i < npools; i++) {
            int x = s.ts.push(Space.item(a.get(1), i));
            s.ts.set(x, tupleOf(s, x));
        }
        long total = npools * repeat;
        if (total > Integer.MAX_VALUE) {
            throw Errors.raise(s, "OverflowError", "repeat argument too large");
        }
        for (long r = 1; r < repeat; r++) {
            for (int i = 0; i < npools; i++) {
                s.ts.push(s.ts.get(base + i));
            }
        }
        long pools = s.newTupleFromRoots(base, (int) (repeat == 0 ? 0 : total));
        s.ts.truncate(base);
        s.ts.push(pools);
        s.ts.push(intStorage(s, new long[(int) (repeat == 0 ? 0 : total)]));
        s.ts.push(0);
        s.ts.push(Py.FALSE);
        return make(s, "product", base, 4);
    });

    private static long productNext(Space s, int self) {
        if (field(s, self, 3) == Py.TRUE) {
            return 0;
        }
        long pools = field(s, self, 0);
        int n = (int) Space.length(pools);
        if (field(s, self, 2) == 0) {
            for (int i = 0; i < n; i++) {
                if (Space.length(Space.item(pools, i)) == 0) {
                    set(s, self, 3, Py.TRUE);
                    return 0;
                }
            }
            int base = s.ts.top();
            for (int i = 0; i < n; i++) {
                s.ts.push(Space.item(Space.item(field(s, self, 0), i), 0));
            }
            long t = s.newTupleFromRoots(base, n);
            s.ts.truncate(base);
            set(s, self, 2, t);
            return t;
        }
        long indices = field(s, self, 1);
        int i = n - 1;
        for (; i >= 0; i--) {
            long k = at(indices, i) + 1;
            if (k < Space.length(Space.item(pools, i))) {
                put(indices, i, k);
                break;
            }
            put(indices, i, 0);
        }
        if (i < 0) {
            set(s, self, 3, Py.TRUE);
            return 0;
        }
        int base = s.ts.top();
        for (int k = 0; k < n; k++) {
            long o = s.ts.get(self);
            s.ts.push(Space.item(Space.item(field(o, 0), k), at(field(o, 1), k)));
        }
        long t = s.newTupleFromRoots(base, n);
        s.ts.truncate(base);
        set(s, self, 2, t);
        return t;
    }

    // ---------------------------------------------------------------- permutations, combinations

    private static long rArgument(Space s, Builtin.Args a, int i) {
        long r = ssize(s, a.slot(i));
        if (r < 0) {
            throw Errors.valueError(s, "r must be non-negative");
        }
        return r;
    }

    // permutations: [pool tuple, indices, cycles, r, started flag, stopped flag]
    private static final Builtin PERMUTATIONS_NEW = Builtin.method("itertools.permutations",
            "permutations(cls, iterable, r=None)", (s, a) -> {
        int base = s.ts.push(a.get(1));
        s.ts.set(base, tupleOf(s, base));
        int n = (int) Space.length(s.ts.get(base));
        long r = n;
        if (a.get(2) != Py.NONE) {
            if (!s.isInt(a.get(2))) {
                throw Errors.typeError(s, "Expected int as r");
            }
            r = rArgument(s, a, 2);
        }
        long[] indices = new long[n];
        long[] cycles = new long[(int) Math.min(r, n)];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        for (int i = 0; i < cycles.length; i++) {
            cycles[i] = n - i;
        }
        s.ts.push(intStorage(s, indices));
        s.ts.push(intStorage(s, cycles));
        s.ts.push(Py.smallInt(Math.min(r, MAX_INDEX)));
        s.ts.push(Py.FALSE);
        s.ts.push(Py.bool(r > n));
        return make(s, "permutations", base, 6);
    });

    private static long permutationsNext(Space s, int self) {
        if (field(s, self, 5) == Py.TRUE) {
            return 0;
        }
        int r = (int) intField(s, self, 3);
        if (field(s, self, 4) == Py.FALSE) {
            set(s, self, 4, Py.TRUE);
            return pick(s, self, 0, 1, r);
        }
        long o = s.ts.get(self);
        long indices = field(o, 1), cycles = field(o, 2);
        int n = (int) Space.length(field(o, 0));
        for (int i = r - 1; i >= 0 && n > 0; i--) {
            long c = at(cycles, i) - 1;
            if (c == 0) {
                // Rotate indices[i:] left by one.
                long first = at(indices, i);
                for (int k = i; k < n - 1; k++) {
                    put(indices, k, at(indices, k + 1));
                }
                put(indices, n - 1, first);
                put(cycles, i, n - i);
            } else {
                put(cycles, i, c);
                int j = (int) (n - c);
                long t = at(indices, i);
                put(indices, i, at(indices, j));
                put(indices, j, t);
                return pick(s, self, 0, 1, r);
            }
        }
        set(s, self, 5, Py.TRUE);
        return 0;
    }

    // combinations, combinations_with_replacement: [pool tuple, indices, started flag, stopped flag]
    private static long combinatoric(Space s, Builtin.Args a, String name, boolean replacement) {
        long r = rArgument(s, a, 2);
        int base = s.ts.push(a.get(1));
        s.ts.set(base, tupleOf(s, base));
        int n = (int) Space.length(s.ts.get(base));
        boolean empty = replacement ? n == 0 && r > 0 : r > n;
        long[] indices = new long[empty ? 0 : (int) r];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = replacement ? 0 : i;
        }
        s.ts.push(intStorage(s, indices));
        s.ts.push(Py.FALSE);
        s.ts.push(Py.bool(empty));
        return make(s, name, base, 4);
    }

    private static final Builtin COMBINATIONS_NEW = Builtin.method("itertools.combinations",
            "combinations(cls, iterable, r)", (s, a) -> combinatoric(s, a, "combinations", false));
    private static final Builtin CWR_NEW = Builtin.method("itertools.combinations_with_replacement",
            "combinations_with_replacement(cls, iterable, r)", (s, a) -> combinatoric(s, a, "combinations_with_replacement", true));

    private static long combinationsNext(Space s, int self) {
        if (field(s, self, 3) == Py.TRUE) {
            return 0;
        }
        long indices = field(s, self, 1);
        int r = (int) Space.length(indices);
        if (field(s, self, 2) == Py.FALSE) {
            set(s, self, 2, Py.TRUE);
            return pick(s, self, 0, 1, r);
        }
        int n = (int) Space.length(field(s, self, 0));
        int i = r - 1;
        while (i >= 0 && at(indices, i) == i + n - r) {
            i--;
        }
        if (i < 0) {
            set(s, self, 3, Py.TRUE);
            return 0;
        }
        put(indices, i, at(indices, i) + 1);
        for (int j = i + 1; j < r; j++) {
            put(indices, j, at(indices, j - 1) + 1);
        }
        return pick(s, self, 0, 1, r);
    }

    private static long combinationsWithReplacementNext(Space s, int self) {
        if (field(s, self, 3) == Py.TRUE) {
            return 0;
        }
        long indices = field(s, self, 1);
        int r = (int) Space.length(indices);
        if (field(s, self, 2) == Py.FALSE) {
            set(s, self, 2, Py.TRUE);
            return pick(s, self, 0, 1, r);
        }
        int n = (int) Space.length(field(s, self, 0));
        int i = r - 1;
        while (i >= 0 && at(indices, i) == n - 1) {
            i--;
        }
        if (i < 0) {
            set(s, self, 3, Py.TRUE);
            return 0;
        }
        long v = at(indices, i) + 1;
        for (int j = i; j < r; j++) {
            put(indices, j, v);
        }
        return pick(s, self, 0, 1, r);
    }
}
