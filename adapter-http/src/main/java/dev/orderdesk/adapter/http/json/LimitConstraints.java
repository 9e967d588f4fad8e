package dev.orderdesk.adapter.http.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's own read constraints, checked by the parser as it reads, but failing with a
 * {@link JsonLimitExceededException} that says which limit was hit: Jackson's exception only says so in its text.
 */
final class LimitConstraints extends StreamReadConstraints {

    LimitConstraints(ReadLimits limits, long maxDocumentLength) {
        super(limits.maxDepth(), maxDocumentLength, ReadLimits.MAX_NUMBER_LENGTH, limits.maxStringLength(),
                ReadLimits.MAX_NAME_LENGTH, DEFAULT_MAX_TOKEN_COUNT);
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
        check(depth, getMaxNestingDepth(), JsonLimit.DEPTH);
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
        check(length, getMaxStringLength(), JsonLimit.STRING_LENGTH);
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
        check(length, getMaxNameLength(), JsonLimit.NAME_LENGTH);
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
        check(length, getMaxNumberLength(), JsonLimit.NUMBER_LENGTH);
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
        check(length, getMaxNumberLength(), JsonLimit.NUMBER_LENGTH);
    }

    private static void check(int value, int max, JsonLimit limit) throws JsonLimitExceededException {
        if (value > max) {
            throw new JsonLimitExceededException(limit);
        }
    }
}
