--liquibase formatted sql

--changeset orderdesk:004-attempts
-- The stores behind the login lock-out and the per-address limit, shared by every instance. One row per key, so
-- the row lock of INSERT … ON CONFLICT DO UPDATE serialises concurrent attempts on one key across instances.
-- expires_at lets a periodic sweep delete rows nobody needs any more.
CREATE TABLE login_attempts (
    key        TEXT          PRIMARY KEY,
    attempts   TIMESTAMPTZ[] NOT NULL,
    refused    BOOLEAN       NOT NULL DEFAULT FALSE,
    expires_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX login_attempts_expiry ON login_attempts (expires_at);
CREATE TABLE address_attempts (
    key          TEXT        PRIMARY KEY,
    window_start TIMESTAMPTZ NOT NULL,
    count        BIGINT      NOT NULL CHECK (count >= 1),
    expires_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX address_attempts_expiry ON address_attempts (expires_at);
