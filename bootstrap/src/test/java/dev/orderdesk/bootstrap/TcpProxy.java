package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder that a test can cut and restore, to take the database away from the service and give
 * it back without touching the real server other tests use.
 */
final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean blackHole;
    private int port;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        listen(0);
    }

    /** A proxy in front of the test PostgreSQL server. */
    static TcpProxy toTestDatabase() throws IOException {
        URI server = testServer();
        return new TcpProxy(server.getHost(), server.getPort() == -1 ? 5432 : server.getPort());
    }

    /** The database URL {@code url} rewritten to go through this proxy. */
    String route(String url) {
        URI server = testServer();
        return url.replace(server.getHost() + ":" + server.getPort(), "127.0.0.1:" + port);
    }

    private static URI testServer() {
        return URI.create(TestDatabase.serverUrl().jdbcUrl().substring("jdbc:".length()));
    }

    int port() {
        return port;
    }

    /** Drops every connection and refuses new ones, as a database that went away. */
    synchronized void cut() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    /** Keeps accepting connections but forwards nothing either way: a database that never answers. */
    void blackHole() {
        blackHole = true;
    }

    /** Accepts and forwards again on the same port; does nothing if it already does. */
    synchronized void restore() throws IOException {
        blackHole = false;
        if (server.isClosed()) {
            listen(port);
        }
    }

    private void listen(int onPort) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        server = socket;
        port = socket.getLocalPort();
        daemon(() -> accept(socket));
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(upstream);
                daemon(() -> pump(client, upstream));
                daemon(() -> pump(upstream, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (!blackHole) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // either side went away: close both so the peer sees it
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "tcp-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
