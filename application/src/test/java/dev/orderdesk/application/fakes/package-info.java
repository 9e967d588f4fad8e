/**
 * Test-only doubles shipped in the test-jar so every module tests with the same ones: a clock tests move. The
 * in-memory adapters of the driven ports are production code in {@code adapter-inmemory}.
 */
package dev.orderdesk.application.fakes;
