package dev.orderdesk.adapter.http.middleware;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.SelectorManager;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds what connections cost before any request exists: at most {@code maxConnections} at once, closed after the
 * idle timeout, and a new connection must send its first request's headers within the header timeout (the idle
 * timeout alone let a client send a header byte every few seconds for hours).
 *
 * <p>Beyond the cap a connection is answered {@code 503} and closed at once. Jetty's own {@code ConnectionLimit}
 * stops accepting instead, which leaves new clients waiting unseen in the kernel's backlog until they time out; a
 * refusal they can see lets them, or the balancer, retry elsewhere straight away.
 */
public final class ConnectionGuard extends AbstractLifeCycle
        implements SelectorManager.AcceptListener, Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.orderdesk.http.clients");

    private final Server server;
    private final int maxConnections;
    private final Duration idleTimeout;
    private final Duration headerTimeout;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    public ConnectionGuard(Server server, int maxConnections, Duration idleTimeout, Duration headerTimeout) {
        this.server = server;
        this.maxConnections = maxConnections;
        this.idleTimeout = idleTimeout;
        this.headerTimeout = headerTimeout;
    }

    @Override
    protected void doStart() {
        // Started as a bean of the server, before its connectors: they exist now (Javalin adds them after the
        // server's configuration) and have not started yet.
        for (Connector connector : server.getConnectors()) {
            connector.addBean(this); // a connector tells its beans about accepts and connections
            if (connector instanceof AbstractConnector network) {
                network.setIdleTimeout(idleTimeout.toMillis());
            }
        }
    }

    @Override
    protected void doStop() {
        for (Connector connector : server.getConnectors()) {
            connector.removeBean(this);
        }
    }

    /** Connections open now, counted from their accept until their close. */
    public int connections() {
        return connections.get();
    }

    @Override
    public void onAccepting(SelectableChannel channel) {
        if (connections.incrementAndGet() > maxConnections) {
            refuse(channel);
        }
    }

    @Override
    public void onAcceptFailed(SelectableChannel channel, Throwable cause) {
        connections.decrementAndGet(); // refused here, or failed on its way in
    }

    @Override
    public void onClosed(SelectableChannel channel) {
        connections.decrementAndGet();
    }

    @Override
    public void onOpened(Connection connection) {
        Scheduler scheduler = server.getScheduler();
        scheduler.schedule(() -> closeIfHeadersMissing(connection), headerTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void closeIfHeadersMissing(Connection connection) {
        if (connection.getMessagesIn() == 0 && connection.getEndPoint().isOpen()) {
            LOG.debug("Closing a connection that sent no complete request headers within {} ms",
                    headerTimeout.toMillis());
            connection.getEndPoint().close();
        }
    }

    /** Best effort: what the client already sent is read first, so closing sends FIN rather than RST. */
    private void refuse(SelectableChannel channel) {
        if (refused.getAndIncrement() % 1_000 == 0) {
            LOG.warn("Connection limit of {} reached; refusing new connections with 503 ({} so far)", maxConnections,
                    refused.get());
        }
        try (channel) {
            if (channel instanceof SocketChannel socket) {
                socket.configureBlocking(false);
                socket.read(ByteBuffer.allocate(8_192));
                socket.write(ByteBuffer.wrap(refusal()));
            }
        } catch (IOException gone) {
            LOG.debug("Refused connection already gone: {}", gone.toString());
        }
    }

    /** The error envelope, written by hand: no request was parsed, so there is nothing to answer it through. */
    private static byte[] refusal() {
        String requestId = UUID.randomUUID().toString();
        String body = "{\"error\":{\"message\":\"Too many connections, try again\",\"code\":\"SERVER_BUSY\","
                + "\"status\":503,\"request_id\":\"" + requestId + "\"}}";
        return ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n"
                + "Connection: close\r\n" + RequestIds.HEADER + ": " + requestId + "\r\nContent-Length: " + body.length()
                + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII);
    }
}
