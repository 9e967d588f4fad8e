/**
 * One abstract contract suite per driven port of {@code dev.orderdesk.application.port.out}: an adapter's test extends
 * the suite and says how to build the adapter. Orderdesk runs every suite against the in-memory adapter and every real
 * one; a team writing its own adapter runs the same suites. Depends on the application's ports, the domain, JUnit and
 * AssertJ, and on the other packages of this kit.
 */
package dev.orderdesk.testkit.contract;
