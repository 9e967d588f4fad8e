/** Interactive API documentation (Swagger UI) over the OpenAPI document, served from packaged assets. */
package dev.orderdesk.adapter.http.docs;
