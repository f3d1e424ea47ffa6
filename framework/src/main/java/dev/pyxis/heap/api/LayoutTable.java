package dev.pyxis.heap.api;

import java.util.Arrays;

/**
 * The JVM-wide table from layout id to {@link Layout}. Id 0 is never used, so that zeroed
 * memory is never a valid header; ids 1 and 2 are the fillers that keep non-moving spaces
 * parseable.
 */
public final class LayoutTable {
    private static final Object LOCK = new Object();
    private static volatile Layout[] table = new Layout[256];
    private static int next = 1;

    /** An 8-byte hole. */
    public static final Layout FILLER_WORD = Layout.fixed("<filler-word>", 8);
    /** A hole of {@code 16 + length} bytes (length a multiple of 8). */
    public static final Layout FILLER = Layout.rawArray("<filler>", 16, 8, 1);

    private LayoutTable() {}

    static int register(Layout layout) {
        synchronized (LOCK) {
            int id = next++;
            if (id > Header.MAX_LAYOUT_ID) {
                throw new IllegalStateException("too many layouts");
            }
            Layout[] t = table;
            if (id >= t.length) {
                t = Arrays.copyOf(t, t.length * 2);
            }
            t[id] = layout;
            table = t;
            return id;
        }
    }

    /** The layout with this id, or null if there is none. */
    public static Layout byId(int id) {
        Layout[] t = table;
        return id > 0 && id < t.length ? t[id] : null;
    }

    /** The layout named by an object header; throws if the header names no layout. */
    public static Layout ofHeader(long header) {
        Layout l = byId(Header.layoutId(header));
        if (l == null) {
            throw new HeapCorruptionException(String.format("header 0x%016x names no layout", header));
        }
        return l;
    }

    /** Writes a filler object over the hole {@code [address, address + bytes)}. */
    public static void writeFiller(long address, long bytes) {
        if (bytes == 8) {
            Memory.putWord(address, Header.make(FILLER_WORD.id()));
        } else {
            Memory.putWord(address, Header.make(FILLER.id()));
            Memory.putWord(address + 8, bytes - 16);
        }
    }

    public static boolean isFiller(int layoutId) {
        return layoutId == FILLER_WORD.id() || layoutId == FILLER.id();
    }
}
