package dev.orderdesk.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What the service logs in-process while a test runs, kept for assertions. */
final class CapturedLog implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedLog() {
        appender.start();
        root.addAppender(appender);
    }

    /** Events at ERROR or carrying a stack trace: what only the service's own faults may produce. */
    List<String> errorsAndStackTraces() {
        synchronized (appender.list) {
            return appender.list.stream()
                    .filter(event -> event.getLevel() == Level.ERROR || event.getThrowableProxy() != null)
                    .map(event -> event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage()
                            + (event.getThrowableProxy() == null ? "" : " [" + event.getThrowableProxy().getClassName() + "]"))
                    .toList();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
