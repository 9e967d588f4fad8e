package dev.orderdesk.testkit.contract;

import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The contract over the unsafe repository, which must fail: {@link RacesCatchAnUnsafeRepositoryTest} launches its race
 * cases and expects every run to fail. Named so the build does not pick it up, and enabled only when launched so.
 */
@EnabledIf("launchedBySelfTest")
class UnsafeUserRepositoryUnderContract extends UserRepositoryOverMaps {

    /** The configuration parameter the self-test sets when it launches this class. */
    static final String LAUNCHED_BY_SELF_TEST = "orderdesk.testkit.self-test";

    UnsafeUserRepositoryUnderContract() {
        super(new UnsafeUserRepository());
    }

    static boolean launchedBySelfTest(ExtensionContext context) {
        return context.getConfigurationParameter(LAUNCHED_BY_SELF_TEST).isPresent();
    }
}
