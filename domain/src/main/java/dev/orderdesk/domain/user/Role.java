package dev.orderdesk.domain.user;

import dev.orderdesk.domain.DomainException;
import java.util.Locale;

/** What a user may do. New users are always {@link #USER}; only an admin makes another admin. */
public enum Role {
    USER,
    ADMIN;

    /** The lower-case name adapters show and stores keep. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw DomainException.invalid("invalid_choice", "must be one of: user, admin");
    }
}
