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

    /**
     * Python's order of two str objects (unwrapped), by code point: negative, zero or positive.
     * Compared in place, without making Java strings.
     */
    static int compare(long a, long b) {
        int ka = (int) (Space.get(a, STR_INFO) & 0xff), kb = (int) (Space.get(b, STR_INFO) & 0xff);
        long na = Space.get(a, STR_LENGTH) / ka, nb = Space.get(b, STR_LENGTH) / kb;
        long n = Math.min(na, nb);
        if (ka == 1 && kb == 1) {
            long pa = a + STR_DATA, pb = b + STR_DATA;
            for (long i = 0; i < n; i++) {
                int x = Memory.getByte(pa + i) & 0xff, y = Memory.getByte(pb + i) & 0xff;
                if (x != y) {
                    return x - y;
                }
            }
        } else {
            for (long i = 0; i < n; i++) {
                int x = codePointAt(a, i), y = codePointAt(b, i);
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
        }
        return Long.compare(na, nb);
    }

    /** The one-character str at code point index {@code i} (Latin-1 characters are cached). */
    static long charAt(Space s, long str, long i) {
        return s.charStr(codePointAt(s.unwrap(str), i));
    }

    /**
     * a + b for two str objects in root slots, copying code points in memory (no Java String):
     * the result takes the wider kind of the two.
     */
    static long concat(Space s, int aSlot, int bSlot) {
        long a = s.unwrap(s.ts.get(aSlot)), b = s.unwrap(s.ts.get(bSlot));
        int ka = (int) (Space.get(a, STR_INFO) & 0xff), kb = (int) (Space.get(b, STR_INFO) & 0xff);
        long na = Space.get(a, STR_LENGTH) / ka, nb = Space.get(b, STR_LENGTH) / kb;
        if (na == 0) {
            return b;
        }
        if (nb == 0) {
            return a;
        }
        int kind = Math.max(ka, kb);
        boolean ascii = (Space.get(a, STR_INFO) & (1 << 8)) != 0 && (Space.get(b, STR_INFO) & (1 << 8)) != 0;
        long total = (na + nb) * kind;
        if (total > Integer.MAX_VALUE) {
            throw Errors.overflow(s, "join() result is too long for a Python string");
        }
        long r = s.allocArray(STR, total, s.strType.rootShape);
        Space.putRaw(r, STR_INFO, kind | (ascii ? 1 << 8 : 0));
        a = s.unwrap(s.ts.get(aSlot));
        b = s.unwrap(s.ts.get(bSlot));
        copyWidened(a, ka, r + STR_DATA, kind, na);
        copyWidened(b, kb, r + STR_DATA + na * kind, kind, nb);
        return r;
    }

    private static void copyWidened(long src, int fromKind, long to, int toKind, long n) {
        long from = src + STR_DATA;
        if (fromKind == toKind) {
            Memory.copy(from, to, n * fromKind);
            return;
        }
        for (long i = 0; i < n; i++) {
            int cp = switch (fromKind) {
                case 1 -> Memory.getByte(from + i) & 0xff;
                case 2 -> (Memory.getByte(from + 2 * i) & 0xff) | (Memory.getByte(from + 2 * i + 1) & 0xff) << 8;
                default -> Memory.getInt(from + 4 * i);
            };
            if (toKind == 2) {
                Memory.putByte(to + 2 * i, (byte) cp);
                Memory.putByte(to + 2 * i + 1, (byte) (cp >> 8));
            } else {
                Memory.putInt(to + 4 * i, cp);
            }
        }
    }
}
