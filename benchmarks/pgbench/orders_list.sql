-- The statements GET /api/v1/orders?limit=20 runs (JdbiOrderRepository.list, withLines and count in one transaction).
-- :ids is the page's order ids, read once by the harness: the endpoint passes them from the first query's rows.
-- The caller's bearer token is checked against the users table on every request (deactivation takes effect at once);
-- a single statement, so in autocommit.
SELECT id, email, name, password_hash, role, is_active, created_at, updated_at, version FROM users WHERE id = :caller;
BEGIN;
SELECT id, user_id, currency, status, created_at, updated_at, version FROM orders WHERE TRUE AND user_id = :caller ORDER BY created_at DESC, id DESC OFFSET 0 LIMIT 20;
SELECT order_id, sku, quantity, unit_price FROM order_lines WHERE order_id = ANY(:ids) ORDER BY order_id, position;
SELECT count(*) FROM orders WHERE TRUE AND user_id = :caller;
COMMIT;
