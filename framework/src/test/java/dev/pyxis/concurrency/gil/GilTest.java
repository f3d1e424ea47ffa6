package dev.pyxis.concurrency.gil;

import dev.pyxis.concurrency.spi.Concurrency;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GilTest {
    @Test
    void onlyOneThreadRunsAtATimeAndWaitersGetTheirTurn() throws InterruptedException {
        Concurrency gil = new GilProvider().create();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlap = new AtomicInteger();
        AtomicLong[] progress = {new AtomicLong(), new AtomicLong()};
        CountDownLatch done = new CountDownLatch(2);
        long until = System.nanoTime() + 300_000_000L;
        for (int t = 0; t < 2; t++) {
            AtomicLong mine = progress[t];
            Thread thread = new Thread(() -> {
                gil.acquire();
                try {
                    while (System.nanoTime() < until) {
                        if (inside.incrementAndGet() != 1) {
                            overlap.incrementAndGet();
                        }
                        mine.incrementAndGet();
                        inside.decrementAndGet();
                        gil.yieldPoint();
                    }
                } finally {
                    gil.release();
                    done.countDown();
                }
            });
            thread.start();
        }
        done.await();
        assertEquals(0, overlap.get(), "two threads held the GIL at once");
        assertTrue(progress[0].get() > 0 && progress[1].get() > 0, "a thread starved: " + progress[0] + " / " + progress[1]);
    }

    @Test
    void yieldingWithoutWaitersKeepsTheLockAndReentryIsRefused() {
        Concurrency gil = new GilProvider().create();
        gil.acquire();
        assertFalse(gil.yieldPoint());
        assertTrue(gil.isHeldByCurrentThread());
        assertThrows(IllegalStateException.class, gil::acquire);
        gil.release();
        assertFalse(gil.isHeldByCurrentThread());
    }
}
