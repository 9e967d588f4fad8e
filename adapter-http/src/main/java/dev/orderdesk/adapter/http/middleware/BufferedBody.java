package dev.orderdesk.adapter.http.middleware;

import java.nio.ByteBuffer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** A request whose body was read in full already: the first read returns all of it, then the request's own end. */
final class BufferedBody extends Request.Wrapper {

    private Content.Chunk body;

    BufferedBody(Request request, byte[] bytes, int length) {
        super(request);
        this.body = Content.Chunk.from(ByteBuffer.wrap(bytes, 0, length), false);
    }

    @Override
    public synchronized Content.Chunk read() {
        Content.Chunk next = body;
        if (next == null) {
            return super.read(); // the real request's terminal chunk: everything was read before
        }
        body = null;
        return next;
    }

    @Override
    public synchronized boolean consumeAvailable() {
        body = null;
        return super.consumeAvailable();
    }
}
