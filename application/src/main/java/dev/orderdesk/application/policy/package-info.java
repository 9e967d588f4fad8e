/**
 * Named product rules and their settings: the login lock-out, the per-address limit, the idempotency rules and when
 * a caller's account may be trusted from memory ({@code CallerCache}).
 * A policy decides; the driven port behind it only offers an atomic primitive, so every store (in memory,
 * PostgreSQL, Redis) behaves the same under the one rule. Settings records carry today's defaults and validate
 * themselves.
 *
 * <p>May depend on {@code dev.orderdesk.application.port} (in and out) and {@code dev.orderdesk.domain}.
 */
package dev.orderdesk.application.policy;
