package dev.pyxis.osgi.tests;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.pyxis.launcher.osgi.OsgiHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.FrameworkFactory;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The collector-swap scenario in a real framework: the probe's mutator runs on semispace; marksweep
 * starts and semispace stops, so the VM swaps to marksweep at a safepoint; semispace starts and
 * marksweep stops, so it swaps back. The probe checks its graph after every round; here we check
 * that it stayed correct, that the registry followed the bundles, and that the framework's SLF4J
 * log lines reached the host's Logback. Subclasses name the framework.
 */
abstract class CollectorSwapScenario {
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(CollectorSwapScenario.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final List<String> SCR = List.of("org.osgi.util.function", "org.osgi.util.promise",
            "org.osgi.service.component", "org.apache.felix.scr");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Logger pyxisLogger;

    /** The FrameworkFactory implementation to boot. */
    abstract String factoryClass();

    @BeforeEach
    void captureLog() {
        pyxisLogger = (Logger) LoggerFactory.getLogger("dev.pyxis");
        pyxisLogger.setLevel(Level.INFO);
        log.start();
        pyxisLogger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        pyxisLogger.detachAppender(log);
    }

    @Test
    void collectorFollowsBundlesWhileMutatorRuns() throws Exception {
        try (OsgiHost host = OsgiHost.start(factory(), Map.of())) {
            for (String name : SCR) {
                host.install(bundle(name)).start();
            }
            host.install(bundle("pyxis-framework")).start();
            Bundle semispace = host.install(bundle("pyxis-gc-semispace"));
            Bundle marksweep = host.install(bundle("pyxis-gc-marksweep"));
            semispace.start();
            host.install(Path.of(System.getProperty("pyxis.probe"))).start();
            Function<String, String> probe = awaitProbe(host.context());

            await("semispace registered", () -> probe.apply("components"), s -> slot(s, "gc").equals("nogc,semispace"));
            probe.apply("start");
            Map<String, String> s = awaitStatus(probe, "two collections under semispace",
                    st -> st.get("plan").equals("semispace") && num(st, "collections") >= 2);
            LOG.info("on semispace: {}", s);

            marksweep.start();
            await("marksweep registered", () -> probe.apply("components"), c -> slot(c, "gc").equals("marksweep,nogc,semispace"));
            semispace.stop();
            await("semispace withdrawn", () -> probe.apply("components"), c -> slot(c, "gc").equals("marksweep,nogc"));
            s = awaitSwap(probe, "marksweep", 1, num(s, "collections"));

            semispace.start();
            marksweep.stop();
            await("back to semispace only", () -> probe.apply("components"), c -> slot(c, "gc").equals("nogc,semispace"));
            awaitSwap(probe, "semispace", 2, num(s, "collections"));

            Map<String, String> last = parse(probe.apply("stop"));
            assertEquals("", last.get("error"), "graph errors");
            assertEquals("false", last.get("running"));
            assertEquals(2, num(last, "swaps"), "swaps in " + last);
            LOG.info("stopped: {}", last);
        }
        assertLogged("collector swapped: semispace -> marksweep");
        assertLogged("collector swapped: marksweep -> semispace");
    }

    /**
     * Waits until the mutator runs on {@code plan} after swap number {@code swaps}, with the graph
     * checked since, and two collections by the new plan on top of {@code collectionsBefore}.
     */
    private static Map<String, String> awaitSwap(Function<String, String> probe, String plan, int swaps,
                                                 long collectionsBefore) throws InterruptedException {
        Map<String, String> s = awaitStatus(probe, "a verified swap to " + plan + " and two collections under it",
                st -> st.get("plan").equals(plan) && num(st, "verifiedSwaps") == swaps
                        && num(st, "collections") >= collectionsBefore + 2);
        LOG.info("on {}: {}", plan, s);
        return s;
    }

    private FrameworkFactory factory() {
        return OsgiHost.factories().stream().filter(f -> f.getClass().getName().equals(factoryClass())).findFirst()
                .orElseThrow(() -> new AssertionError(factoryClass() + " is not on the test class path"));
    }

    private static Path bundle(String name) {
        return Path.of(System.getProperty("pyxis.bundles"), name + ".jar");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<String, String> awaitProbe(BundleContext context) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Collection<ServiceReference<Function>> refs = context.getServiceReferences(Function.class, "(pyxis.probe=true)");
            if (!refs.isEmpty()) {
                return context.getService(refs.iterator().next());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the probe service did not appear within " + TIMEOUT);
    }

    private static Map<String, String> awaitStatus(Function<String, String> probe, String what,
                                                   Predicate<Map<String, String>> done) throws InterruptedException {
        Map<String, String> s = parse(await(what, () -> probe.apply("status"), line -> {
            Map<String, String> st = parse(line);
            return !st.get("error").isEmpty() || done.test(st);
        }));
        assertEquals("", s.get("error"), "the probe's mutator failed while waiting for " + what);
        assertEquals("true", s.get("running"), "the probe's mutator stopped");
        return s;
    }

    private static String await(String what, Supplier<String> poll, Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String last = poll.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                fail("no " + what + " within " + TIMEOUT + "; last: " + last);
            }
            Thread.sleep(20);
            last = poll.get();
        }
        return last;
    }

    /** {@code key=value} pairs; {@code error=} comes last and takes the rest of the line. */
    static Map<String, String> parse(String status) {
        Map<String, String> m = new LinkedHashMap<>();
        int errorAt = status.indexOf("error=");
        String pairs = errorAt < 0 ? status : status.substring(0, errorAt);
        for (String pair : pairs.trim().split(" ")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        m.put("error", errorAt < 0 ? "" : status.substring(errorAt + "error=".length()));
        return m;
    }

    private static long num(Map<String, String> status, String key) {
        return Long.parseLong(status.get(key));
    }

    /** The names listed for {@code slot} in the probe's {@code components} answer. */
    private static String slot(String components, String slot) {
        return parse(components).get(slot);
    }

    private void assertLogged(String text) {
        assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().startsWith(text)),
                "no log line starting with '" + text + "' reached the host's Logback");
    }
}
