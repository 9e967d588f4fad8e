package dev.orderdesk.application.service.user;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;

/** What the user-changing services say when a concurrent change won. */
final class UserUpdates {

    private UserUpdates() {
    }

    static DomainException conflict() {
        return new DomainException(ErrorCode.CONCURRENT_MODIFICATION,
                "The user was changed by another request; reload and try again");
    }
}
