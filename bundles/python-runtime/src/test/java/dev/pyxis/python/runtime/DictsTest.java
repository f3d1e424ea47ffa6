package dev.pyxis.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.HeapConfig;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * dict against a Java LinkedHashMap model: random inserts, overwrites and deletes of int, big int,
 * float and str keys, with a collection at every allocation. Order, sizes and values must match
 * after every step; 1 and 1.0 are the same key, as in Python.
 */
class DictsTest {
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> modes() {
        return InterpreterTest.modes();
    }

    /** Makes the heap key for a model key: Long -> int, BigInteger -> big int, String -> str. */
    private static long key(Space s, Object k) {
        return switch (k) {
            case Long l -> s.newInt(l);
            case BigInteger b -> s.newInt(b);
            case String str -> s.newStr(str);
            default -> throw new IllegalArgumentException();
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void matchesAnInsertionOrderedModel(String mode, CollectorProvider collector, HeapConfig config) {
        Space s = PythonSpace.create(config, collector);
        Random random = new Random(42);
        Map<Object, Long> model = new LinkedHashMap<>();
        int dict = s.ts.push(Dicts.create(s));
        int steps = mode.contains("stress") ? 1500 : 20000;
        for (int step = 0; step < steps; step++) {
            Object k = switch (random.nextInt(3)) {
                case 0 -> (long) random.nextInt(300);
                case 1 -> BigInteger.ONE.shiftLeft(70).add(BigInteger.valueOf(random.nextInt(50)));
                default -> "k" + random.nextInt(300);
            };
            int base = s.ts.top();
            int keySlot = s.ts.push(key(s, k));
            if (random.nextInt(4) == 0) {
                long removed = Dicts.remove(s, s.ts.get(dict), s.ts.get(keySlot));
                Long expected = model.remove(k);
                assertEquals(expected == null ? 0 : Py.smallInt(expected), removed);
            } else {
                long v = step;
                int valueSlot = s.ts.push(Py.smallInt(v));
                Dicts.put(s, dict, keySlot, valueSlot);
                model.put(k, v);
            }
            s.ts.truncate(base);
            assertEquals(model.size(), Dicts.size(s.ts.get(dict)));
        }
        List<Object> keys = new ArrayList<>();
        long d = s.ts.get(dict);
        for (long e = 0; e < Dicts.entryCount(d); e++) {
            long k = Dicts.keyAt(d, e);
            if (k == 0) {
                continue;
            }
            Object jk = s.isStr(k) ? s.str(k) : (Object) (s.bigValue(k).bitLength() < 63 ? (Object) s.bigValue(k).longValue() : s.bigValue(k));
            keys.add(jk);
            assertEquals(Py.smallInt(model.get(jk)), Dicts.valueAt(d, e));
        }
        assertEquals(new ArrayList<>(model.keySet()), keys);
        for (Map.Entry<Object, Long> e : model.entrySet()) {
            int base = s.ts.push(key(s, e.getKey()));
            assertEquals(Py.smallInt(e.getValue()), Dicts.get(s, s.ts.get(dict), s.ts.get(base)));
            s.ts.truncate(base);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void equalNumbersAreOneKey(String mode, CollectorProvider collector, HeapConfig config) {
        Space s = PythonSpace.create(config, collector);
        int dict = s.ts.push(Dicts.create(s));
        int k1 = s.ts.push(Py.smallInt(1));
        int v1 = s.ts.push(s.newStr("int"));
        Dicts.put(s, dict, k1, v1);
        int k2 = s.ts.push(s.newFloat(1.0));
        int v2 = s.ts.push(s.newStr("float"));
        Dicts.put(s, dict, k2, v2);
        int k3 = s.ts.push(Py.TRUE);
        assertEquals(1, Dicts.size(s.ts.get(dict)));
        assertEquals("float", s.str(Dicts.get(s, s.ts.get(dict), s.ts.get(k3))));
        assertEquals(Py.smallInt(1), Dicts.keyAt(s.ts.get(dict), 0));
    }
}
