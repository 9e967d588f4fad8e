-- The statements GET /api/v1/users/{id} runs (JdbiUserRepository.findById, twice, each in autocommit).
\set id random(:min_user_id, :max_user_id)
-- The caller's bearer token is checked against the users table on every request (deactivation takes effect at once);
-- a single statement, so in autocommit.
SELECT id, email, name, password_hash, role, is_active, created_at, updated_at, version FROM users WHERE id = :caller;
SELECT id, email, name, password_hash, role, is_active, created_at, updated_at, version FROM users WHERE id = :id;
