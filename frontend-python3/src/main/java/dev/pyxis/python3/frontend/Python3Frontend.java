package dev.pyxis.python3.frontend;

import dev.pyxis.frontend.spi.Frontend;
import dev.pyxis.python.api.SourceCompiler;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code python3} front end: Python 3.11 source to the shared bytecode. Registered as a
 * Declarative Services component (OSGi mode) and in {@code META-INF/services} (plain mode).
 */
@Component(service = Frontend.class)
public final class Python3Frontend implements Frontend {
    @Override
    public String name() {
        return "python3";
    }

    @Override
    public String description() {
        return "Python " + languageVersion() + ": tokenizer, parser and compiler to the shared bytecode";
    }

    @Override
    public String languageVersion() {
        return "3.11";
    }

    /** Gives the {@link SourceCompiler}; nothing else. */
    @Override
    public <T> T adapt(Class<T> type) {
        return type == SourceCompiler.class ? type.cast(Python3SourceCompiler.INSTANCE) : null;
    }
}
