package dev.orderdesk.adapter.http.middleware;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request really came from: the socket's peer, unless that peer is a trusted proxy, in which case
 * the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy. A client cannot reset its
 * rate-limit counter by forging the header: an untrusted peer's header is ignored, every header line is read (some
 * proxies add a line rather than append), and addresses are compared in canonical form (so {@code ::1} matches
 * {@code 0:0:0:0:0:0:0:1}).
 */
public final class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final Set<String> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(ClientAddress::canonical).collect(Collectors.toSet());
    }

    public String of(Context ctx) {
        String peer = canonical(ctx.ip()); // the socket peer; Javalin does not consult forwarding headers here
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String line : Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
            for (String hop : line.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(canonical(hop.strip()));
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return peer;
    }

    /** The canonical text of an IP literal; anything else is kept as it is (no DNS lookups, ever). */
    static String canonical(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
