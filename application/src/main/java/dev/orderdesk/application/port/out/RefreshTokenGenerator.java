package dev.orderdesk.application.port.out;

/** Makes opaque refresh tokens and the one-way hashes under which they are stored. */
public interface RefreshTokenGenerator {

    /**
     * Makes a fresh token that cannot be guessed.
     *
     * @return the token and its hash
     */
    Generated generate();

    /**
     * The hash a presented token would be stored under; works for any string, valid or not.
     *
     * @param presented the token as presented
     * @return its hash; equal to the one {@link #generate()} gave for that token
     */
    RefreshTokenHash hash(String presented);

    /**
     * A new token; never printed: {@link #toString()} is masked.
     *
     * @param token the token to hand to the client, once
     * @param hash  the hash to store instead of it
     */
    record Generated(String token, RefreshTokenHash hash) {
        @Override
        public String toString() {
            return "Generated[***]";
        }
    }
}
