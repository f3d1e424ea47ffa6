package dev.pyxis.python.bytecode;

import java.util.Arrays;
import java.util.List;

/**
 * Constants of a {@link CodeUnit}, as Java values the runtime turns into heap objects when it
 * loads the unit. A constant is one of: {@link Long} or {@link java.math.BigInteger} (int),
 * {@link Double} (float), {@link Boolean}, {@link String} (str; a code point above U+FFFF is a
 * surrogate pair), or one of the records and singletons below, or a nested {@link CodeUnit}.
 */
public sealed interface Constant {
    /** None and Ellipsis. */
    enum Singleton implements Constant { NONE, ELLIPSIS }

    record Complex(double real, double imag) implements Constant {}

    record Bytes(byte[] value) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }
    }

    /** A tuple of constants (the elements are constants as described above). */
    record Tuple(List<Object> items) implements Constant {}

    /** A frozenset of constants (from {@code x in {1, 2}}). */
    record FrozenSet(List<Object> items) implements Constant {}
}
