package org.lexmaturity.web.http;

import java.util.Arrays;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An output stream onto a chunked HTTP response, for a worker thread that writes a large answer (query results,
 * dumps). It sends 64 KB chunks and waits while the client is slow to read, so a big result is never held in memory;
 * a client that goes away or stops reading for a minute ends the writing with an IOException.
 */
public final class ResponseStream extends OutputStream {
    private static final int CHUNK = 64 * 1024;
    private static final long STALL_SECONDS = 60;

    private final HttpServerResponse response;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private volatile boolean clientGone;
    private volatile CountDownLatch waiting;

    public ResponseStream(HttpServerResponse response) {
        this.response = response;
        response.closeHandler(v -> {
            clientGone = true;
            CountDownLatch w = waiting;
            if (w != null) {
                w.countDown();
            }
        });
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == CHUNK) {
            send();
        }
        buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (filled == CHUNK) {
                send();
            }
            int n = Math.min(len, CHUNK - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        if (filled > 0) {
            send();
        }
    }

    /** Sends what is buffered; the response itself is ended by the caller. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void send() throws IOException {
        if (clientGone || response.closed()) {
            throw new IOException("the client closed the connection");
        }
        waitForRoom();
        response.write(Buffer.buffer(Arrays.copyOf(buffer, filled)));
        filled = 0;
    }

    private void waitForRoom() throws IOException {
        while (response.writeQueueFull()) {
            CountDownLatch drained = new CountDownLatch(1);
            waiting = drained;
            response.drainHandler(v -> drained.countDown());
            if (!response.writeQueueFull()) {
                return; // drained between the check and setting the handler
            }
            try {
                if (!drained.await(STALL_SECONDS, TimeUnit.SECONDS)) {
                    throw new IOException("the client stopped reading");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the client", e);
            }
            if (clientGone) {
                throw new IOException("the client closed the connection");
            }
        }
    }
}
