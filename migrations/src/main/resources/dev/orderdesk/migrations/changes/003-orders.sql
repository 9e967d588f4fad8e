--liquibase formatted sql

--changeset orderdesk:003-orders
-- Bounds mirror the domain (sku shape, quantity, unit price, status), so the database has the last word.
CREATE TABLE orders (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users (id),
    currency   CHAR(3)     NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status     TEXT        NOT NULL CHECK (status IN ('pending', 'paid', 'shipped', 'delivered', 'cancelled')),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0 CHECK (version >= 0)
);
CREATE TABLE order_lines (
    order_id   BIGINT  NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position BETWEEN 0 AND 99),
    sku        TEXT    NOT NULL CHECK (sku ~ '^[A-Za-z0-9._-]{1,64}$'),
    quantity   INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 10000),
    unit_price BIGINT  NOT NULL CHECK (unit_price BETWEEN 0 AND 1000000000),
    PRIMARY KEY (order_id, position)
);
-- The list queries: one owner's orders newest first (v1 and v2), everyone's newest first (admins), by status.
CREATE INDEX orders_user_newest_idx ON orders (user_id, created_at DESC, id DESC);
CREATE INDEX orders_newest_idx ON orders (created_at DESC, id DESC);
CREATE INDEX orders_status_newest_idx ON orders (status, created_at DESC, id DESC);

-- Idempotent order creation: one row per (user, key), kept at least 24 hours.
CREATE TABLE idempotency_keys (
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key         TEXT        NOT NULL CHECK (char_length(key) BETWEEN 1 AND 255),
    fingerprint TEXT        NOT NULL,
    order_id    BIGINT      REFERENCES orders (id),
    created_at  TIMESTAMPTZ NOT NULL,
    locked_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (user_id, key)
);
--rollback DROP TABLE idempotency_keys; DROP TABLE order_lines; DROP TABLE orders;
