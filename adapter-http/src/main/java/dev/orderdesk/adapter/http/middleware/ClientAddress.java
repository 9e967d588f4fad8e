package dev.orderdesk.adapter.http.middleware;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * The address a request really came from: the socket's peer, unless that peer is a trusted proxy, in which case
 * the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy. A client cannot reset its
 * rate-limit counter by forging the header, because an untrusted peer's header is ignored.
 */
public final class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(Context ctx) {
        String peer = ctx.ip(); // the socket peer; Javalin does not consult forwarding headers here
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
