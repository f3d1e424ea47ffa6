package dev.pyxis.python.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the CPython-generated tables under src/test/resources/support (written by
 * regen_numbers.py) and compares rows, collecting every disagreement so that a failure shows
 * the agreement rate and the first differing rows.
 */
final class Tables {
    private Tables() {
    }

    /** The rows of a table, fields unescaped. */
    static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Tables.class.getResourceAsStream("/support/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing table " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                for (int i = 0; i < f.length; i++) {
                    f[i] = unescape(f[i]);
                }
                rows.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s, i + 1, i + 5, 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }

    static double dbl(String hexBits) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));
    }

    static String bits(double x) {
        return String.format("%016x", Double.doubleToRawLongBits(x));
    }

    static BigInteger big(String s) {
        if (s.startsWith("-0x")) {
            return new BigInteger(s.substring(3), 16).negate();
        }
        return s.startsWith("0x") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
    }

    /** Runs f, turning a PyFailure into the table's "!Type: message" form. */
    static String outcome(Supplier<String> f) {
        try {
            return f.get();
        } catch (PyFailure e) {
            return "!" + e.kind().pythonName() + ": " + e.getMessage();
        }
    }

    /** Collects disagreements of one table. */
    static final class Check {
        private final String table;
        private int total;
        private final List<String> failures = new ArrayList<>();

        Check(String table) {
            this.table = table;
        }

        void compare(String input, String expected, String actual) {
            total++;
            if (!expected.equals(actual)) {
                failures.add(input + "\n    expected: " + expected + "\n    actual:   " + actual);
            }
        }

        void compare(String input, String expected, Supplier<String> actual) {
            String a;
            try {
                a = outcome(actual);
            } catch (RuntimeException e) {
                a = "Java " + e;
            }
            compare(input, expected, a);
        }

        /** Percentage of rows that agree with CPython. */
        double agreement() {
            return total == 0 ? 100 : 100.0 * (total - failures.size()) / total;
        }

        /** Fails unless at least minPercent of the rows agree; the message lists the first misses. */
        void assertAgreement(double minPercent) {
            assertTrue(total > 0, table + ": no rows");
            double rate = agreement();
            assertTrue(rate >= minPercent, () -> String.format("%s: %d of %d rows differ (%.3f%% agree)%n%s",
                    table, failures.size(), total, rate,
                    String.join("\n", failures.subList(0, Math.min(25, failures.size())))));
        }

        void assertAll() {
            assertAgreement(100);
        }
    }
}
