package dev.orderdesk.bootstrap;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %redactedMessage} in the text format: the message with credentials masked, on one line (see {@link LogRedaction}). */
public final class RedactedMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return LogRedaction.maskedSingleLine(event.getFormattedMessage());
    }
}
