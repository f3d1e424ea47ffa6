package dev.pyxis.python.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Codec lookups, encodings and decodings with every error handler against CPython 3.11
 * (expected-codecs.txt.gz, written by tools/gen-unicode-tests.py).
 */
class CodecsTest {

    @Test
    void allCasesAgreeWithCPython() throws IOException {
        int n = ExpectedCases.check("expected-codecs.txt.gz", op -> {
            ExpectedCases.Args a = op.args();
            return switch (op.name()) {
                case "lookup" -> Codecs.lookup(a.str());
                case "decode" -> Codecs.decode(a.bytes(), a.str(), a.str());
                case "encode" -> Codecs.encode(a.str(), a.str(), a.str());
                default -> ExpectedCases.Op.UNKNOWN;
            };
        });
        assertTrue(n > 17000, "case file too small: " + n);
    }

    @Test
    void decodeErrorCarriesPythonsAttributes() {
        byte[] input = {'a', (byte) 0xFF};
        PyUnicodeFailure f = assertThrows(PyUnicodeFailure.class, () -> Codecs.decode(input, "utf-8", "strict"));
        assertEquals("'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", f.getMessage());
        assertEquals(PyFailure.Kind.UNICODE_DECODE_ERROR, f.kind());
        assertEquals("utf-8", f.encoding());
        assertEquals(1, f.start());
        assertEquals(2, f.end());
        assertEquals("invalid start byte", f.reason());
        assertTrue(f.object() == input);
    }

    @Test
    void encodeErrorMessageEscapesTheCharacter() {
        PyUnicodeFailure f = assertThrows(PyUnicodeFailure.class, () -> Codecs.encode("\u00e9", "ascii", null));
        assertEquals("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                f.getMessage());
        assertEquals("\u00e9", f.object());
    }

    @Test
    void unknownEncodingIsALookupError() {
        PyFailure f = assertThrows(PyFailure.class, () -> Codecs.lookup("x"));
        assertEquals(PyFailure.Kind.LOOKUP_ERROR, f.kind());
        assertEquals("unknown encoding: x", f.getMessage());
    }
}
