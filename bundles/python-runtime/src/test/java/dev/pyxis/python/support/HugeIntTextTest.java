package dev.pyxis.python.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decimal and power-of-two text of ints far beyond the digit limit (limit switched off), where
 * the divide-and-conquer paths run; checked against the JDK's own (quadratic) conversions.
 */
class HugeIntTextTest {
    @Test
    void parsesHundredThousandDigits() {
        String nines = "9".repeat(100_000);
        BigInteger v = IntParser.parse(nines, 10, 0);
        assertEquals(BigInteger.TEN.pow(100_000).subtract(BigInteger.ONE), v);
        assertEquals(nines, IntText.toDecimal(v, 0));
    }

    @Test
    void parsesRandomHugeLiteralsInEveryBase() {
        Random r = new Random(7);
        for (int base : new int[] {10, 7, 16, 2, 36, 32}) {
            BigInteger v = new BigInteger(r.nextInt(30_000, 60_000), r);
            String text = (base == 16 ? "0x_" : "-") + v.toString(base);
            BigInteger expected = base == 16 ? v : v.negate();
            assertEquals(expected, IntParser.parse(text, base, 0), "base " + base);
        }
    }

    @Test
    void limitCountsDigitsNotSign() {
        String ok = "-" + "1".repeat(IntText.DEFAULT_MAX_STR_DIGITS);
        BigInteger v = IntParser.parse(ok, 10, IntText.DEFAULT_MAX_STR_DIGITS);
        assertEquals(ok, IntText.toDecimal(v, IntText.DEFAULT_MAX_STR_DIGITS));
        PyFailure f = assertThrows(PyFailure.class,
                () -> IntText.toDecimal(v.multiply(BigInteger.TEN), IntText.DEFAULT_MAX_STR_DIGITS));
        assertEquals("Exceeds the limit (4300 digits) for integer string conversion; use "
                + "sys.set_int_max_str_digits() to increase the limit", f.getMessage());
    }
}
