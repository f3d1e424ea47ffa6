package dev.pyxis.gc.spi;

/** Receives the address of each reference slot of an object. */
@FunctionalInterface
public interface SlotVisitor {
    void visit(long slotAddress);
}
