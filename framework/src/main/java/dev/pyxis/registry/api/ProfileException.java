package dev.pyxis.registry.api;

/** A profile names something that does not exist or gives a value that does not parse. */
public final class ProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }
}
