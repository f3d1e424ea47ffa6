package dev.pyxis.gc.semispace;

import dev.pyxis.gc.spi.CollectorBinding;
import dev.pyxis.gc.spi.CollectorPlan;
import dev.pyxis.gc.spi.CollectorProvider;
import org.osgi.service.component.annotations.Component;

/** The default collector: Cheney-style copying between two semispaces. */
@Component(service = CollectorProvider.class)
public final class SemiSpaceProvider implements CollectorProvider {
    @Override
    public String name() {
        return "semispace";
    }

    @Override
    public String description() {
        return "copying collector: two semispaces and a large-object space, stop-the-world (moving)";
    }

    @Override
    public boolean moving() {
        return true;
    }

    @Override
    public CollectorPlan create(CollectorBinding binding) {
        return new SemiSpacePlan(binding);
    }
}
