package dev.pyxis.launcher.plain;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.pyxis.registry.api.Component;
import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Profile;
import dev.pyxis.registry.api.ProfileException;
import dev.pyxis.registry.api.Slot;
import dev.pyxis.vm.api.Vm;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Plain mode: one Guice injector assembles the profile, the registry and the VM. */
public final class PlainLauncher {
    private final Injector injector;

    /** {@code profileFile} null means the default profile. */
    public PlainLauncher(Path profileFile) {
        this.injector = Guice.createInjector(new PlainModule(profileFile));
    }

    /** Prints the components per slot, marking the profile's choices; a bad profile throws. */
    public void listComponents(PrintWriter out) {
        ComponentRegistry registry = get(ComponentRegistry.class);
        Profile profile = get(Profile.class);
        profile.validate(registry);
        ComponentListing.print(registry, profile, out);
    }

    /**
     * Assembles the VM (which checks the profile) and runs {@code program}, a script and its
     * arguments, or the interactive prompt if it is empty. No front end can run programs yet:
     * says so and returns 2.
     */
    public int run(List<String> program, PrintWriter err) {
        String script = program.isEmpty() ? null : program.getFirst();
        try (Vm vm = get(Vm.class)) {
            Component frontend = vm.bound(Slot.FRONTEND);
            err.println(frontend == null ? noFrontend(script)
                    : "pyxis: the launcher cannot drive front end '" + frontend.name() + "' yet");
            return 2;
        }
    }

    /** What to say while no front end exists; {@code script} null means the interactive prompt. */
    public static String noFrontend(String script) {
        String what = script == null ? "start the interactive prompt" : "run '" + script + "'";
        return "pyxis: cannot " + what + ": no Python front end is installed yet (frontend = none);"
                + " try --components, or --osgi for the shell";
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
