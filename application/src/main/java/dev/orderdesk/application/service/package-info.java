/** Implementations of the use cases; each reads top to bottom at one level of abstraction. */
package dev.orderdesk.application.service;
