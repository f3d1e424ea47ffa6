package dev.pyxis.python3.traceback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Anchors as CPython 3.11 printed them for the same failing segments (checked by hand with its tracebacks). */
class CaretAnchorsTest {
    @Test
    void binaryOperatorIsTheAnchor() {
        assertArrayEquals(new int[] {2, 3}, CaretAnchors.of("a + b"));
        assertArrayEquals(new int[] {4, 6}, CaretAnchors.of("(a) // b"));
    }

    @Test
    void subscriptAnchorsTheBrackets() {
        assertArrayEquals(new int[] {1, 4}, CaretAnchors.of("x[1]"));
        assertArrayEquals(new int[] {6, 9}, CaretAnchors.of("b\"abc\"[9]"));
        assertArrayEquals(new int[] {6, 11}, CaretAnchors.of("b\"abc\"[1:2]"));
        assertArrayEquals(new int[] {6, 9}, CaretAnchors.of("b\"abc\"[x]"));
    }

    /** CPython's optimizer folds these to constants before it looks for a subscript. */
    @Test
    void foldableSubscriptsHaveNone() {
        assertNull(CaretAnchors.of("b\"abc\"[1]"));
        assertNull(CaretAnchors.of("(1,2)[0]"));
        assertNull(CaretAnchors.of("\"abc\"[-1]"));
    }

    @Test
    void otherExpressionsHaveNone() {
        assertNull(CaretAnchors.of("f(x)"));
        assertNull(CaretAnchors.of("x = 1"));
    }
}
