package dev.pyxis.concurrency.gil;

import dev.pyxis.concurrency.spi.Concurrency;
import dev.pyxis.concurrency.spi.ConcurrencyProvider;
import org.osgi.service.component.annotations.Component;

/** The default concurrency: one global lock, switched every 5 ms as CPython does. */
@Component(service = ConcurrencyProvider.class)
public final class GilProvider implements ConcurrencyProvider {
    static final long SWITCH_INTERVAL_NANOS = 5_000_000L;

    @Override
    public String name() {
        return "gil";
    }

    @Override
    public String description() {
        return "global interpreter lock, switch interval 5 ms (CPython's model)";
    }

    @Override
    public Concurrency create() {
        return new Gil(SWITCH_INTERVAL_NANOS);
    }
}
