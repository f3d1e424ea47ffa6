package dev.pyxis.launcher.osgi;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleRevision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Boots any OSGi framework (Felix, Equinox: whatever {@link FrameworkFactory} names) embedded
 * in this JVM, with a throw-away storage directory.
 *
 * <p>The host shares SLF4J's API with the bundles through the system bundle, so that bundles
 * log into the host's Logback without a ServiceLoader mediator inside the framework.
 */
public final class OsgiHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OsgiHost.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> SLF4J_PACKAGES = List.of("org.slf4j", "org.slf4j.event", "org.slf4j.helpers", "org.slf4j.spi");

    private final Framework framework;
    private final Path storage;
    private final Thread shutdownHook;
    private boolean closed;

    private OsgiHost(Framework framework, Path storage) {
        this.framework = framework;
        this.storage = storage;
        // Ctrl-C: stop the bundles (their components release native memory) and remove the storage.
        this.shutdownHook = new Thread(this::stopAndClean, "pyxis-osgi-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The first framework implementation on the class path. */
    public static FrameworkFactory factory() {
        return factories().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework (FrameworkFactory) on the class path"));
    }

    /** Every framework implementation on the class path. */
    public static List<FrameworkFactory> factories() {
        return ServiceLoader.load(FrameworkFactory.class, OsgiHost.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }

    /** Starts a framework from {@code factory}; {@code properties} add to or override the defaults. */
    public static OsgiHost start(FrameworkFactory factory, Map<String, String> properties) throws BundleException {
        long t0 = System.nanoTime();
        Path storage = createStorage();
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, sharedPackages());
        config.putAll(properties);
        Framework framework = factory.newFramework(config);
        try {
            framework.start();
        } catch (BundleException | RuntimeException e) {
            delete(storage);
            throw e;
        }
        LOG.debug("{} {} started in {} ms, storage {}", framework.getSymbolicName(), framework.getVersion(),
                (System.nanoTime() - t0) / 1_000_000, storage);
        return new OsgiHost(framework, storage);
    }

    /** {@code org.slf4j} and its sibling packages at the version of the slf4j-api jar the host runs. */
    static String sharedPackages() {
        String version = LoggerFactory.class.getPackage().getImplementationVersion();
        if (version == null) {
            throw new IllegalStateException("the slf4j-api jar on the class path has no Implementation-Version");
        }
        return String.join(",", SLF4J_PACKAGES.stream().map(p -> p + ";version=" + version).toList());
    }

    public Framework framework() {
        return framework;
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /** Installs a bundle jar without starting it. */
    public Bundle install(Path jar) throws BundleException {
        Bundle b = context().installBundle(jar.toUri().toString());
        LOG.debug("installed {} {}", b.getSymbolicName(), b.getVersion());
        return b;
    }

    /** Starts every bundle but fragments; install them all first, and start order no longer matters. */
    public void start(List<Bundle> bundles) throws BundleException {
        for (Bundle b : bundles) {
            if ((b.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
                b.start();
            }
        }
    }

    /** Blocks until the framework stops (for the shell: until the user exits it). */
    public void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            return; // the hook is running and does the work
        }
        stopAndClean();
    }

    private synchronized void stopAndClean() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            framework.stop();
            framework.waitForStop(STOP_TIMEOUT.toMillis());
        } catch (BundleException e) {
            LOG.warn("stopping the OSGi framework failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delete(storage);
    }

    private static Path createStorage() {
        try {
            return Files.createTempDirectory("pyxis-osgi-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the OSGi storage directory", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("cannot delete the OSGi storage {}: {}", dir, e.toString());
        }
    }
}
