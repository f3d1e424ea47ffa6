package dev.pyxis.osgi.probe;

import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Slot;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The integration tests' window into the framework. The tests run outside it and share no Pyxis
 * classes with it, so the probe is a {@code Function<String, String>} service (a java.* type
 * both sides see) that answers text commands:
 * <ul>
 *   <li>{@code components}: the registry's component names per slot, e.g. {@code gc=nogc,semispace};
 *   <li>{@code start}: starts the {@link GraphMutator} on a VM of its own (gc = semispace);
 *   <li>{@code status}: the mutator's status ({@link ProbeStatus});
 *   <li>{@code stop}: stops the mutator and closes its VM, and returns its last status.
 * </ul>
 */
@Component(service = Function.class, property = "pyxis.probe=true")
public final class ProbeComponent implements Function<String, String> {
    private final ComponentRegistry registry;
    private GraphMutator mutator;

    @Activate
    public ProbeComponent(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public synchronized String apply(String command) {
        return switch (command) {
            case "components" -> components();
            case "start" -> start();
            case "status" -> mutator == null ? "running=false" : mutator.status();
            case "stop" -> stop();
            default -> throw new IllegalArgumentException("unknown probe command '" + command
                    + "'; commands: components, start, status, stop");
        };
    }

    @Deactivate
    synchronized void deactivate() {
        stop();
    }

    private String components() {
        List<String> parts = new ArrayList<>();
        for (Slot slot : Slot.values()) {
            parts.add(slot.key() + "=" + String.join(",", registry.available(slot).stream().map(c -> c.name()).toList()));
        }
        return String.join(" ", parts);
    }

    private String start() {
        if (mutator == null) {
            mutator = GraphMutator.start(registry);
        }
        return mutator.status();
    }

    private String stop() {
        if (mutator == null) {
            return "running=false";
        }
        mutator.close();
        String last = mutator.status();
        mutator = null;
        return last;
    }
}
