package dev.orderdesk.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Admission by predicted wait, decided on counters alone: no hashing, no sleeping. */
class HashAdmissionTest {

    private static final Duration BUDGET = Duration.ofSeconds(3);

    @Test
    void aBurstWhosePredictedWaitFitsTheBudgetIsAdmittedInFull() {
        // The reported case: 50 registrations at cost 10 on 2 threads, about 80 ms a hash. The last waits for 48.
        HashAdmission admission = new HashAdmission(2, 10_000, BUDGET, Duration.ofMillis(80));

        for (int i = 0; i < 50; i++) {
            admission.admit();
        }

        assertThat(admission.admitted()).isEqualTo(50);
    }

    @Test
    void beyondTheBudgetRefusesWithThePredictedWaitRoundedUpAsRetryAfter() {
        HashAdmission admission = new HashAdmission(2, 10_000, BUDGET, Duration.ofMillis(700));
        // Two run at once; the tenth waits for 8 of them: 8 × 700 ms ÷ 2 = 2.8 s.
        for (int i = 0; i < 10; i++) {
            admission.admit();
        }

        // The eleventh would wait for 9: 3.15 s, over the budget.
        assertBusy(admission, Duration.ofSeconds(4));
        assertThat(admission.admitted()).as("a refusal gives its place back").isEqualTo(10);

        admission.release();
        admission.admit();
        assertThat(admission.admitted()).isEqualTo(10);
    }

    @Test
    void aFreeThreadIsAlwaysTakenWhateverTheEstimateAndABudgetOfZeroNeverQueues() {
        HashAdmission admission = new HashAdmission(2, 10_000, Duration.ZERO, Duration.ofHours(1));

        admission.admit();
        admission.admit();

        assertBusy(admission, Duration.ofMinutes(30));
    }

    @Test
    void theHardCapOnWaitingHashesHoldsWhateverTheEstimateAndRetryAfterIsAtLeastOneSecond() {
        HashAdmission admission = new HashAdmission(1, 2, Duration.ofSeconds(60), Duration.ofNanos(1));

        for (int i = 0; i < 3; i++) {
            admission.admit();
        }

        assertBusy(admission, Duration.ofSeconds(1));
    }

    @Test
    void theEstimateFollowsHashesGettingSlowerAndFaster() {
        HashAdmission admission = new HashAdmission(1, 10_000, BUDGET, Duration.ofSeconds(5));

        admission.record(Duration.ofMillis(100).toNanos());
        assertThat(admission.hashTime()).as("the first measurement replaces the cold seed").isEqualTo(Duration.ofMillis(100));
        assertThat(admitUntilBusy(admission)).as("3 s ÷ 100 ms, plus the one that runs at once").isEqualTo(31);

        admission.record(Duration.ofSeconds(1).toNanos());
        assertThat(admission.hashTime()).as("one slow hash moves it a quarter of the way").isEqualTo(Duration.ofMillis(325));
        recordTimes(admission, 20, Duration.ofSeconds(1));
        assertThat(admission.hashTime()).isBetween(Duration.ofMillis(990), Duration.ofSeconds(1));
        assertThat(admitUntilBusy(admission)).isEqualTo(4);
        assertBusyAfterFilling(admission, 4, Duration.ofSeconds(4));

        recordTimes(admission, 20, Duration.ofMillis(50));
        assertThat(admission.hashTime()).isBetween(Duration.ofMillis(50), Duration.ofMillis(55));
        assertThat(admitUntilBusy(admission)).isBetween(55, 60);
    }

    @Test
    void concurrentCallersTogetherNeverExceedTheBudget() throws Exception {
        // 2 threads, 100 ms a hash, 1 s: a place waits for (place − 1) hashes, so places 0 to 21 fit, exactly 22.
        HashAdmission admission = new HashAdmission(2, 10_000, Duration.ofSeconds(1), Duration.ofMillis(100));
        int callers = 200;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        admission.admit();
                        return true;
                    } catch (RateLimitedException busy) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Boolean> result : results) {
                admitted += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(22);
            assertThat(admission.admitted()).isEqualTo(22);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertBusy(HashAdmission admission, Duration retryAfter) {
        assertThatThrownBy(admission::admit).isInstanceOfSatisfying(RateLimitedException.class, busy -> {
            assertThat(busy.code()).isEqualTo(ErrorCode.SERVER_BUSY);
            assertThat(busy.retryAfter()).isEqualTo(retryAfter);
        });
    }

    private static void assertBusyAfterFilling(HashAdmission admission, int places, Duration retryAfter) {
        for (int i = 0; i < places; i++) {
            admission.admit();
        }
        assertBusy(admission, retryAfter);
        for (int i = 0; i < places; i++) {
            admission.release();
        }
    }

    /** How many are admitted before the first refusal; gives every place back. */
    private static int admitUntilBusy(HashAdmission admission) {
        int admitted = 0;
        try {
            while (true) {
                admission.admit();
                admitted++;
            }
        } catch (RateLimitedException busy) {
            for (int i = 0; i < admitted; i++) {
                admission.release();
            }
            return admitted;
        }
    }

    private static void recordTimes(HashAdmission admission, int count, Duration each) {
        for (int i = 0; i < count; i++) {
            admission.record(each.toNanos());
        }
    }
}
