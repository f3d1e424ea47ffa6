package dev.pyxis.python.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every code point U+0000..U+10FFFF against CPython 3.11 (expected-codepoints.txt.gz, written by
 * tools/gen-unicode-tests.py): the str predicates, the full case mappings of one-character
 * strings, and the unicodedata properties.
 */
class UnicodePropertiesTest {

    @Test
    void everyCodePointAgreesWithCPython() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        try (BufferedReader in = ExpectedCases.open("expected-codepoints.txt.gz")) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                int start = Integer.parseInt(f[0], 16), end = Integer.parseInt(f[1], 16);
                String expected = expectedFields(f);
                for (int cp = start; cp <= end; cp++) {
                    String actual = actualFields(cp);
                    checked++;
                    if (!actual.equals(expected) && failures.size() < 50) {
                        failures.add(String.format("U+%04X expected %s%n        actual   %s", cp, expected, actual));
                    }
                }
            }
        }
        assertEquals(0x110000, checked);
        assertTrue(failures.isEmpty(), () -> "code points disagreeing with CPython 3.11 (first 50):\n"
                + String.join("\n", failures));
    }

    /** The expected fields of a run, with the numeric value in Java's notation. */
    private static String expectedFields(String[] f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 2; i < f.length; i++) {
            String field = f[i];
            if (i == f.length - 1 && !field.equals("-")) {
                field = Double.toString(Double.parseDouble(field));
            }
            sb.append(i > 2 ? " " : "").append(field);
        }
        return sb.toString();
    }

    private static String actualFields(int cp) {
        StringBuilder s = new StringBuilder();
        CodePoints.append(s, cp);
        String c = s.toString();
        StringBuilder flags = new StringBuilder();
        flag(flags, 'a', UnicodeProperties.isAlpha(cp));
        flag(flags, 'd', UnicodeProperties.isDecimal(cp));
        flag(flags, 'g', UnicodeProperties.isDigit(cp));
        flag(flags, 'n', UnicodeProperties.isNumeric(cp));
        flag(flags, 's', UnicodeProperties.isSpace(cp));
        flag(flags, 'l', UnicodeProperties.isLower(cp));
        flag(flags, 'u', UnicodeProperties.isUpper(cp));
        flag(flags, 't', StrPredicates.isTitle(c));
        flag(flags, 'p', UnicodeProperties.isPrintable(cp));
        flag(flags, 'T', UnicodeProperties.isTitle(cp));
        flag(flags, 'S', StrPredicates.isIdentifier(c));
        flag(flags, 'C', StrPredicates.isIdentifier("a" + c));
        flag(flags, 'A', UnicodeProperties.isAlnum(cp));
        double numeric = UnicodeProperties.numeric(cp);
        return String.join(" ",
                flags.isEmpty() ? "-" : flags.toString(),
                mapping(cp, CaseMapping.lower(c)), mapping(cp, CaseMapping.upper(c)),
                mapping(cp, CaseMapping.title(c)), mapping(cp, CaseMapping.casefold(c)),
                mapping(cp, CaseMapping.swapcase(c)),
                UnicodeProperties.category(cp),
                UnicodeProperties.bidirectional(cp).isEmpty() ? "-" : UnicodeProperties.bidirectional(cp),
                Integer.toString(UnicodeProperties.combining(cp)), UnicodeProperties.eastAsianWidth(cp),
                UnicodeProperties.mirrored(cp) ? "1" : "0",
                Integer.toString(UnicodeProperties.decimal(cp)), Integer.toString(UnicodeProperties.digit(cp)),
                Double.isNaN(numeric) ? "-" : Double.toString(numeric));
    }

    private static void flag(StringBuilder sb, char letter, boolean on) {
        if (on) {
            sb.append(letter);
        }
    }

    /** The generator's notation: "d" + delta for one code point, else "x" + hex code points. */
    private static String mapping(int cp, String mapped) {
        if (CodePoints.length(mapped) == 1) {
            return "d" + (CodePoints.at(mapped, 0) - cp);
        }
        List<String> hex = new ArrayList<>();
        for (int i = 0; i < mapped.length(); ) {
            int m = CodePoints.at(mapped, i);
            hex.add(Integer.toHexString(m));
            i += CodePoints.width(m);
        }
        return "x" + String.join(",", hex);
    }
}
