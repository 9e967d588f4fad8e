/** The one strictly configured Jackson mapper, shared by request parsing and response writing. */
package dev.orderdesk.adapter.http.json;
