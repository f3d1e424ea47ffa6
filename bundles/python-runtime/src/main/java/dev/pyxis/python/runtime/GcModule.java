package dev.pyxis.python.runtime;

import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.heap.api.HeapStats;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The gc module over the owned heap. collect() runs a real full collection of the heap (every
 * collection here is of CPython's oldest generation, 2). The heap reclaims cycles on its own,
 * so enable/disable only record the flag; thresholds are kept for get_threshold but do not
 * steer the collector. get_count is the heap's growth since the last collection in KiB.
 */
final class GcModule {
    private GcModule() {}

    /** The per-space state the module reports. */
    static final class State {
        boolean enabled = true;
        long[] thresholds = {700, 10, 10};
        long debug;
    }

    private static final List<Builtin> FUNCTIONS = new ArrayList<>();

    private static void function(String signature, Builtin.Body body) {
        FUNCTIONS.add(Builtin.function(signature, body));
    }

    static {
        function("collect(generation=2)", (s, a) -> {
            BigInteger g = s.bigValue(BuiltinFunctions.index(s, a.slot(0)));
            if (g.signum() < 0 || g.compareTo(BigInteger.TWO) > 0) {
                throw Errors.valueError(s, "invalid generation");
            }
            s.heap.collect(CollectionReason.EXPLICIT);
            // The heap does not count unreachable objects; CPython's usual answer after a quiet period.
            return Py.smallInt(0);
        });
        function("enable()", (s, a) -> {
            s.gc.enabled = true;
            return Py.NONE;
        });
        function("disable()", (s, a) -> {
            s.gc.enabled = false;
            return Py.NONE;
        });
        function("isenabled()", (s, a) -> Py.bool(s.gc.enabled));
        function("get_threshold()", (s, a) -> {
            int base = s.ts.top();
            for (long t : s.gc.thresholds) {
                s.ts.push(s.newInt(t));
            }
            try {
                return s.newTupleFromRoots(base, 3);
            } finally {
                s.ts.truncate(base);
            }
        });
        function("set_threshold(threshold0, threshold1=?, threshold2=?, /)", (s, a) -> {
            for (int i = 0; i < 3; i++) {
                if (a.given(i)) {
                    BigInteger v = s.bigValue(BuiltinFunctions.index(s, a.slot(i)));
                    s.gc.thresholds[i] = v.bitLength() < 32 ? v.longValue() : v.signum() * (long) Integer.MAX_VALUE;
                }
            }
            return Py.NONE;
        });
        function("get_count()", (s, a) -> {
            HeapStats st = s.heap.stats();
            long grown = Math.max(0, st.used() - st.liveAfterLastCollection()) / 1024;
            int base = s.ts.push(s.newInt(grown));
            s.ts.push(Py.smallInt(0));
            s.ts.push(Py.smallInt(0));
            try {
                return s.newTupleFromRoots(base, 3);
            } finally {
                s.ts.truncate(base);
            }
        });
        function("get_stats()", (s, a) -> {
            HeapStats st = s.heap.stats();
            int base = s.ts.top();
            try {
                for (int gen = 0; gen < 3; gen++) {
                    int d = s.ts.push(Dicts.create(s));
                    Dicts.putStr(s, d, "collections", s.newInt(gen == 2 ? st.collections() : 0));
                    Dicts.putStr(s, d, "collected", Py.smallInt(0));
                    Dicts.putStr(s, d, "uncollectable", Py.smallInt(0));
                }
                return Lists.fromRoots(s, base, 3);
            } finally {
                s.ts.truncate(base);
            }
        });
        function("get_debug()", (s, a) -> s.newInt(s.gc.debug));
        function("set_debug(flags, /)", (s, a) -> {
            s.gc.debug = s.bigValue(BuiltinFunctions.index(s, a.slot(0))).longValue();
            return Py.NONE;
        });
        function("is_tracked(obj, /)", (s, a) -> {
            long w = a.get(0);
            if (!Py.isObject(w)) {
                return Py.FALSE;
            }
            return Py.bool(switch (s.typeOf(w).nativeKind) {
                case INT, FLOAT, COMPLEX, STR, BYTES -> s.typeOf(w).heapType;
                default -> true;
            });
        });
        function("is_finalized(obj, /)", (s, a) -> Py.FALSE);
        function("freeze()", (s, a) -> Py.NONE);
        function("unfreeze()", (s, a) -> Py.NONE);
        function("get_freeze_count()", (s, a) -> Py.smallInt(0));
    }

    /** Creates the module object (on first import). */
    static long create(Space s) {
        int m = s.ts.push(Modules.create(s, "gc"));
        int d = s.ts.push(Modules.dict(s.ts.get(m)));
        try {
            for (Builtin b : FUNCTIONS) {
                Dicts.putStr(s, d, b.name(), Methods.builtin(s, b));
            }
            Dicts.putStr(s, d, "garbage", Lists.fromRoots(s, s.ts.top(), 0));
            Dicts.putStr(s, d, "callbacks", Lists.fromRoots(s, s.ts.top(), 0));
            String[] flags = {"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL"};
            for (int i = 0; i < flags.length; i++) {
                Dicts.putStr(s, d, flags[i], Py.smallInt(i == 3 ? 32 : 1L << i));
            }
            Dicts.putStr(s, d, "DEBUG_LEAK", Py.smallInt(38));
            return s.ts.get(m);
        } finally {
            s.ts.truncate(m);
        }
    }
}
