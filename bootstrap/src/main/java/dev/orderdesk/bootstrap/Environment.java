package dev.orderdesk.bootstrap;

/** Where the service runs; production is the default and the strictest. */
public enum Environment {
    PRODUCTION,
    DEVELOPMENT,
    TEST
}
