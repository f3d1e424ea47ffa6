package dev.pyxis.frontend.spi;

import dev.pyxis.registry.api.Component;

/**
 * The service of the frontend slot: a language dialect (Python 3, Python 2) compiling source to
 * the shared bytecode.
 *
 * <p>The framework is language-neutral, so the compile contract itself is defined by the runtime
 * the front end targets (for Python, {@code dev.pyxis.python.api.SourceCompiler}); a launcher asks
 * the bound front end for it with {@link #adapt}.
 */
public interface Frontend extends Component {
    /** The language version this front end implements, e.g. {@code 3.11}. */
    String languageVersion();

    /**
     * This front end's implementation of {@code type}, an interface some runtime defines (the
     * Python runtime's {@code SourceCompiler}), or null if it provides none. Cheap and
     * thread-safe: the result may be shared by every interpreter.
     */
    <T> T adapt(Class<T> type);
}
