package dev.pyxis.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyxis.gc.marksweep.MarkSweepProvider;
import dev.pyxis.gc.semispace.SemiSpaceProvider;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.HeapConfig;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exception groups, except* and recursion through Java code, driven from Java under both
 * collectors with a collection at every allocation: every word held across an allocation must
 * stay rooted.
 */
class ExceptionGroupsTest {
    static Stream<Arguments> modes() {
        HeapConfig normal = HeapConfig.ofSize(8 << 20);
        HeapConfig stress = normal.withStress(true, 1);
        return Stream.of(
                Arguments.of("semispace", new SemiSpaceProvider(), normal),
                Arguments.of("semispace-stress-checked", new SemiSpaceProvider(), stress.withChecked(true)),
                Arguments.of("marksweep", new MarkSweepProvider(), normal),
                Arguments.of("marksweep-stress-checked", new MarkSweepProvider(), stress.withChecked(true)));
    }

    /** A space with the exception methods (the tests need no other builtins). */
    private static Space space(HeapConfig config, CollectorProvider collector) {
        Space s = PythonSpace.create(config, collector);
        ExceptionMethods.install(s);
        ExceptionGroups.install(s);
        return s;
    }

    /** Pushes ExceptionGroup('batch', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [ValueError('v2')])]). */
    private static int batch(Space s) {
        int list = s.ts.push(Lists.create(s, 3));
        int item = s.ts.push(Exceptions.create(s, s.builtinTypes.get("ValueError"), "v1"));
        Lists.append(s, list, item);
        s.ts.set(item, Exceptions.create(s, s.builtinTypes.get("TypeError"), "t1"));
        Lists.append(s, list, item);
        int inner = s.ts.push(Lists.create(s, 1));
        s.ts.set(item, Exceptions.create(s, s.builtinTypes.get("ValueError"), "v2"));
        Lists.append(s, inner, item);
        s.ts.set(item, ExceptionGroups.newGroup(s, "inner", inner));
        Lists.append(s, list, item);
        s.ts.set(list, ExceptionGroups.newGroup(s, "batch", list));
        s.ts.truncate(item);
        return list;
    }

    private static String repr(Space s, long w) {
        int slot = s.ts.push(w);
        try {
            return Ops.reprString(s, slot);
        } finally {
            s.ts.truncate(slot);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void splitKeepsTheNestingOfEachPart(String mode, CollectorProvider collector, HeapConfig config) {
        Space s = space(config, collector);
        try {
            splitRounds(s);
        } catch (PyException e) {
            int exc = s.ts.push(s.ts.takeRaised());
            throw new AssertionError(TracebackPrinter.format(s, exc));
        }
    }

    private static void splitRounds(Space s) {
        for (int round = 0; round < 20; round++) {
            int eg = batch(s);
            assertEquals("batch (3 sub-exceptions)", Exceptions.str(s, eg));
            int call = s.ts.push(Attributes.get(s, eg, "split"));
            s.ts.push(s.typeWord(s.builtinTypes.get("ValueError")));
            long pair = Calls.callSlots(s, call, 1);
            s.ts.set(call, pair);
            assertEquals("ExceptionGroup('batch', [ValueError('v1'), ExceptionGroup('inner', [ValueError('v2')])])",
                    repr(s, Space.item(s.ts.get(call), 0)));
            assertEquals("ExceptionGroup('batch', [TypeError('t1')])", repr(s, Space.item(s.ts.get(call), 1)));
            s.ts.truncate(eg);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void exceptStarReraisesWhatNoClauseHandled(String mode, CollectorProvider collector, HeapConfig config) {
        Space s = space(config, collector);
        int orig = batch(s);
        // CHECK_EG_MATCH: [eg, type] -> [rest, match].
        int list = s.ts.push(Lists.create(s, 0));
        int e = s.ts.push(s.ts.get(orig));
        s.ts.push(s.typeWord(s.builtinTypes.get("LookupError")));
        ExceptionGroups.checkMatch(s, e + 2);
        assertEquals("None", repr(s, s.ts.get(e + 1)));
        s.ts.set(e + 1, s.typeWord(s.builtinTypes.get("ValueError")));
        ExceptionGroups.checkMatch(s, e + 2);
        assertEquals("ExceptionGroup('batch', [ValueError('v1'), ExceptionGroup('inner', [ValueError('v2')])])",
                repr(s, s.ts.get(e + 1)));
        // The clause handled its match; the rest goes to the list, and only it is re-raised.
        Lists.append(s, list, e);
        long reraise = ExceptionGroups.prepReraise(s, orig, list);
        assertEquals("ExceptionGroup('batch', [TypeError('t1')])", repr(s, reraise));
        s.ts.truncate(orig);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void groupTracebacksDrawNestedBoxes(String mode, CollectorProvider collector, HeapConfig config) {
        Space s = space(config, collector);
        int eg = batch(s);
        assertEquals("""
                  | ExceptionGroup: batch (3 sub-exceptions)
                  +-+---------------- 1 ----------------
                    | ValueError: v1
                    +---------------- 2 ----------------
                    | TypeError: t1
                    +---------------- 3 ----------------
                    | ExceptionGroup: inner (1 sub-exception)
                    +-+---------------- 1 ----------------
                      | ValueError: v2
                      +------------------------------------
                """, TracebackPrinter.format(s, eg));
        s.ts.truncate(eg);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void reprOfDeeplyNestedListsRaisesRecursionError(String mode, CollectorProvider collector, HeapConfig config) {
        Space s = space(config, collector);
        int list = s.ts.push(Lists.create(s, 0));
        int outer = s.ts.push(0);
        for (int i = 0; i < 3000; i++) {
            s.ts.set(outer, Lists.create(s, 1));
            Lists.append(s, outer, list);
            s.ts.set(list, s.ts.get(outer));
        }
        int depth = s.ts.depth;
        assertThrows(PyException.class, () -> Ops.reprString(s, list));
        long exc = s.ts.takeRaised();
        assertEquals("RecursionError", s.typeOf(exc).name);
        assertEquals("maximum recursion depth exceeded while getting the repr of an object",
                s.str(Space.item(Exceptions.args(exc), 0)));
        assertEquals(depth, s.ts.depth);
        s.ts.truncate(list);
    }
}
