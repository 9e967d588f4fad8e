--liquibase formatted sql

--changeset orderdesk:005-order-placed-by
-- Who placed an order when it was not its owner: an administrator (named) or the operator (who has no account).
-- NULL in both columns means the owner placed it, which is what every order stored before this change means.
-- Adding nullable columns without a default rewrites no row.
ALTER TABLE orders
    ADD COLUMN placed_by         TEXT   CHECK (placed_by IN ('admin', 'operator')),
    ADD COLUMN placed_by_user_id BIGINT REFERENCES users (id),
    -- Exactly an administrator's placement names a user, and never the owner (that is the owner placing it).
    ADD CONSTRAINT orders_placed_by_user_check CHECK (
        CASE placed_by WHEN 'admin' THEN placed_by_user_id IS NOT NULL AND placed_by_user_id <> user_id
                       ELSE placed_by_user_id IS NULL END);
--rollback ALTER TABLE orders DROP CONSTRAINT orders_placed_by_user_check, DROP COLUMN placed_by_user_id, DROP COLUMN placed_by;
