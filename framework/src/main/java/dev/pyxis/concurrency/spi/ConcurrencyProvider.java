package dev.pyxis.concurrency.spi;

import dev.pyxis.registry.api.Component;

/** The service of the concurrency slot: makes the execution-right policy of one VM. */
public interface ConcurrencyProvider extends Component {
    Concurrency create();
}
