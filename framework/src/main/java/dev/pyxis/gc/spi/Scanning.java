package dev.pyxis.gc.spi;

import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.Memory;

/** Object scanning through layouts, shared by all plans. */
public final class Scanning {
    private Scanning() {}

    /** Calls {@code visitor} with every reference slot of the object at {@code address}. */
    public static void forEachReferenceSlot(long address, Layout layout, SlotVisitor visitor) {
        for (int off : layout.referenceOffsets()) {
            visitor.visit(address + off);
        }
        if (layout.kind() == Layout.Kind.REFERENCE_ARRAY) {
            long n = Memory.getWord(address + layout.lengthOffset());
            long slot = address + layout.baseSize();
            for (long end = slot + n * 8; slot < end; slot += 8) {
                visitor.visit(slot);
            }
        }
    }
}
