package org.lexmaturity.web.http;

import org.lexmaturity.kernel.ByteSize;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a request body, whatever its Content-Type, into a temporary file, up to a limit (413 beyond it): for
 * uploads too large to hold in memory, such as an archive of a whole statute book. The file is deleted when the
 * response ends; the handler after this one finds it with {@link #of}.
 */
public final class SpooledBody {
    private static final String KEY = "lexmaturity.spooledBody";

    private SpooledBody() {}

    public static Handler<RoutingContext> limitedTo(long maxBytes, Path folder) {
        return ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
                ctx.fail(new HttpException(413, tooLarge(maxBytes)));
                return;
            }
            new Spool(ctx, maxBytes).start(folder);
        };
    }

    /**
     * One body on its way to disk. The request's handlers are set at once (a body that has already arrived, as in
     * an h2c upgrade, is delivered only to handlers set before the route handler returns); chunks that come before
     * the file is open wait in memory, with the request paused. Event-loop thread only.
     */
    private static final class Spool {
        private final RoutingContext ctx;
        private final long maxBytes;
        private final List<Buffer> waiting = new ArrayList<>();
        private AsyncFile file;
        private Path path;
        private long received;
        private boolean ended;
        private boolean failed;

        Spool(RoutingContext ctx, long maxBytes) {
            this.ctx = ctx;
            this.maxBytes = maxBytes;
        }

        void start(Path folder) {
            HttpServerRequest request = ctx.request();
            request.pause();
            request.handler(this::chunk);
            request.endHandler(v -> {
                ended = true;
                finishIfReady();
            });
            request.exceptionHandler(this::fail);
            FileSystem fs = ctx.vertx().fileSystem();
            fs.createTempFile(folder.toString(), "upload-", ".body", (String) null)
                    .compose(p -> {
                        path = Path.of(p);
                        ctx.addEndHandler(v -> fs.delete(p));
                        return fs.open(p, new OpenOptions().setWrite(true));
                    })
                    .onSuccess(f -> {
                        file = f;
                        waiting.forEach(this::write);
                        waiting.clear();
                        if (!finishIfReady()) {
                            request.resume();
                        }
                    })
                    .onFailure(this::fail);
        }

        private void chunk(Buffer chunk) {
            if (failed) {
                return;
            }
            received += chunk.length();
            if (received > maxBytes) {
                fail(new HttpException(413, tooLarge(maxBytes)));
            } else if (file == null) {
                waiting.add(chunk);
            } else {
                write(chunk);
            }
        }

        private void write(Buffer chunk) {
            file.write(chunk);
            if (file.writeQueueFull()) {
                ctx.request().pause();
                file.drainHandler(v -> ctx.request().resume());
            }
        }

        /** Hands over to the next handler once the whole body is on disk. */
        private boolean finishIfReady() {
            if (failed || !ended || file == null) {
                return false;
            }
            file.close().onSuccess(x -> {
                ctx.put(KEY, path);
                ctx.next();
            }).onFailure(this::fail);
            return true;
        }

        private void fail(Throwable e) {
            if (failed) {
                return;
            }
            failed = true;
            waiting.clear();
            if (file != null) {
                file.close();
            }
            ctx.fail(e);
        }
    }

    private static String tooLarge(long maxBytes) {
        return "the upload is larger than " + ByteSize.of(maxBytes);
    }

    /** The spooled body of this request. */
    public static Path of(RoutingContext ctx) {
        Path path = ctx.get(KEY);
        if (path == null) {
            throw new IllegalStateException("no spooled body: SpooledBody must run before this handler");
        }
        return path;
    }
}
