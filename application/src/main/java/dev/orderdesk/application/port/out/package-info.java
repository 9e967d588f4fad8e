/**
 * Driven ports: what the application needs from infrastructure, named by role. Adapters implement them (the
 * in-memory ones in {@code adapter-inmemory} too), and every implementation passes the same contract suites.
 */
package dev.orderdesk.application.port.out;
