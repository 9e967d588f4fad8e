/**
 * The security adapter: implementations of the application's security ports.
 *
 * <p>May depend on {@code dev.orderdesk.application}, {@code dev.orderdesk.domain}, bcrypt and java-jwt.
 */
package dev.orderdesk.adapter.security;
