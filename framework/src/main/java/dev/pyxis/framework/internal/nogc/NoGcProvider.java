package dev.pyxis.framework.internal.nogc;

import dev.pyxis.gc.spi.CollectorBinding;
import dev.pyxis.gc.spi.CollectorPlan;
import dev.pyxis.gc.spi.CollectorProvider;
import org.osgi.service.component.annotations.Component;

/** NoGC: allocation only. The baseline every other plan is measured against. */
@Component(service = CollectorProvider.class)
public final class NoGcProvider implements CollectorProvider {
    @Override
    public String name() {
        return "nogc";
    }

    @Override
    public String description() {
        return "no collection: bump allocation until the heap is full (a baseline)";
    }

    @Override
    public boolean moving() {
        return false;
    }

    @Override
    public CollectorPlan create(CollectorBinding binding) {
        return new NoGcPlan(binding);
    }
}
