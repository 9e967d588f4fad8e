package dev.orderdesk.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Applies {@link LoggingSettings} to Logback, once the settings are known, and logs what loading them warned about. */
final class Logging {

    private Logging() {
    }

    /** @param quiet a one-off command: log warnings and errors only, unless a level was configured */
    static void configure(LoggingSettings logging, boolean quiet, List<String> warnings) {
        // Liquibase logs through java.util.logging; route it to the same appenders and levels.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Level level = Level.toLevel(logging.level());
        root.setLevel(quiet && !logging.chosen() && level.isGreaterOrEqual(Level.INFO) ? Level.WARN : level);
        String unused = logging.format() == LoggingSettings.Format.JSON ? "TEXT" : "JSON";
        queue().ifPresentOrElse(queue -> queue.detachAppender(unused), () -> root.detachAppender(unused));
        Logger log = LoggerFactory.getLogger(Main.class);
        warnings.forEach(log::warn);
    }

    /** The queue every line passes through (logback.xml); absent under a configuration of the operator's own. */
    static Optional<BoundedAsyncAppender> queue() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        return context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("ASYNC") instanceof BoundedAsyncAppender queue
                ? Optional.of(queue) : Optional.empty();
    }

    /** Writes every queued line and stops logging: the last step before the process exits. */
    static void flush() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }
}
