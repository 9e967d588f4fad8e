--liquibase formatted sql

--changeset orderdesk:002-refresh-tokens
-- Only the SHA-256 of each token is stored; a database leak yields no usable token.
CREATE TABLE refresh_tokens (
    token_hash  TEXT        PRIMARY KEY CHECK (char_length(token_hash) BETWEEN 1 AND 128),
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   UUID        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL CHECK (expires_at > created_at),
    consumed_at TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
-- Revoking a family (reuse, logout) and all of a user's tokens (password change, deactivation).
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
--rollback DROP TABLE refresh_tokens;
