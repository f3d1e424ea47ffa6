package dev.pyxis.ffi.spi;

import dev.pyxis.registry.api.Component;

/**
 * The service of the ffi slot: foreign function access for the language's FFI module. The
 * call contract arrives with the FFI bundle; the slot is optional and {@code none} by default.
 */
public interface FfiProvider extends Component {
}
