package dev.pyxis.gc.marksweep;

import dev.pyxis.gc.spi.CollectorBinding;
import dev.pyxis.gc.spi.CollectorPlan;
import dev.pyxis.gc.spi.CollectorProvider;
import org.osgi.service.component.annotations.Component;

/** The non-moving collector: mark-sweep with free lists. */
@Component(service = CollectorProvider.class)
public final class MarkSweepProvider implements CollectorProvider {
    @Override
    public String name() {
        return "marksweep";
    }

    @Override
    public String description() {
        return "mark-sweep collector: a free-list space and a large-object space, stop-the-world (non-moving)";
    }

    @Override
    public boolean moving() {
        return false;
    }

    @Override
    public CollectorPlan create(CollectorBinding binding) {
        return new MarkSweepPlan(binding);
    }
}
