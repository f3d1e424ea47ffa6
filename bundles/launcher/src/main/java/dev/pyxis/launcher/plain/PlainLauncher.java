package dev.pyxis.launcher.plain;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.pyxis.frontend.spi.Frontend;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Profile;
import dev.pyxis.registry.api.ProfileException;
import dev.pyxis.registry.api.Slot;

import java.io.PrintWriter;

/**
 * Plain mode: one Guice injector provides the profile and the registry (fed by ServiceLoader);
 * the launcher takes the profile's collector and front end from it.
 */
public final class PlainLauncher {
    private final Injector injector;

    public PlainLauncher(Profile profile) {
        this.injector = Guice.createInjector(new PlainModule(profile));
    }

    /** Prints the components per slot, marking the profile's choices; a bad profile throws. */
    public void listComponents(PrintWriter out) {
        ComponentRegistry registry = get(ComponentRegistry.class);
        Profile profile = get(Profile.class);
        profile.validate(registry);
        ComponentListing.print(registry, profile, out);
    }

    /** Checks the whole profile against the registry; throws {@link ProfileException} with the reason. */
    public void validate() {
        get(Profile.class).validate(get(ComponentRegistry.class));
    }

    public Profile profile() {
        return get(Profile.class);
    }

    /** The profile's collector. */
    public CollectorProvider collector() {
        return get(ComponentRegistry.class).require(Slot.COLLECTOR, profile().choice(Slot.COLLECTOR), CollectorProvider.class);
    }

    /**
     * The profile's front end's compiler for the Python runtime; a profile without a front end, or
     * one whose front end does not compile for this runtime, is a {@link ProfileException}.
     */
    public SourceCompiler compiler() {
        String name = profile().choice(Slot.FRONTEND);
        if (name.equals(Slot.NONE)) {
            throw new ProfileException("the profile has no front end (frontend = none), so no program can run;"
                    + " available: " + get(ComponentRegistry.class).names(Slot.FRONTEND));
        }
        Frontend frontend = get(ComponentRegistry.class).require(Slot.FRONTEND, name, Frontend.class);
        SourceCompiler compiler = frontend.adapt(SourceCompiler.class);
        if (compiler == null) {
            throw new ProfileException("front end '" + name + "' does not compile for the Python runtime");
        }
        return compiler;
    }

    /** Guice wraps what a provider throws; a bad profile is the user's error, not Guice's. */
    private <T> T get(Class<T> type) {
        try {
            return injector.getInstance(type);
        } catch (ProvisionException e) {
            if (e.getCause() instanceof ProfileException pe) {
                throw pe;
            }
            throw e;
        }
    }
}
