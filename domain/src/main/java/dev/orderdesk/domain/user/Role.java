package dev.orderdesk.domain.user;

import dev.orderdesk.domain.DomainException;
import java.util.Locale;

/** What a user may do. New users are always {@link #USER}; only an admin makes another admin. */
public enum Role {
    /** An ordinary user: their own profile and orders. */
    USER,
    /** An administrator: every user and every order. */
    ADMIN;

    /**
     * The lower-case name adapters show and stores keep; {@link #fromCode(String)} reads it back.
     *
     * @return {@code user} or {@code admin}
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role a code names.
     *
     * @param code {@code user} or {@code admin}
     * @return the role
     * @throws DomainException {@code VALIDATION_ERROR} on field {@code role} for any other code
     */
    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw DomainException.invalid("role", "invalid_choice", "must be one of: user, admin");
    }
}
