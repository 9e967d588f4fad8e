/** Driving ports: one interface per use case, plus the values they share (paging). Domain types only. */
package dev.orderdesk.application.port.in;
