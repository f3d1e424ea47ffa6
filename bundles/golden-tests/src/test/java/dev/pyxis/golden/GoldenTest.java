package dev.pyxis.golden;

import dev.pyxis.frontend.spi.Frontend;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.HeapConfig;
import dev.pyxis.python.api.SourceCompiler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The golden corpus ({@code tests/golden}) under every {@link Mode}: each program runs in a fresh
 * interpreter and its stdout, stderr and exit status must equal CPython's byte for byte.
 *
 * <p>{@code pending.txt} lists the programs the interpreter cannot run yet. A listed program must
 * still fail (so the list shrinks as the interpreter grows: a pass is reported as a failure
 * saying to remove the line); an unlisted one must pass. With {@code -Dpyxis.golden.update=true}
 * nothing is checked and the list is rewritten from the run ({@code tests/golden/update-pending}).
 *
 * <p>Properties: {@code pyxis.golden.dir} (the corpus), {@code pyxis.golden.timeout} (seconds per
 * program), {@code pyxis.golden.stress} (stress mode's collection interval; 1 when
 * {@code pyxis.long=true}), {@code pyxis.golden.only} (a substring of the programs to run).
 */
class GoldenTest {
    private static final GoldenCorpus CORPUS = new GoldenCorpus(Path.of(System.getProperty("pyxis.golden.dir", "../../tests/golden")));
    private static final long TIMEOUT_SECONDS = Long.getLong("pyxis.golden.timeout", 10);
    private static final int STRESS_INTERVAL = Boolean.getBoolean("pyxis.long") ? 1 : Integer.getInteger("pyxis.golden.stress", 50);
    private static final boolean UPDATE = Boolean.getBoolean("pyxis.golden.update");
    private static final String ONLY = System.getProperty("pyxis.golden.only", "");

    /** Program to the modes it failed in, for the update. */
    private static final Map<String, Set<String>> FAILURES = new TreeMap<>();

    @TestFactory
    List<DynamicNode> corpus() throws IOException {
        SourceCompiler compiler = compiler();
        Map<String, Set<String>> pending = CORPUS.pending();
        List<String> programs = CORPUS.programs().stream().filter(p -> p.contains(ONLY)).toList();
        List<DynamicNode> modes = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            CollectorProvider collector = collector(mode.collector);
            HeapConfig heap = mode.heap(STRESS_INTERVAL);
            List<DynamicTest> tests = new ArrayList<>();
            for (String program : programs) {
                Set<String> failing = pending.get(program);
                boolean expectFailure = failing != null && (failing.isEmpty() || failing.contains(mode.label));
                tests.add(DynamicTest.dynamicTest(program, CORPUS.file(program).toUri(),
                        () -> check(program, mode, collector, heap, compiler, expectFailure)));
            }
            modes.add(DynamicContainer.dynamicContainer(mode.label, tests));
        }
        return modes;
    }

    private static void check(String program, Mode mode, CollectorProvider collector, HeapConfig heap,
                              SourceCompiler compiler, boolean expectFailure) throws Exception {
        byte[] expected = CORPUS.expected(program);
        String problem;
        byte[] actual = runWithTimeout(CORPUS.file(program), collector, heap, compiler);
        if (actual == null) {
            problem = "timed out after " + TIMEOUT_SECONDS + " s";
        } else if (Arrays.equals(expected, actual)) {
            problem = null;
        } else {
            problem = UnifiedDiff.diff(program.replace(".py", ".out") + " (CPython)", new String(expected, StandardCharsets.UTF_8),
                    "pyxis " + mode.label, new String(actual, StandardCharsets.UTF_8));
        }
        if (problem != null) {
            synchronized (FAILURES) {
                FAILURES.computeIfAbsent(program, p -> new TreeSet<>()).add(mode.label);
            }
        }
        if (UPDATE) {
            return;
        }
        if (problem != null && !expectFailure) {
            fail(program + " (" + mode.label + "): " + problem);
        }
        if (problem == null && expectFailure) {
            fail(program + " passes in " + mode.label + " now: remove it from tests/golden/pending.txt"
                    + " (or run tests/golden/update-pending)");
        }
    }

    /**
     * Runs the program on its own daemon thread. Interpreters cannot be stopped from outside yet,
     * so a program that times out is abandoned and keeps its thread until the JVM exits.
     */
    private static byte[] runWithTimeout(Path script, CollectorProvider collector, HeapConfig heap,
                                         SourceCompiler compiler) throws InterruptedException, ExecutionException {
        FutureTask<byte[]> task = new FutureTask<>(() -> ProgramRun.run(script, collector, heap, compiler));
        Thread worker = Thread.ofPlatform().daemon().name("golden " + script.getFileName()).stackSize(64L << 20).start(task);
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return null;
        }
    }

    @AfterAll
    static void update() throws IOException {
        if (UPDATE && ONLY.isEmpty()) {
            CORPUS.writePending(FAILURES, Arrays.stream(Mode.values()).map(m -> m.label).toList());
        }
    }

    private static SourceCompiler compiler() {
        for (Frontend f : ServiceLoader.load(Frontend.class)) {
            if (f.name().equals("python3")) {
                return f.adapt(SourceCompiler.class);
            }
        }
        throw new IllegalStateException("the python3 front end is not on the class path");
    }

    private static CollectorProvider collector(String name) {
        for (CollectorProvider c : ServiceLoader.load(CollectorProvider.class)) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("collector " + name + " is not on the class path");
    }
}
