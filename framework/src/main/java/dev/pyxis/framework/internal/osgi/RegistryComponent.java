package dev.pyxis.framework.internal.osgi;

import dev.pyxis.concurrency.spi.ConcurrencyProvider;
import dev.pyxis.ffi.spi.FfiProvider;
import dev.pyxis.frontend.spi.Frontend;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.jit.spi.JitBackend;
import dev.pyxis.registry.api.ComponentRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * OSGi discovery: tracks every slot's services dynamically and feeds them into one
 * {@link ComponentRegistry}, which it publishes as a service. Plain mode feeds the same
 * registry from ServiceLoader instead.
 */
@Component(immediate = true, service = {})
public final class RegistryComponent {
    private final ComponentRegistry registry = new ComponentRegistry();
    private ServiceRegistration<ComponentRegistry> registration;

    @Activate
    void activate(BundleContext context) {
        registration = context.registerService(ComponentRegistry.class, registry, null);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addCollector(CollectorProvider c) {
        registry.add(c);
    }

    void removeCollector(CollectorProvider c) {
        registry.remove(c);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addConcurrency(ConcurrencyProvider c) {
        registry.add(c);
    }

    void removeConcurrency(ConcurrencyProvider c) {
        registry.remove(c);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addJit(JitBackend c) {
        registry.add(c);
    }

    void removeJit(JitBackend c) {
        registry.remove(c);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addFfi(FfiProvider c) {
        registry.add(c);
    }

    void removeFfi(FfiProvider c) {
        registry.remove(c);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addFrontend(Frontend c) {
        registry.add(c);
    }

    void removeFrontend(Frontend c) {
        registry.remove(c);
    }
}
