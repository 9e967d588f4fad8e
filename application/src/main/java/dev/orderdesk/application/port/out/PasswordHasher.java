package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;

/** One-way password hashing. Deliberately slow; never call it inside a transaction. */
public interface PasswordHasher {

    PasswordHash hash(PlainPassword password);

    boolean matches(PlainPassword password, PasswordHash hash);
}
