package org.lexmaturity.web.http;

import org.lexmaturity.kernel.ByteSize;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * Reads a request body as bytes, whatever its Content-Type says, up to a limit. An uploaded file sent by
 * {@code curl --data-binary} arrives labelled as a form, and the body handler would try to decode it as one.
 */
public final class RawBody {
    /** The largest JSON body a write route reads (a barrier, a measure, an assessment). */
    public static final long MAX_JSON_BYTES = 1024 * 1024;

    private static final String KEY = "lexmaturity.rawBody";

    private RawBody() {}

    public static Handler<RoutingContext> limitedTo(long maxBytes) {
        return ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
                ctx.fail(new HttpException(413, "the request body is larger than " + ByteSize.of(maxBytes) + ", the limit here"));
                return;
            }
            Buffer body = Buffer.buffer();
            boolean[] failed = {false};
            ctx.request().handler(chunk -> {
                if (failed[0]) {
                    return;
                }
                if (body.length() + chunk.length() > maxBytes) {
                    failed[0] = true;
                    ctx.fail(new HttpException(413, "the request body is larger than " + ByteSize.of(maxBytes) + ", the limit here"));
                    return;
                }
                body.appendBuffer(chunk);
            });
            ctx.request().endHandler(v -> {
                if (!failed[0]) {
                    ctx.put(KEY, body);
                    ctx.next();
                }
            });
            ctx.request().exceptionHandler(ctx::fail);
            ctx.request().resume(); // the router pauses a request until someone reads its body
        };
    }

    public static byte[] of(RoutingContext ctx) {
        Buffer body = ctx.get(KEY);
        return body == null ? new byte[0] : body.getBytes();
    }
}
