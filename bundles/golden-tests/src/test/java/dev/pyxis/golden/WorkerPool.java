package dev.pyxis.golden;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A few {@link Worker}s, each with its own queue: run k goes to worker k mod n, so that every
 * worker runs the same programs in the same order on every run, and whatever one program leaves
 * behind in a worker JVM affects the same successor each time (results stay reproducible).
 */
final class WorkerPool implements AutoCloseable {
    private record Job(Mode mode, int stressInterval, Path script, CompletableFuture<Worker.Result> result) {}

    private static final Job STOP = new Job(null, 0, null, null);

    private final List<BlockingQueue<Job>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private int submitted;

    WorkerPool(int size, long timeoutSeconds, Path errorDir) {
        for (int i = 0; i < size; i++) {
            BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
            queues.add(queue);
            threads.add(Thread.ofPlatform().daemon().name("golden worker " + i)
                    .start(() -> serve(queue, new Worker(timeoutSeconds, errorDir))));
        }
    }

    synchronized CompletableFuture<Worker.Result> submit(Mode mode, int stressInterval, Path script) {
        CompletableFuture<Worker.Result> result = new CompletableFuture<>();
        queues.get(submitted++ % queues.size()).add(new Job(mode, stressInterval, script, result));
        return result;
    }

    private static void serve(BlockingQueue<Job> queue, Worker worker) {
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
        for (BlockingQueue<Job> queue : queues) {
            queue.add(STOP);
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
