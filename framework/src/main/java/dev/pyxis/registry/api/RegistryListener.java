package dev.pyxis.registry.api;

/** Told when components come and go (bundles started and stopped in OSGi mode). */
public interface RegistryListener {
    void added(Slot slot, Component component);

    void removed(Slot slot, Component component);
}
