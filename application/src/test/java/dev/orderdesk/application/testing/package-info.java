/** Helpers for tests in every module, shipped in the application test-jar. */
package dev.orderdesk.application.testing;
