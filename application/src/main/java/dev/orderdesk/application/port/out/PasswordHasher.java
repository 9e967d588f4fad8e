package dev.orderdesk.application.port.out;

import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;

/** One-way password hashing. Deliberately slow; never call it inside a transaction. */
public interface PasswordHasher {

    /**
     * Hashes a password with a fresh salt, so equal passwords get different hashes.
     *
     * @param password the password in clear
     * @return the hash to store
     */
    PasswordHash hash(PlainPassword password);

    /**
     * Checks a password against a stored hash; as slow as hashing, so never inside a transaction either.
     *
     * @param password the password in clear
     * @param hash     the stored hash
     * @return true when the password is the one hashed
     */
    boolean matches(PlainPassword password, PasswordHash hash);
}
