package dev.pyxis.bench.substrate;

import org.openjdk.jmh.infra.BenchmarkParams;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries what JMH does not measure, pause times and live size, from the forked benchmark JVM
 * to the launcher: one file per benchmark and parameter set, in the directory named by the
 * system property {@value #DIRECTORY_PROPERTY}. Every measurement iteration appends a block, so
 * several forks add up.
 *
 * <p>Lines: {@code live <bytes>}, {@code time <nanos>} (the iteration's length), then one
 * {@code pause <nanos>} per collection.
 */
final class SampleFile {
    static final String DIRECTORY_PROPERTY = "pyxis.bench.samples";

    private SampleFile() {}

    /** What the measurement iterations of one benchmark and parameter set saw. */
    record Samples(long liveBytes, long measuredNanos, long[] pauses) {
        static final Samples NONE = new Samples(0, 0, new long[0]);
    }

    /** Appends one iteration's samples; does nothing when JMH runs without the launcher. */
    static void append(BenchmarkParams benchmark, long liveBytes, long iterationNanos, long[] pauses) throws IOException {
        String dir = System.getProperty(DIRECTORY_PROPERTY);
        if (dir == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append("live ").append(liveBytes).append('\n');
        text.append("time ").append(iterationNanos).append('\n');
        for (long p : pauses) {
            text.append("pause ").append(p).append('\n');
        }
        Files.writeString(file(Path.of(dir), benchmark), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Everything appended for {@code benchmark}; {@link Samples#NONE} if nothing was. */
    static Samples read(Path dir, BenchmarkParams benchmark) throws IOException {
        Path file = file(dir, benchmark);
        if (!Files.exists(file)) {
            return Samples.NONE;
        }
        long live = 0;
        long time = 0;
        List<Long> pauses = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] kv = line.split(" ");
            long value = Long.parseLong(kv[1]);
            switch (kv[0]) {
                case "live" -> live = Math.max(live, value);
                case "time" -> time += value;
                case "pause" -> pauses.add(value);
                default -> throw new IOException(file + ": unexpected line '" + line + "'");
            }
        }
        return new Samples(live, time, pauses.stream().mapToLong(Long::longValue).toArray());
    }

    private static Path file(Path dir, BenchmarkParams benchmark) {
        StringBuilder name = new StringBuilder(benchmark.getBenchmark());
        for (String key : benchmark.getParamsKeys()) {
            name.append('-').append(key).append('=').append(benchmark.getParam(key));
        }
        return dir.resolve(name.toString().replaceAll("[^A-Za-z0-9.=-]", "_") + ".samples");
    }
}
