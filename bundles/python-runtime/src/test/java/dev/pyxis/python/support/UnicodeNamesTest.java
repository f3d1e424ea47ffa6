package dev.pyxis.python.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * unicodedata.name for every code point (as a CRC-32 per block of 4096, taken from CPython 3.11)
 * and unicodedata.lookup on names, lower-cased names, damaged names, aliases, named sequences and
 * algorithmic names (expected-names.txt.gz).
 */
class UnicodeNamesTest {

    @Test
    void everyNameAndLookupAgreesWithCPython() throws IOException {
        int n = ExpectedCases.check("expected-names.txt.gz", op -> {
            ExpectedCases.Args a = op.args();
            return switch (op.name()) {
                case "crc" -> ExpectedCases.Op.SKIP;
                case "lookup" -> {
                    String name = a.str();
                    String found = UnicodeNames.lookup(name);
                    if (found != null) {
                        yield found;
                    }
                    // Python raises KeyError, which the object space builds from this null.
                    String message = name.length() > UnicodeNames.MAX_NAME_LENGTH
                            ? "name too long" : "undefined character name '" + name + "'";
                    yield new ExpectedCases.Raw("E:KeyError\t" + ExpectedCases.token(message));
                }
                case "name" -> {
                    String name = UnicodeNames.name(a.integer());
                    yield name == null ? ExpectedCases.Op.NONE : name;
                }
                default -> ExpectedCases.Op.UNKNOWN;
            };
        });
        assertTrue(n > 9000, "case file too small: " + n);
    }

    @Test
    void blockChecksumsOfAllNamesAgreeWithCPython() throws IOException {
        int blocks = 0;
        try (var in = ExpectedCases.open("expected-names.txt.gz")) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith("crc\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                int start = Integer.parseInt(f[1], 16);
                CRC32 crc = new CRC32();
                for (int cp = start; cp < start + 4096; cp++) {
                    String name = UnicodeNames.name(cp);
                    crc.update(((name == null ? "-" : name) + "\n").getBytes(StandardCharsets.US_ASCII));
                }
                assertEquals(Long.parseLong(f[2], 16), crc.getValue(),
                        () -> "names of block U+" + Integer.toHexString(start));
                blocks++;
            }
        }
        assertEquals(0x110000 / 4096, blocks);
    }
}
