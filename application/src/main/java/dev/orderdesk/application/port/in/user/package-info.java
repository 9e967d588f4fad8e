/** Use cases about user accounts. */
package dev.orderdesk.application.port.in.user;
