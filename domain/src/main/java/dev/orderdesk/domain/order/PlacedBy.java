package dev.orderdesk.domain.order;

import dev.orderdesk.domain.user.UserId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who placed an order: its owner (the usual case), an administrator on the owner's behalf, or the installation's
 * operator, who has no account. Only an administrator's placement names a user; the owner is the order's own.
 *
 * @param kind  which of the three placed it
 * @param admin the administrator's id; present exactly when {@code kind} is {@link Kind#ADMIN}
 */
public record PlacedBy(Kind kind, Optional<UserId> admin) {

    private static final PlacedBy OWNER = new PlacedBy(Kind.OWNER, Optional.empty());
    private static final PlacedBy OPERATOR = new PlacedBy(Kind.OPERATOR, Optional.empty());

    /** The three kinds of placer. */
    public enum Kind {
        /** The order's owner placed it themself. */
        OWNER,
        /** An administrator placed it for the owner. */
        ADMIN,
        /** The installation's operator placed it for the owner. */
        OPERATOR;

        /**
         * The lower-case name stores and transports use.
         *
         * @return {@code owner}, {@code admin} or {@code operator}
         */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Checks that an administrator, and only an administrator, is named.
     *
     * @param kind  which of the three placed it
     * @param admin the administrator's id, for {@link Kind#ADMIN} only
     */
    public PlacedBy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(admin, "admin");
        if ((kind == Kind.ADMIN) != admin.isPresent()) {
            throw new IllegalArgumentException("exactly an administrator's placement names the administrator");
        }
    }

    /** @return the owner placed the order themself */
    public static PlacedBy owner() {
        return OWNER;
    }

    /**
     * @param admin the administrator who placed the order for its owner
     * @return an administrator's placement
     */
    public static PlacedBy admin(UserId admin) {
        return new PlacedBy(Kind.ADMIN, Optional.of(admin));
    }

    /** @return the operator placed the order for its owner */
    public static PlacedBy operator() {
        return OPERATOR;
    }

    /** @return whether the owner placed the order themself */
    public boolean isOwner() {
        return kind == Kind.OWNER;
    }
}
