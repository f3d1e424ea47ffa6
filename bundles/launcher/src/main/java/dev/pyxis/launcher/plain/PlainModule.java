package dev.pyxis.launcher.plain;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Profile;

/**
 * Plain-mode wiring: the components come from {@link java.util.ServiceLoader} on the launcher's
 * class path and feed the same {@link ComponentRegistry} that OSGi mode feeds from services.
 */
final class PlainModule extends AbstractModule {
    private final Profile profile;

    PlainModule(Profile profile) {
        this.profile = profile;
    }

    @Provides
    @Singleton
    Profile profile() {
        return profile;
    }

    @Provides
    @Singleton
    ComponentRegistry registry() {
        return ComponentRegistry.discover(PlainModule.class.getClassLoader());
    }
}
