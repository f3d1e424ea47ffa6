package dev.pyxis.golden;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The golden corpus ({@code tests/golden}) under every {@link Mode}: each program runs in a fresh
 * interpreter and its stdout, stderr and exit status must equal CPython's byte for byte.
 *
 * <p>The programs run in separate JVMs ({@link WorkerPool}, {@code pyxis.golden.workers} of them):
 * a program that crashes the JVM or exceeds the timeout fails alone, and its worker is restarted.
 * A listed program that passes but takes more than half the timeout stays listed; a listed program
 * must pass within a quarter of the timeout before the test asks for its removal.
 *
 * <p>{@code pending.txt} lists the programs the interpreter cannot run yet. A listed program must
 * still fail (so the list shrinks as the interpreter grows: a pass is reported as a failure
 * saying to remove the line); an unlisted one must pass. With {@code -Dpyxis.golden.update=true}
 * nothing is checked and the list is rewritten from the run ({@code tests/golden/update-pending}).
 *
 * <p>Properties: {@code pyxis.golden.dir} (the corpus), {@code pyxis.golden.timeout} (seconds per
 * program; stress mode gives four times as long), {@code pyxis.golden.stress} (stress mode's
 * collection interval, 50), {@code pyxis.golden.only} (a substring of the programs to run).
 */
class GoldenTest {
    private static final GoldenCorpus CORPUS = new GoldenCorpus(Path.of(System.getProperty("pyxis.golden.dir", "../../tests/golden")));
    private static final long TIMEOUT_SECONDS = Long.getLong("pyxis.golden.timeout", 10);
    /** Not tied to pyxis.long: pending.txt holds for one setting, the one CI runs too. */
    private static final int STRESS_INTERVAL = Integer.getInteger("pyxis.golden.stress", 50);
    private static final boolean UPDATE = Boolean.getBoolean("pyxis.golden.update");
    private static final String ONLY = System.getProperty("pyxis.golden.only", "");
    /** The area of programs that allocate heavily (run after the others in each mode). */
    private static final String HEAVY_AREA = "py3/alloc/";

    private static final int WORKERS = Integer.getInteger("pyxis.golden.workers", Math.min(2, Runtime.getRuntime().availableProcessors()));
    /** The JVMs the programs run in: a crash or an endless loop takes only one down. */
    private static final WorkerPool POOL = new WorkerPool(WORKERS, TIMEOUT_SECONDS, Path.of(System.getProperty("pyxis.golden.crashes", "target")));

    /** Program to the modes it failed in, for the update. */
    private static final Map<String, Set<String>> FAILURES = new java.util.concurrent.ConcurrentSkipListMap<>();

    @TestFactory
    List<DynamicNode> corpus() throws IOException {
        Map<String, Set<String>> pending = CORPUS.pending();
        // The heavy allocators last: in the first mode the worker JVMs are still cold (no JIT yet)
        // and would take them twice as long, close to the timeout.
        List<String> programs = CORPUS.programs().stream().filter(p -> p.contains(ONLY))
                .sorted(java.util.Comparator.comparing((String p) -> p.startsWith(HEAVY_AREA))).toList();
        List<DynamicNode> modes = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            List<DynamicTest> tests = new ArrayList<>();
            for (String program : programs) {
                Set<String> failing = pending.get(program);
                boolean expectFailure = failing != null && (failing.isEmpty() || failing.contains(mode.label));
                CompletableFuture<Worker.Result> result = POOL.submit(mode, STRESS_INTERVAL, CORPUS.file(program));
                tests.add(DynamicTest.dynamicTest(program, CORPUS.file(program).toUri(),
                        () -> check(program, mode, result.get(), expectFailure)));
            }
            modes.add(DynamicContainer.dynamicContainer(mode.label, tests));
        }
        return modes;
    }

    private static void check(String program, Mode mode, Worker.Result result, boolean expectFailure) throws Exception {
        byte[] expected = CORPUS.expected(program);
        String problem;
        if (result.failure() != null) {
            problem = result.failure();
        } else if (Arrays.equals(expected, result.out())) {
            problem = null;
        } else {
            problem = UnifiedDiff.diff(program.replace(".py", ".out") + " (CPython)", new String(expected, StandardCharsets.UTF_8),
                    "pyxis " + mode.label, new String(result.out(), StandardCharsets.UTF_8));
        }
        // A pass that took more than half the timeout could time out next time: it keeps the
        // program in the list, so that the list does not flip with the machine's load.
        boolean slow = result.millis() > mode.timeoutSeconds(TIMEOUT_SECONDS) * 500;
        if (problem != null || slow) {
            FAILURES.computeIfAbsent(program, p -> new TreeSet<>()).add(mode.label);
        }
        if (UPDATE) {
            return;
        }
        if (problem != null && !expectFailure) {
            fail(program + " (" + mode.label + "): " + problem);
        }
        // Only a clearly fast pass asks for the line's removal: a listed program near the slow
        // mark passes or not with the machine's load, and that must not fail the build.
        boolean clearlyFast = result.millis() < mode.timeoutSeconds(TIMEOUT_SECONDS) * 250;
        if (problem == null && expectFailure && clearlyFast) {
            fail(program + " passes in " + mode.label + " now: remove it from tests/golden/pending.txt"
                    + " (or run tests/golden/update-pending)");
        }
    }

    @AfterAll
    static void update() throws IOException, InterruptedException {
        POOL.close();
        if (UPDATE && ONLY.isEmpty()) {
            CORPUS.writePending(FAILURES, Arrays.stream(Mode.values()).map(m -> m.label).toList());
        }
    }
}
