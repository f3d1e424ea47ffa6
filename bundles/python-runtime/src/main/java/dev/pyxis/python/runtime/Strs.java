package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.heap.api.Memory;

/** Code-point level access to str objects. */
final class Strs {
    private Strs() {}

    static int codePointAt(long str, long i) {
        long s = str;
        int kind = (int) (Space.get(s, STR_INFO) & 0xff);
        long p = s + STR_DATA + i * kind;
        return switch (kind) {
            case 1 -> Memory.getByte(p) & 0xff;
            case 2 -> (Memory.getByte(p) & 0xff) | (Memory.getByte(p + 1) & 0xff) << 8;
            default -> Memory.getInt(p);
        };
    }

    /** The one-character str at code point index {@code i} (Latin-1 characters are cached). */
    static long charAt(Space s, long str, long i) {
        return s.charStr(codePointAt(s.unwrap(str), i));
    }
}
