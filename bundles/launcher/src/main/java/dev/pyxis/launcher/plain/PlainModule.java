package dev.pyxis.launcher.plain;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Profile;
import dev.pyxis.vm.api.Vm;

import java.nio.file.Path;

/**
 * Plain-mode wiring: the components come from {@link java.util.ServiceLoader} on the launcher's
 * class path and feed the same {@link ComponentRegistry} that OSGi mode feeds from services.
 */
final class PlainModule extends AbstractModule {
    private final Path profileFile;

    /** {@code profileFile} null means the default profile. */
    PlainModule(Path profileFile) {
        this.profileFile = profileFile;
    }

    @Provides
    @Singleton
    Profile profile() {
        return profileFile == null ? Profile.defaults() : Profile.load(profileFile);
    }

    @Provides
    @Singleton
    ComponentRegistry registry() {
        return ComponentRegistry.discover(PlainModule.class.getClassLoader());
    }

    @Provides
    @Singleton
    Vm vm(Profile profile, ComponentRegistry registry) {
        return Vm.create(profile, registry);
    }
}
