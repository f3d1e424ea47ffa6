package dev.pyxis.golden;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs programs in a {@link GoldenWorker} JVM, started on first use and again after it dies or
 * is killed for a timeout. One program at a time; not thread-safe.
 */
final class Worker implements AutoCloseable {
    /** What a run gave: the .out text or why there is none, and how long it took. */
    record Result(byte[] out, String failure, long millis) {}

    private final long timeoutSeconds;
    private final Path errorDir;
    private Process process;
    private DataInputStream answers;
    private OutputStream requests;

    /** {@code errorDir} receives the JVM's crash reports. */
    Worker(long timeoutSeconds, Path errorDir) {
        this.timeoutSeconds = timeoutSeconds;
        this.errorDir = errorDir;
    }

    Result run(Mode mode, int stressInterval, Path script) throws IOException, InterruptedException {
        if (process == null || !process.isAlive()) {
            start();
        }
        long t0 = System.nanoTime();
        try {
            return exchange(mode, stressInterval, script, t0);
        } catch (IOException e) {
            stop();
            return new Result(null, "the worker JVM failed: " + e, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private Result exchange(Mode mode, int stressInterval, Path script, long t0) throws IOException, InterruptedException {
        requests.write((mode.name() + "\t" + stressInterval + "\t" + script.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
        requests.flush();
        FutureTask<byte[]> answer = new FutureTask<>(() -> {
            int length = answers.readInt();
            return answers.readNBytes(length);
        });
        Thread.ofVirtual().start(answer);
        long limit = mode.timeoutSeconds(timeoutSeconds);
        try {
            byte[] out = answer.get(limit, TimeUnit.SECONDS);
            return new Result(out, null, (System.nanoTime() - t0) / 1_000_000);
        } catch (TimeoutException e) {
            stop();
            return new Result(null, "timed out after " + limit + " s", limit * 1000);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EOFException) {
                int status = process.waitFor();
                process = null;
                return new Result(null, "the worker JVM died running it (exit status " + status + "; crash reports in "
                        + errorDir + ")", (System.nanoTime() - t0) / 1_000_000);
            }
            throw new IOException(e.getCause());
        }
    }

    private void start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        // As the launcher's program thread: the recursion limit, not the Java stack, bounds Python recursion.
        command.add("-Xss1g");
        command.add("-XX:ErrorFile=" + errorDir.resolve("hs_err_pid%p.log"));
        command.add("-XX:-CreateCoredumpOnCrash");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(GoldenWorker.class.getName());
        process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        answers = new DataInputStream(process.getInputStream());
        requests = process.getOutputStream();
    }

    private void stop() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            try {
                requests.close();
            } catch (IOException e) {
                // the worker is gone already
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                stop();
            }
        }
    }
}
