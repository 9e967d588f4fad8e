/** Contract suites for the driven ports: every implementation, fake or real, extends them. */
package dev.orderdesk.application.port.out;
