--liquibase formatted sql

--changeset orderdesk:001-users
-- Bounds mirror the domain's value objects, so the database has the last word even against a bug.
CREATE TABLE users (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         TEXT        NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    name          TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('user', 'admin')),
    is_active     BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0 CHECK (version >= 0)
);
-- Uniqueness settles concurrent registrations; lower() guards against any writer that skipped normalising.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
-- Serves the newest-first listing of active users and its count.
CREATE INDEX users_active_newest_idx ON users (created_at DESC, id DESC) WHERE is_active;
--rollback DROP TABLE users;
