package dev.pyxis.concurrency.gil;

import dev.pyxis.concurrency.spi.Concurrency;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A global interpreter lock with CPython's switching rule: a thread that has waited one switch
 * interval asks the holder to drop the lock at its next yield point; the fair lock then hands
 * it to the longest waiter.
 */
final class Gil implements Concurrency {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final long switchIntervalNanos;
    private volatile boolean dropRequested;

    Gil(long switchIntervalNanos) {
        this.switchIntervalNanos = switchIntervalNanos;
    }

    @Override
    public void acquire() {
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("the GIL is not reentrant");
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (!lock.tryLock(switchIntervalNanos, TimeUnit.NANOSECONDS)) {
                        dropRequested = true;
                        lock.lock();
                    }
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        dropRequested = false;
    }

    @Override
    public void release() {
        lock.unlock();
    }

    @Override
    public boolean yieldPoint() {
        if (!dropRequested || !lock.hasQueuedThreads()) {
            return false;
        }
        lock.unlock();
        lock.lock();
        return true;
    }

    @Override
    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }
}
