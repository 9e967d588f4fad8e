-- The statements POST /api/v1/orders (3 lines, no Idempotency-Key) runs (JdbiOrderRepository.add in one transaction).
-- The caller's bearer token is checked against the users table on every request (deactivation takes effect at once);
-- a single statement, so in autocommit.
SELECT id, email, name, password_hash, role, is_active, created_at, updated_at, version FROM users WHERE id = :caller;
BEGIN;
INSERT INTO orders (user_id, currency, status, created_at, updated_at) VALUES (:caller, 'EUR', 'pending', now(), now()) RETURNING id, user_id, currency, status, created_at, updated_at, version \gset
INSERT INTO order_lines (order_id, position, sku, quantity, unit_price) VALUES (:id, 0, 'BOOK-1', 2, 1250);
INSERT INTO order_lines (order_id, position, sku, quantity, unit_price) VALUES (:id, 1, 'PEN-7', 10, 99);
INSERT INTO order_lines (order_id, position, sku, quantity, unit_price) VALUES (:id, 2, 'MUG-3', 1, 800);
COMMIT;
