/** Provoking races on purpose: many threads released at the same instant, round after round. Depends on the JDK only. */
package dev.orderdesk.testkit.concurrency;
