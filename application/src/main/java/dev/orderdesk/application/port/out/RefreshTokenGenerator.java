package dev.orderdesk.application.port.out;

/** Makes opaque refresh tokens and the one-way hashes under which they are stored. */
public interface RefreshTokenGenerator {

    Generated generate();

    /** The hash a presented token would be stored under; works for any string, valid or not. */
    RefreshTokenHash hash(String presented);

    record Generated(String token, RefreshTokenHash hash) {
        @Override
        public String toString() {
            return "Generated[***]";
        }
    }
}
