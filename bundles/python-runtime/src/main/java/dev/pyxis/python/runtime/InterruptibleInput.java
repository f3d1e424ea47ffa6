package dev.pyxis.python.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.SynchronousQueue;

/**
 * Standard input as the interpreter reads it: a blocking read of a file descriptor cannot be
 * interrupted in Java, so a daemon thread does the reading, one read per request, and the
 * interpreter's thread waits for its result interruptibly. Ctrl-C during {@code input()} then
 * interrupts the wait ({@link InterruptedIOException}, raised as KeyboardInterrupt); the read
 * still under way keeps its data for the next request, so nothing typed is lost.
 */
final class InterruptibleInput extends InputStream {
    private static final int CHUNK = 8192;

    private final InputStream source;
    private final SynchronousQueue<Object> requests = new SynchronousQueue<>();
    private final SynchronousQueue<Object> results = new SynchronousQueue<>();
    private Thread reader;
    /** A request was made whose result has not been taken yet (the wait for it was interrupted). */
    private boolean pending;
    private byte[] chunk = new byte[0];
    private int position;
    private boolean ended;

    InterruptibleInput(InputStream source) {
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == chunk.length) {
            if (ended) {
                return -1;
            }
            fill();
            if (ended) {
                return -1;
            }
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, into, offset, n);
        position += n;
        return n;
    }

    private void fill() throws IOException {
        try {
            if (!pending) {
                startReader();
                requests.put(Boolean.TRUE);
                pending = true;
            }
            Object result = results.take();
            pending = false;
            switch (result) {
                case byte[] bytes -> {
                    chunk = bytes;
                    position = 0;
                }
                case IOException e -> {
                    ended = true;
                    throw e;
                }
                default -> ended = true;
            }
        } catch (InterruptedException e) {
            throw new InterruptedIOException("interrupted while reading standard input");
        }
    }

    private void startReader() {
        if (reader != null) {
            return;
        }
        reader = Thread.ofPlatform().daemon().name("pyxis-stdin").start(() -> {
            try {
                while (true) {
                    requests.take();
                    Object result;
                    try {
                        byte[] buffer = new byte[CHUNK];
                        int n = source.read(buffer);
                        result = n < 0 ? Boolean.FALSE : java.util.Arrays.copyOf(buffer, n);
                    } catch (IOException e) {
                        result = e;
                    }
                    results.put(result);
                    if (!(result instanceof byte[])) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // The session ended.
            }
        });
    }
}
