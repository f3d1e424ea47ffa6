package dev.pyxis.python.support;

import static dev.pyxis.python.support.Tables.big;
import static dev.pyxis.python.support.Tables.bits;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** float(), int(), complex() of str and str() of int against CPython 3.11 tables. */
class ParseAgreementTest {
    private static final int LIMIT = IntText.DEFAULT_MAX_STR_DIGITS;

    @Test
    void parseFloat() {
        Tables.Check c = new Tables.Check("float_parse.tsv");
        for (String[] r : Tables.rows("float_parse.tsv")) {
            c.compare("'" + r[0] + "'", r[1], () -> bits(FloatParser.parse(r[0])));
        }
        c.assertAll();
    }

    @Test
    void parseInt() {
        Tables.Check c = new Tables.Check("int_parse.tsv");
        for (String[] r : Tables.rows("int_parse.tsv")) {
            int base = Integer.parseInt(r[1]);
            String input = "'" + r[0] + "' base " + base;
            c.compare(input, r[2], () -> decimal(IntParser.parse(r[0], base, LIMIT)));
            if (!r[2].startsWith("!") && IntMath.fitsLong(big(r[2]))) {
                c.compare("long " + input, r[2], () -> Long.toString(IntParser.parseLong(r[0], base)));
            }
        }
        c.assertAll();
    }

    @Test
    void intToStr() {
        Tables.Check c = new Tables.Check("int_str.tsv");
        for (String[] r : Tables.rows("int_str.tsv")) {
            BigInteger v = big(r[1]);
            c.compare(r[0] + " " + r[1], r[2], () -> switch (r[0]) {
                case "str" -> IntText.toDecimal(v, LIMIT);
                case "bin" -> IntText.bin(v);
                case "oct" -> IntText.oct(v);
                default -> IntText.hex(v);
            });
            if (IntMath.fitsLong(v) && !r[0].equals("str")) {
                c.compare("long " + r[0] + " " + r[1], r[2], () -> switch (r[0]) {
                    case "bin" -> IntText.bin(v.longValue());
                    case "oct" -> IntText.oct(v.longValue());
                    default -> IntText.hex(v.longValue());
                });
            }
        }
        c.assertAll();
    }

    @Test
    void parseComplex() {
        Tables.Check c = new Tables.Check("complex_parse.tsv");
        for (String[] r : Tables.rows("complex_parse.tsv")) {
            c.compare("'" + r[0] + "'", r[1], () -> {
                double[] z = ComplexParser.parse(r[0]);
                return bits(z[0]) + "," + bits(z[1]);
            });
        }
        c.assertAll();
    }

    private static String decimal(BigInteger v) {
        return v.bitLength() < 10000 ? v.toString() : (v.signum() < 0 ? "-0x" : "0x") + v.abs().toString(16);
    }
}
