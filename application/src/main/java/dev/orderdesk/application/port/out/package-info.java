/**
 * Driven ports: what the application needs from infrastructure, named by role. Adapters implement them;
 * the in-memory fakes in this module's test-jar do too, and both pass the same contract suites.
 */
package dev.orderdesk.application.port.out;
