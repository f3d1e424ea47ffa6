package dev.pyxis.launcher.osgi;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code pyxis --osgi}: the distribution's bundles in an embedded framework, driven by the Gogo shell. */
public final class OsgiShell {
    /** Overrides where the bundles are; by default {@code bundles/} beside the launcher's {@code lib/}. */
    public static final String BUNDLES_PROPERTY = "pyxis.bundles";
    private static final String SHELL_BUNDLE = "org.apache.felix.gogo.shell";
    private static final String PYXIS_COMMANDS = "(osgi.command.scope=pyxis)";
    private static final String FRONTEND_BUNDLE = "dev.pyxis.frontend.python3";
    private static final String FRONTEND_SERVICE = "(objectClass=dev.pyxis.frontend.spi.Frontend)";
    private static final long COMMANDS_TIMEOUT_MILLIS = 10_000;
    private static final String MISSING_COMMANDS = "pyxis: the pyxis shell commands did not appear within "
            + COMMANDS_TIMEOUT_MILLIS + " ms (is the framework bundle resolved? try 'lb' in the shell)";

    private final Path bundles;

    public OsgiShell(Path bundles) {
        this.bundles = bundles;
    }

    /** {@code bundles/} beside the directory that holds the launcher jar, unless the property says otherwise. */
    public static Path defaultBundles() throws URISyntaxException {
        String configured = System.getProperty(BUNDLES_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        Path jar = Path.of(OsgiShell.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return jar.toAbsolutePath().getParent().resolveSibling("bundles");
    }

    /**
     * Boots the framework and runs the shell until it exits. With {@code componentsOnly} it prints
     * what the {@code pyxis:components} command returns, without a shell, and stops.
     */
    public int run(boolean componentsOnly, PrintWriter out, PrintWriter err) throws Exception {
        List<Path> jars = jars();
        if (jars.isEmpty()) {
            err.println("pyxis: no bundles in " + bundles + " (set -D" + BUNDLES_PROPERTY + " or build the assembly)");
            return 1;
        }
        try (OsgiHost host = OsgiHost.start(OsgiHost.factory(), Map.of())) {
            List<Bundle> installed = new ArrayList<>();
            for (Path jar : jars) {
                installed.add(host.install(jar));
            }
            // The shell reads its first command at once: it starts after the pyxis commands are there.
            Bundle shell = installed.stream().filter(b -> SHELL_BUNDLE.equals(b.getSymbolicName())).findFirst().orElse(null);
            installed.remove(shell);
            host.start(installed);
            return componentsOnly ? printComponents(host, out, err) : runShell(host, shell, err);
        } catch (BundleException e) {
            err.println("pyxis: " + e.getMessage());
            return 1;
        }
    }

    private int printComponents(OsgiHost host, PrintWriter out, PrintWriter err) throws Exception {
        ServiceTracker<Object, Object> tracker = commandTracker(host);
        try {
            Object commands = tracker.waitForService(COMMANDS_TIMEOUT_MILLIS);
            if (commands == null) {
                err.println(MISSING_COMMANDS);
                return 1;
            }
            awaitFrontends(host);
            // What Gogo does: a command is a public method of the service object.
            out.println(commands.getClass().getMethod("components").invoke(commands));
            return 0;
        } finally {
            tracker.close();
        }
    }

    private int runShell(OsgiHost host, Bundle shell, PrintWriter err) throws Exception {
        if (shell == null) {
            err.println("pyxis: no " + SHELL_BUNDLE + " bundle in " + bundles);
            return 1;
        }
        ServiceTracker<Object, Object> tracker = commandTracker(host);
        try {
            if (tracker.waitForService(COMMANDS_TIMEOUT_MILLIS) == null) {
                err.println(MISSING_COMMANDS);
            }
        } finally {
            tracker.close();
        }
        shell.start();
        host.awaitStop();
        return 0;
    }

    /**
     * Declarative Services activates components one by one: a listing taken as soon as the
     * commands appear could miss a front end whose bundle is installed.
     */
    private static void awaitFrontends(OsgiHost host) throws InvalidSyntaxException, InterruptedException {
        boolean installed = false;
        for (Bundle b : host.context().getBundles()) {
            installed |= FRONTEND_BUNDLE.equals(b.getSymbolicName());
        }
        if (!installed) {
            return;
        }
        ServiceTracker<Object, Object> frontends = new ServiceTracker<>(host.context(),
                host.context().createFilter(FRONTEND_SERVICE), null);
        frontends.open(true);
        try {
            frontends.waitForService(COMMANDS_TIMEOUT_MILLIS);
        } finally {
            frontends.close();
        }
    }

    private static ServiceTracker<Object, Object> commandTracker(OsgiHost host) throws InvalidSyntaxException {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(host.context(),
                host.context().createFilter(PYXIS_COMMANDS), null);
        tracker.open(true); // all services: the commands' class is private to the framework bundle
        return tracker;
    }

    private List<Path> jars() throws IOException {
        if (!Files.isDirectory(bundles)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(bundles)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }
}
