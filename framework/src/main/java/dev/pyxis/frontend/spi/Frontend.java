package dev.pyxis.frontend.spi;

import dev.pyxis.registry.api.Component;

/**
 * The service of the frontend slot: a language dialect (Python 3, Python 2) compiling source to
 * the shared bytecode. The compile contract arrives with the first front end.
 */
public interface Frontend extends Component {
    /** The language version this front end implements, e.g. {@code 3.11}. */
    String languageVersion();
}
