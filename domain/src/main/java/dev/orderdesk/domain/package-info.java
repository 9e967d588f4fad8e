/**
 * The Orderdesk domain: entities, value objects, the error catalogue and the collector of field violations.
 *
 * <p>Depends on the JDK only ({@code java..}, never {@code java.sql}); enforced by Maven and ArchUnit.
 * Invariants are checked in the compact constructors of records, so a value that exists is valid.
 *
 * <p><b>Which failure is which.</b> Anything a person could have typed wrong — text that is absent, malformed, out of
 * range or not normalised, a number outside its bounds, a decimal amount with more places than its currency has — fails as
 * {@link dev.orderdesk.domain.DomainException} {@code VALIDATION_ERROR} (or a code of its own, such as
 * {@code ORDER_TOTAL_OVERFLOW}) with a {@link dev.orderdesk.domain.Violation} naming the field, so an adapter catches
 * that one type and never a bare {@code RuntimeException}. {@code NullPointerException} (from
 * {@code Objects.requireNonNull}) and {@code IllegalArgumentException} are left for programming errors that no input
 * can cause: a null passed where code must hand over an already-built value (a {@code Sku} in an {@code OrderLine},
 * an owner in a {@code NewOrder}), or a state only a store or a hasher produces (a negative version, a blank
 * password hash). Raw input enters through the text- or number-taking factories and constructors
 * ({@code Email.parse}, {@code Quantity.of}, {@code UnitPrice.of}, {@code Money.ofDecimal}…), which never throw those.
 */
package dev.orderdesk.domain;
