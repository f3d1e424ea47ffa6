package dev.pyxis.golden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A few {@link Worker}s taking runs from one queue in submission order, so that the corpus runs
 * on every core while JUnit reports the results one by one.
 */
final class WorkerPool implements AutoCloseable {
    private record Job(Mode mode, int stressInterval, Path script, CompletableFuture<Worker.Result> result) {}

    private static final Job STOP = new Job(null, 0, null, null);

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();

    WorkerPool(int size, long timeoutSeconds, Path errorDir) {
        for (int i = 0; i < size; i++) {
            threads.add(Thread.ofPlatform().daemon().name("golden worker " + i).start(() -> serve(new Worker(timeoutSeconds, errorDir))));
        }
    }

    CompletableFuture<Worker.Result> submit(Mode mode, int stressInterval, Path script) {
        CompletableFuture<Worker.Result> result = new CompletableFuture<>();
        queue.add(new Job(mode, stressInterval, script, result));
        return result;
    }

    private void serve(Worker worker) {
        try (worker) {
            for (Job job = queue.take(); job != STOP; job = queue.take()) {
                try {
                    job.result().complete(worker.run(job.mode(), job.stressInterval(), job.script()));
                } catch (Exception e) {
                    job.result().completeExceptionally(e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = 0; i < threads.size(); i++) {
            queue.add(STOP);
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
