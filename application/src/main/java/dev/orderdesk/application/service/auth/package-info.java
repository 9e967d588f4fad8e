/** The authentication use cases. Bcrypt always runs outside transactions; token rotation runs inside one. */
package dev.orderdesk.application.service.auth;
