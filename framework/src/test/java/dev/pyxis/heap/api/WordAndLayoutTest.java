package dev.pyxis.heap.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordAndLayoutTest {
    @Test
    void smallIntsRoundTripAtTheEdgesOfTheirRange() {
        for (long v : new long[] {0, 1, -1, 42, Word.MAX_SMALL_INT, Word.MIN_SMALL_INT}) {
            long w = Word.fromSmallInt(v);
            assertTrue(Word.isSmallInt(w));
            assertFalse(Word.isReference(w));
            assertEquals(v, Word.toSmallInt(w));
        }
        assertFalse(Word.fitsSmallInt(Word.MAX_SMALL_INT + 1));
        assertFalse(Word.fitsSmallInt(Word.MIN_SMALL_INT - 1));
    }

    @Test
    void referencesAreAlignedAndNonNull() {
        assertTrue(Word.isReference(0x7f00_0000_1000L));
        assertFalse(Word.isReference(0));
        assertFalse(Word.isReference(0x7f00_0000_1004L));
        assertFalse(Word.isReference(Word.POISON));
        assertFalse(Word.isSmallInt(Word.POISON));
    }

    @Test
    void headersCarryLayoutGcAndRuntimeBitsApart() {
        long h = Header.withRuntimeBits(Header.make(12345) | Header.MARKED, 0xCAFE);
        assertEquals(12345, Header.layoutId(h));
        assertEquals(0xCAFE, Header.runtimeBits(h));
        assertEquals(Header.MARKED, h & Header.GC_BITS);
        assertFalse(Header.isForwarded(h));
        long f = Header.forwardTo(0x7f00_0000_2000L);
        assertTrue(Header.isForwarded(f));
        assertEquals(0x7f00_0000_2000L, Header.forwardingAddress(f));
    }

    @Test
    void layoutsComputeSizesAndAreRegisteredById() {
        Layout fixed = Layout.fixed("t.Fixed", 32, 8, 16);
        Layout refs = Layout.referenceArray("t.Refs", 24, 16, 8);
        Layout raw = Layout.rawArray("t.Raw", 16, 8, 1);
        assertEquals(32, fixed.sizeFor(99));
        assertEquals(24 + 5 * 8, refs.sizeFor(5));
        assertEquals(16 + 8, raw.sizeFor(3), "raw sizes round up to words");
        assertSame(refs, LayoutTable.byId(refs.id()));
        assertSame(raw, LayoutTable.ofHeader(Header.make(raw.id())));
        assertTrue(refs.id() > LayoutTable.FILLER.id());
        assertThrows(HeapCorruptionException.class, () -> LayoutTable.ofHeader(0));
    }

    @Test
    void malformedLayoutsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Layout.fixed("bad", 12));
        assertThrows(IllegalArgumentException.class, () -> Layout.fixed("bad", 16, 16));
        assertThrows(IllegalArgumentException.class, () -> Layout.fixed("bad", 16, 0));
        assertThrows(IllegalArgumentException.class, () -> Layout.referenceArray("bad", 16, 8, 8));
        assertThrows(IllegalArgumentException.class, () -> Layout.rawArray("bad", 16, 8, 9));
    }

    @Test
    void sizesParseWithUnitsAndBadOnesSayWhatIsExpected() {
        assertEquals(64L << 20, HeapConfig.parseSize("64m"));
        assertEquals(2L << 30, HeapConfig.parseSize("2G"));
        assertEquals(512L << 10, HeapConfig.parseSize("512k"));
        assertEquals(1000, HeapConfig.parseSize("1000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeapConfig.parseSize("12x"));
        assertTrue(e.getMessage().contains("e.g. 64m"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HeapConfig.parseSize("-5m"));
    }
}
