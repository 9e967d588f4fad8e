/** The architecture rules, checked against the production classes and proven to bite on broken fixtures. */
package dev.orderdesk.architecture;
