package dev.pyxis.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * str and bytes hashes: SipHash-1-3 under a zero key over the value's bytes (a str's code points
 * in its narrowest width), the values CPython 3.11 gives with PYTHONHASHSEED=0.
 */
class HashingTest {
    private static long str(String text) {
        return Space.strHashOf(text);
    }

    @Test
    void strHashesAgreeWithCPythonUnderSeedZero() {
        assertEquals(0, str(""));
        assertEquals(4644417185603328019L, str("a"));
        assertEquals(6395329678795984700L, str("h\u00e9llo"));
        assertEquals(501833946989431548L, str("\u4e2d\u6587"));
        assertEquals(-8926728262118538918L, str("\ud83d\ude00x"));
        assertEquals(7650859633215404784L, str("hello world, this is long"));
    }

    @Test
    void bytesHashesAgreeWithCPythonUnderSeedZero() {
        byte[] abc = "abc".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(-4594863902769663758L, Hashing.bytesHash(abc, abc.length));
        assertEquals(0, Hashing.bytesHash(new byte[0], 0));
        byte[] sixteen = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(2108444454683020324L, Hashing.bytesHash(sixteen, sixteen.length));
    }

    @Test
    void strDataUsesTheNarrowestWidth() {
        assertEquals(2, Hashing.strData("ab").length);
        assertEquals(4, Hashing.strData("\u4e2d\u6587").length);
        assertEquals(8, Hashing.strData("\ud83d\ude00x").length);
    }
}
