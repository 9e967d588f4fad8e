/**
 * The transport tier of validation: JSON bodies, path and query parameters. Every invalid field is collected
 * and reported at once, as {@code VALIDATION_ERROR} details naming the field as the client sent it.
 */
package dev.orderdesk.adapter.http.request;
