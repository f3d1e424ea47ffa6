package dev.pyxis.framework.internal.osgi;

import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Profile;
import dev.pyxis.registry.api.ProfileException;
import dev.pyxis.registry.api.Slot;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Gogo shell commands ({@code pyxis:components}, {@code pyxis:heap}, {@code pyxis:swap}). The
 * shell knows nothing of Pyxis types: Gogo calls these public methods by reflection and prints
 * what they return. {@code heap} and {@code swap} work on a VM the shell owns, started on first
 * use with the default profile. Immediate, so that the VM outlives each command: Gogo releases
 * the service after every call, which would deactivate a delayed component.
 */
@Component(service = ShellCommands.class, immediate = true, property = {
        "osgi.command.scope=pyxis",
        "osgi.command.function=components",
        "osgi.command.function=heap",
        "osgi.command.function=swap"})
public final class ShellCommands {
    private final ComponentRegistry registry;
    private final BundleContext context;
    /*
     * On framework shutdown the collector and GIL providers go before this component does; the
     * VM would swap collectors and warn on the way down. Closing it first avoids both.
     */
    private final SynchronousBundleListener shutdown = event -> {
        if (event.getType() == BundleEvent.STOPPING && event.getBundle().getBundleId() == Constants.SYSTEM_BUNDLE_ID) {
            closeShellVm();
        }
    };
    private ShellVm shellVm;

    @Activate
    public ShellCommands(@Reference ComponentRegistry registry, BundleContext context) {
        this.registry = registry;
        this.context = context;
        context.addBundleListener(shutdown);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(shutdown);
        closeShellVm();
    }

    private synchronized void closeShellVm() {
        if (shellVm != null) {
            shellVm.close();
            shellVm = null;
        }
    }

    /** The registered components per slot; * marks what the shell's VM binds (or would bind). */
    public synchronized String components() {
        Profile profile = Profile.defaults();
        StringBuilder b = new StringBuilder();
        for (Slot slot : Slot.values()) {
            String chosen = shellVm != null ? boundName(slot) : profile.choice(slot);
            b.append(slot.key()).append(slot.optional() ? " (optional)" : "").append('\n');
            for (var c : registry.available(slot)) {
                line(b, c.name().equals(chosen), c.name(), c.description());
            }
            if (slot.optional()) {
                line(b, chosen.equals(Slot.NONE), Slot.NONE, slot.noneDescription());
            }
        }
        b.append(shellVm != null ? "* bound in the shell's VM" : "* the default profile's choice");
        return b.toString();
    }

    /** The shell VM's heap statistics; starts the VM on first use. */
    public synchronized String heap() throws InterruptedException {
        try {
            return shellVm().describe();
        } catch (ProfileException e) {
            return "cannot start the shell's VM: " + e.getMessage();
        }
    }

    /** Swaps the shell VM's collector at its mutator's next safepoint and waits for it. */
    public synchronized String swap(String collector) throws InterruptedException {
        try {
            return shellVm().swap(collector);
        } catch (ProfileException e) {
            return e.getMessage();
        }
    }

    private ShellVm shellVm() throws InterruptedException {
        if (shellVm == null) {
            shellVm = ShellVm.start(registry);
        }
        return shellVm;
    }

    private String boundName(Slot slot) {
        var c = shellVm.vm().bound(slot);
        return c == null ? Slot.NONE : c.name();
    }


    private static void line(StringBuilder b, boolean chosen, String name, String description) {
        b.append(String.format("  %s %-10s  %s%n", chosen ? "*" : " ", name, description));
    }
}
