/**
 * In-memory fakes of the driven ports, shipped in the test-jar so every module tests against the same ones.
 * Each repository fake passes the same contract suite as its real adapter.
 */
package dev.orderdesk.application.fakes;
