package dev.pyxis.heap.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** Both heap access methods read and write the same bytes. */
class MemoryTest {
    @Test
    void testsRunWithTheLaunchersAccessMethod() {
        // The build's test JVMs allow Unsafe memory access as the pyxis script does.
        assertTrue(Memory.usesUnsafe());
    }

    @Test
    void segmentAccessAgreesWithTheChosenMethod() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment m = arena.allocate(64, 8);
            long a = m.address();
            Memory.putWord(a, 0x0123_4567_89ab_cdefL);
            assertEquals(0x0123_4567_89ab_cdefL, Memory.SegmentAccess.getWord(a));
            assertEquals(0x89ab_cdef, Memory.SegmentAccess.getInt(a)); // little-endian: low half first
            Memory.SegmentAccess.putWord(a + 8, -2L);
            assertEquals(-2L, Memory.getWord(a + 8));
            Memory.SegmentAccess.putInt(a + 16, 42);
            assertEquals(42, Memory.getInt(a + 16));
            Memory.putByte(a + 20, (byte) 0x80);
            assertEquals((byte) 0x80, Memory.SegmentAccess.getByte(a + 20));
            Memory.SegmentAccess.putByte(a + 21, (byte) 7);
            assertEquals(7, Memory.getByte(a + 21));
            Memory.copy(a, a + 32, 16);
            assertEquals(-2L, Memory.getWord(a + 40));
            Memory.fill(a + 48, 16, (byte) 0xff);
            assertEquals(-1L, Memory.SegmentAccess.getWord(a + 56));
            byte[] bytes = {1, 2, 3, 4, 5, 6};
            Memory.copyFromArray(bytes, 1, a, 4);
            assertEquals(0x05040302, Memory.SegmentAccess.getInt(a));
            byte[] back = new byte[6];
            Memory.copyToArray(a + 1, back, 2, 3);
            assertArrayEquals(new byte[] {0, 0, 3, 4, 5, 0}, back);
            assertThrows(IndexOutOfBoundsException.class, () -> Memory.copyFromArray(bytes, 4, a, 3));
        }
    }
}
