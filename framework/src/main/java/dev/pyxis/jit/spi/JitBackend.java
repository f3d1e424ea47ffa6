package dev.pyxis.jit.spi;

import dev.pyxis.registry.api.Component;

/**
 * The service of the jit slot: a backend that turns optimized traces into executable code.
 * The trace IR and the compile contract arrive with the tracing JIT; until a backend is bound
 * the VM interprets (the slot is optional and {@code none} is the default).
 */
public interface JitBackend extends Component {
    /** The instruction set this backend emits, e.g. {@code x86-64}. */
    String architecture();
}
