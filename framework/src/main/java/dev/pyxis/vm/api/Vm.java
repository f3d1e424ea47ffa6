package dev.pyxis.vm.api;

import dev.pyxis.concurrency.spi.Concurrency;
import dev.pyxis.concurrency.spi.ConcurrencyProvider;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.Heap;
import dev.pyxis.registry.api.Component;
import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Profile;
import dev.pyxis.registry.api.RegistryListener;
import dev.pyxis.registry.api.Slot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One virtual machine: one binding per slot, chosen by a profile from a registry, and the heap.
 *
 * <p>Bindings follow the registry. When the bound collector is withdrawn (its bundle stopped)
 * the VM keeps the plan it has and swaps, at the next safepoint, to another available
 * collector, preferring the profile's choice; if none is available it keeps running on the
 * orphaned plan and swaps as soon as one arrives. An optional slot whose component is withdrawn
 * becomes empty (no JIT: the interpreter) and is bound again when the profile's choice returns.
 */
public final class Vm implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Vm.class);

    private final Profile profile;
    private final ComponentRegistry registry;
    private final Heap heap;
    private final Concurrency concurrency;
    private final Map<Slot, Component> bound = new EnumMap<>(Slot.class);
    private final RegistryListener listener = new Listener();
    /**
     * The collector the VM runs on or has asked the heap to swap to; guarded by this. Withdrawals
     * are judged against it, not against the heap's current plan: a swap's target that goes away
     * before the safepoint must be replaced too, or the VM would end up on a withdrawn collector.
     */
    private CollectorProvider collectorTarget;
    private volatile boolean collectorOrphaned;

    private Vm(Profile profile, ComponentRegistry registry) {
        profile.validate(registry);
        this.profile = profile;
        this.registry = registry;
        for (Slot s : Slot.values()) {
            String name = profile.choice(s);
            if (!name.equals(Slot.NONE)) {
                bound.put(s, registry.require(s, name, s.serviceType()));
            }
        }
        this.concurrency = ((ConcurrencyProvider) bound.get(Slot.CONCURRENCY)).create();
        this.collectorTarget = (CollectorProvider) bound.get(Slot.COLLECTOR);
        this.heap = Heap.create(profile.heapConfig(), collectorTarget);
        registry.addListener(listener);
        LOG.debug("vm created: {}", bound);
    }

    /** Assembles a VM; throws {@link dev.pyxis.registry.api.ProfileException} for a bad profile. */
    public static Vm create(Profile profile, ComponentRegistry registry) {
        return new Vm(profile, registry);
    }

    public Profile profile() {
        return profile;
    }

    public ComponentRegistry registry() {
        return registry;
    }

    public Heap heap() {
        return heap;
    }

    public Concurrency concurrency() {
        return concurrency;
    }

    /** The component bound to {@code slot}, or null for an empty optional slot. */
    public synchronized Component bound(Slot slot) {
        return slot == Slot.COLLECTOR ? heap.collector() : bound.get(slot);
    }

    /** Whether the collector in use has been withdrawn with no replacement yet. */
    public boolean collectorOrphaned() {
        return collectorOrphaned;
    }

    /** Swaps the collector to {@code name} at the next safepoint. Any thread. */
    public synchronized void requestCollectorSwap(String name) {
        swapTo(registry.require(Slot.COLLECTOR, name, CollectorProvider.class));
    }

    private void swapTo(CollectorProvider provider) {
        collectorTarget = provider;
        heap.requestSwap(provider);
    }

    @Override
    public void close() {
        registry.removeListener(listener);
        heap.close();
    }

    private final class Listener implements RegistryListener {
        @Override
        public void added(Slot slot, Component component) {
            synchronized (Vm.this) {
                if (slot == Slot.COLLECTOR) {
                    if (collectorOrphaned) {
                        collectorOrphaned = false;
                        LOG.info("collector {} arrived; swapping to it", component.name());
                        swapTo((CollectorProvider) component);
                    }
                } else if (bound.get(slot) == null && component.name().equals(profile.choice(slot))) {
                    bound.put(slot, component);
                    LOG.info("{} {} bound", slot.key(), component.name());
                }
            }
        }

        @Override
        public void removed(Slot slot, Component component) {
            synchronized (Vm.this) {
                if (slot == Slot.COLLECTOR) {
                    if (collectorTarget != component) {
                        return;
                    }
                    CollectorProvider next = replacementCollector();
                    if (next == null) {
                        collectorOrphaned = true;
                        LOG.warn("collector {} withdrawn and none other available; keeping its plan", component.name());
                    } else {
                        LOG.info("collector {} withdrawn; swapping to {}", component.name(), next.name());
                        swapTo(next);
                    }
                } else if (bound.get(slot) == component) {
                    if (slot.optional()) {
                        bound.remove(slot);
                        LOG.info("{} {} withdrawn; slot empty", slot.key(), component.name());
                    } else {
                        LOG.warn("{} {} withdrawn; keeping the instance in use", slot.key(), component.name());
                    }
                }
            }
        }

        /** The profile's collector if available, else the first by name; the withdrawn one is gone already. */
        private CollectorProvider replacementCollector() {
            var preferred = registry.find(Slot.COLLECTOR, profile.choice(Slot.COLLECTOR));
            if (preferred.isPresent()) {
                return (CollectorProvider) preferred.get();
            }
            List<Component> available = registry.available(Slot.COLLECTOR);
            return available.isEmpty() ? null : (CollectorProvider) available.getFirst();
        }
    }
}
