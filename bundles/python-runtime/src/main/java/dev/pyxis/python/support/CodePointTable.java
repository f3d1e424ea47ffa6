package dev.pyxis.python.support;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * A read-only map from code point to a record of int columns, stored as a two-level lookup table
 * (a block index per {@code 1 << shift} code points, then a record index per code point of each
 * distinct block). Written by {@code tools/gen-unicode-data.py}; the layout is described there.
 */
final class CodePointTable {
    private final int shift;
    private final int mask;
    private final char[] stage1;
    private final char[] stage2;
    private final int[][] columns;

    private CodePointTable(int shift, char[] stage1, char[] stage2, int[][] columns) {
        this.shift = shift;
        this.mask = (1 << shift) - 1;
        this.stage1 = stage1;
        this.stage2 = stage2;
        this.columns = columns;
    }

    /** The record index of {@code cp}, which must be in {@code [0, 0x110000)}. */
    int record(int cp) {
        return stage2[(stage1[cp >>> shift] << shift) | (cp & mask)];
    }

    /** Column {@code c} of all records (shared, never modify). */
    int[] column(int c) {
        return columns[c];
    }

    /** Reads the table section at the start of {@code in}, checking its magic. */
    static CodePointTable read(DataInputStream in, String magic) throws IOException {
        byte[] m = new byte[4];
        in.readFully(m);
        if (!magic.equals(new String(m, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IOException("not a " + magic + " table");
        }
        int shift = in.readInt();
        char[] stage1 = readChars(in, in.readInt());
        char[] stage2 = readChars(in, in.readInt());
        int records = in.readInt();
        int ncols = in.readInt();
        int[][] columns = new int[ncols][];
        for (int c = 0; c < ncols; c++) {
            columns[c] = readInts(in, records);
        }
        return new CodePointTable(shift, stage1, stage2, columns);
    }

    static char[] readChars(DataInputStream in, int n) throws IOException {
        byte[] raw = new byte[n * 2];
        in.readFully(raw);
        char[] out = new char[n];
        ByteBuffer.wrap(raw).asCharBuffer().get(out);
        return out;
    }

    static int[] readInts(DataInputStream in, int n) throws IOException {
        byte[] raw = new byte[n * 4];
        in.readFully(raw);
        int[] out = new int[n];
        ByteBuffer.wrap(raw).asIntBuffer().get(out);
        return out;
    }

    static String[] readStrings(DataInputStream in) throws IOException {
        String[] out = new String[in.readInt()];
        for (int i = 0; i < out.length; i++) {
            byte[] b = new byte[in.readUnsignedShort()];
            in.readFully(b);
            out[i] = new String(b, java.nio.charset.StandardCharsets.US_ASCII);
        }
        return out;
    }

    /** Opens a resource of this package; a missing resource is a broken build. */
    static DataInputStream open(String name) {
        InputStream raw = CodePointTable.class.getResourceAsStream(name);
        if (raw == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16));
    }

    static UncheckedIOException broken(String name, IOException e) {
        return new UncheckedIOException("cannot read resource " + name, e);
    }
}
