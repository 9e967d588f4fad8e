/** The user account use cases. */
package dev.orderdesk.application.service.user;
