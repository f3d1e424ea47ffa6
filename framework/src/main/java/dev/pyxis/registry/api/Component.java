package dev.pyxis.registry.api;

/**
 * An implementation that can fill a {@link Slot}. Components are services: Declarative
 * Services components in OSGi mode, {@link java.util.ServiceLoader} providers in plain mode.
 * They are stateless factories; the state lives in what they create for one VM.
 */
public interface Component {
    /** The name profiles use, e.g. {@code semispace}; lower case, unique within its slot. */
    String name();

    /** One line for listings. */
    String description();
}
