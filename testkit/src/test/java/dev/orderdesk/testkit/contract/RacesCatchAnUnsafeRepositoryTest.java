package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * A race case that catches an unsafe store only now and then lets it through review: each of the user repository's
 * race cases must fail a plain check-then-put {@code HashMap} repository in every one of twenty runs, and fail on its
 * assertion (or on the broken map itself), not on anything else.
 */
class RacesCatchAnUnsafeRepositoryTest {

    private static final int RUNS = 20;
    private static final List<String> RACE_CASES = List.of(
            "concurrentRegistrationsOfOneEmailStoreExactlyOne",
            "ofConcurrentUpdatesFromOneVersionExactlyOneWins");

    @Test
    void everyRaceCaseFailsTheUnsafeRepositoryInEveryRun() {
        for (String raceCase : RACE_CASES) {
            for (int run = 1; run <= RUNS; run++) {
                TestExecutionSummary summary = launch(raceCase);

                assertThat(summary.getTestsStartedCount()).as("%s started in run %d", raceCase, run).isEqualTo(1);
                assertThat(summary.getTestsFailedCount()).as("%s failed in run %d", raceCase, run).isEqualTo(1);
                assertThat(summary.getFailures().get(0).getException())
                        .as("what %s failed with in run %d", raceCase, run).satisfies(
                                RacesCatchAnUnsafeRepositoryTest::isTheRaceCaught);
            }
        }
    }

    @Test
    void theSameRaceCasesPassOnceTheCallsAreSerialised() {
        for (String raceCase : RACE_CASES) {
            TestExecutionSummary summary = launch(SerialisedUserRepositoryTest.class, raceCase);

            assertThat(summary.getTestsSucceededCount()).as(raceCase).isEqualTo(1);
        }
    }

    /**
     * The contract's own assertion saw two winners; or the plain {@code HashMap} under concurrent puts broke first
     * (a {@code ClassCastException} from a half-converted bin, seen at a load of 7): the race was provoked either way.
     * Anything else — a failure in the test's own set-up, say — is not a catch.
     */
    private static void isTheRaceCaught(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AssertionError || Arrays.stream(cause.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith("java.util.HashMap"))) {
                return;
            }
        }
        throw new AssertionError("neither the contract's assertion nor the broken map failed the race", failure);
    }

    private static TestExecutionSummary launch(String raceCase) {
        return launch(UnsafeUserRepositoryUnderContract.class, raceCase);
    }

    private static TestExecutionSummary launch(Class<?> testClass, String method) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(testClass, method))
                .configurationParameter(UnsafeUserRepositoryUnderContract.LAUNCHED_BY_SELF_TEST, "true")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }
}
