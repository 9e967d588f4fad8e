/** Time a test controls: a clock that moves only when told. Depends on the JDK only. */
package dev.orderdesk.testkit.time;
