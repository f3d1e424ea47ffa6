package dev.pyxis.python.support;

import static dev.pyxis.python.support.Tables.big;
import static dev.pyxis.python.support.Tables.dbl;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** repr and format() of int, float, complex and str against CPython 3.11 tables. */
class FormatAgreementTest {
    private static final int LIMIT = IntText.DEFAULT_MAX_STR_DIGITS;

    @Test
    void floatRepr() {
        Tables.Check c = new Tables.Check("float_repr.tsv");
        for (String[] r : Tables.rows("float_repr.tsv")) {
            c.compare(r[0], r[1], () -> FloatRepr.repr(dbl(r[0])));
        }
        c.assertAll();
    }

    @Test
    void complexRepr() {
        Tables.Check c = new Tables.Check("complex_repr.tsv");
        for (String[] r : Tables.rows("complex_repr.tsv")) {
            c.compare(r[0] + " " + r[1], r[2], () -> ComplexMath.repr(dbl(r[0]), dbl(r[1])));
        }
        c.assertAll();
    }

    @Test
    void formatFloat() {
        Tables.Check c = new Tables.Check("float_format.tsv");
        for (String[] r : Tables.rows("float_format.tsv")) {
            c.compare(r[0] + " '" + r[1] + "'", r[2], () -> SpecFormatter.formatFloat(
                    FormatSpec.parse(r[1], "float", 0), dbl(r[0])));
        }
        c.assertAll();
    }

    @Test
    void formatInt() {
        Tables.Check c = new Tables.Check("int_format.tsv");
        for (String[] r : Tables.rows("int_format.tsv")) {
            BigInteger v = big(r[0]);
            c.compare(r[0] + " '" + r[1] + "'", r[2], () -> SpecFormatter.formatInt(
                    FormatSpec.parse(r[1], "int", 0), v, LIMIT));
            if (IntMath.fitsLong(v)) {
                c.compare("long " + r[0] + " '" + r[1] + "'", r[2], () -> SpecFormatter.formatInt(
                        FormatSpec.parse(r[1], "int", 0), v.longValue()));
            }
        }
        c.assertAll();
    }

    @Test
    void formatComplex() {
        Tables.Check c = new Tables.Check("complex_format.tsv");
        for (String[] r : Tables.rows("complex_format.tsv")) {
            c.compare(r[0] + " " + r[1] + " '" + r[2] + "'", r[3], () -> SpecFormatter.formatComplex(
                    FormatSpec.parse(r[2], "complex", 0), dbl(r[0]), dbl(r[1])));
        }
        c.assertAll();
    }

    @Test
    void formatStr() {
        Tables.Check c = new Tables.Check("str_format.tsv");
        for (String[] r : Tables.rows("str_format.tsv")) {
            c.compare("'" + r[0] + "' '" + r[1] + "'", r[2], () -> SpecFormatter.formatStr(
                    FormatSpec.parse(r[1], "str", 's'), r[0]));
        }
        c.assertAll();
    }

    @Test
    void percent() {
        Tables.Check c = new Tables.Check("percent.tsv");
        for (String[] r : Tables.rows("percent.tsv")) {
            c.compare(r[0] + " % " + r[2], r[3], () -> percent(r[0], r[1].charAt(0), r[2]));
        }
        c.assertAll();
    }

    /** What the object space does for "spec % value" with a single conversion. */
    private static String percent(String fmt, char kind, String value) {
        if (fmt.startsWith("%(")) {
            // The object space checks for a mapping argument before reading a key.
            throw PyFailure.typeError("format requires a mapping");
        }
        PercentFormat.Spec s = PercentFormat.parse(fmt, 1);
        int conv = s.conversion();
        if (conv > 0x7f || "diouxXeEfFgGcrsa".indexOf(conv) < 0) {
            int at = s.end() - Character.charCount(conv);
            throw PercentFormat.unsupported(conv, fmt.codePointCount(0, at));
        }
        return switch (kind) {
            case 'i' -> PercentFormat.formatInt(s.flags(), s.width(), s.precision(), conv, big(value), LIMIT);
            case 'f' -> PercentFormat.formatFloat(s.flags(), s.width(), s.precision(), conv, dbl(value));
            case 'c' -> PercentFormat.formatChar(s.flags(), s.width(), big(value));
            default -> PercentFormat.formatText(s.flags(), s.width(), s.precision(), switch (conv) {
                case 'r' -> StrRepr.repr(value);
                case 'a' -> StrRepr.ascii(value);
                default -> value;
            });
        };
    }
}
