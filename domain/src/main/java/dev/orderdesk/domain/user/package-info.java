/**
 * Users: the {@link dev.orderdesk.domain.user.User} aggregate, its not-yet-stored form
 * {@link dev.orderdesk.domain.user.NewUser}, and the value objects that make up both.
 *
 * <p>JDK only.
 */
package dev.orderdesk.domain.user;
