package dev.pyxis.heap.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a collector needs to know about an object: its size and where its reference fields are.
 * Collectors scan objects only through layouts; they know nothing of the language.
 *
 * <p>An object is a fixed part of {@link #baseSize()} bytes (header included) with reference
 * fields at {@link #referenceOffsets()}, optionally followed by a variable part of
 * {@code length} elements of {@link #elementSize()} bytes each, where {@code length} is a raw
 * (untagged) 64-bit word at {@link #lengthOffset()}. Elements of a reference array are value
 * words; elements of a raw array are opaque bytes. Sizes round up to 8 bytes.
 *
 * <p>Layouts are registered once per JVM when constructed and get a stable id, the id stored
 * in headers and compared by compiled code. Ids are never reused.
 */
public final class Layout {
    /** How the variable part, if any, is interpreted. */
    public enum Kind {
        /** No variable part. */
        FIXED,
        /** The variable part is value words, all scanned. */
        REFERENCE_ARRAY,
        /** The variable part is opaque bytes, never scanned. */
        RAW_ARRAY
    }

    private final int id;
    private final String name;
    private final Kind kind;
    private final int baseSize;
    private final int[] referenceOffsets;
    private final int lengthOffset;
    private final int elementSize;

    private Layout(String name, Kind kind, int baseSize, int[] referenceOffsets, int lengthOffset, int elementSize) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = kind;
        if (baseSize < 8 || (baseSize & 7) != 0) {
            throw new IllegalArgumentException(name + ": base size " + baseSize + " must be a positive multiple of 8");
        }
        for (int off : referenceOffsets) {
            if (off < 8 || off + 8 > baseSize || (off & 7) != 0) {
                throw new IllegalArgumentException(name + ": reference offset " + off + " outside the fixed part or misaligned");
            }
        }
        if (kind != Kind.FIXED) {
            if (lengthOffset < 8 || lengthOffset + 8 > baseSize || (lengthOffset & 7) != 0) {
                throw new IllegalArgumentException(name + ": length offset " + lengthOffset + " outside the fixed part or misaligned");
            }
            if (Arrays.stream(referenceOffsets).anyMatch(o -> o == lengthOffset)) {
                throw new IllegalArgumentException(name + ": the length word cannot be a reference field");
            }
            if (kind == Kind.REFERENCE_ARRAY ? elementSize != 8 : (elementSize < 1 || elementSize > 8)) {
                throw new IllegalArgumentException(name + ": element size " + elementSize + " not allowed for " + kind);
            }
        }
        this.baseSize = baseSize;
        this.referenceOffsets = referenceOffsets.clone();
        this.lengthOffset = lengthOffset;
        this.elementSize = elementSize;
        this.id = LayoutTable.register(this);
    }

    /** An object of {@code size} bytes with reference fields at the given offsets. */
    public static Layout fixed(String name, int size, int... referenceOffsets) {
        return new Layout(name, Kind.FIXED, size, referenceOffsets, -1, 0);
    }

    /** A fixed part followed by {@code length} value words, all scanned. */
    public static Layout referenceArray(String name, int baseSize, int lengthOffset, int... referenceOffsets) {
        return new Layout(name, Kind.REFERENCE_ARRAY, baseSize, referenceOffsets, lengthOffset, 8);
    }

    /** A fixed part followed by {@code length} opaque elements of {@code elementSize} bytes. */
    public static Layout rawArray(String name, int baseSize, int lengthOffset, int elementSize, int... referenceOffsets) {
        return new Layout(name, Kind.RAW_ARRAY, baseSize, referenceOffsets, lengthOffset, elementSize);
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public int baseSize() {
        return baseSize;
    }

    /** Offsets of reference fields in the fixed part. The array is shared: do not modify. */
    public int[] referenceOffsets() {
        return referenceOffsets;
    }

    public int lengthOffset() {
        return lengthOffset;
    }

    public int elementSize() {
        return elementSize;
    }

    public boolean isFixed() {
        return kind == Kind.FIXED;
    }

    /** Size in bytes of an object of this layout with {@code length} elements. */
    public long sizeFor(long length) {
        if (kind == Kind.FIXED) {
            return baseSize;
        }
        return Word.alignUp(baseSize + length * elementSize);
    }

    /** Size in bytes of the object at {@code address}, which has this layout. */
    public long sizeOf(long address) {
        if (kind == Kind.FIXED) {
            return baseSize;
        }
        return Word.alignUp(baseSize + Memory.getWord(address + lengthOffset) * elementSize);
    }

    /** The largest length whose size stays below {@code maxBytes}. */
    public long maxLength(long maxBytes) {
        return kind == Kind.FIXED ? 0 : Math.max(0, (maxBytes - baseSize) / elementSize);
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
