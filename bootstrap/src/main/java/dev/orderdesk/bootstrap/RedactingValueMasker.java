package dev.orderdesk.bootstrap;

import com.fasterxml.jackson.core.JsonStreamContext;
import net.logstash.logback.mask.ValueMasker;

/**
 * Masks credentials in every string value of the JSON format (message, stack trace, context). Control characters
 * need no help there: the JSON encoder escapes them, so no value can break its line.
 */
public final class RedactingValueMasker implements ValueMasker {

    @Override
    public Object mask(JsonStreamContext context, Object value) {
        if (value instanceof CharSequence text) {
            String masked = LogRedaction.masked(text.toString());
            return masked.contentEquals(text) ? null : masked;
        }
        return null;
    }
}
