package dev.orderdesk.adapter.inmemory.archfixture;

import dev.orderdesk.adapter.security.BcryptPasswordHasher;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;

/** The in-memory adapter borrowing the security adapter's hasher: broken on purpose. */
public class InMemoryUsingSecurity {

    public PasswordHash hash(BcryptPasswordHasher hasher, PlainPassword password) {
        return hasher.hash(password);
    }
}
