package dev.pyxis.python3.ast;

import java.util.Arrays;

/** The value of a bytes literal; compares by content. The array is owned by this record: do not mutate it. */
public record BytesConstant(byte[] bytes) {
    @Override
    public boolean equals(Object o) {
        return o instanceof BytesConstant b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BytesConstant" + Arrays.toString(bytes);
    }
}
