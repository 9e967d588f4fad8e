package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How hard the suites' race cases push. One round rarely hits a store's check-then-write window, so each race case
 * runs many rounds, each on fresh data, released from a spinning start line; the testkit's own tests prove that a
 * plain {@code HashMap} repository fails the user repository's race cases in every run.
 */
final class Races {

    /**
     * Rounds in which racers really overlapped. An unsafe store loses a tenth to a half of them (measured on a busy
     * two-core machine), so some in every run.
     */
    static final int ROUNDS = 50;

    /** Threads per round: more than two cores can run at once, so the scheduler interleaves them too. */
    static final int RACERS = 4;

    /** Rounds of a race between a crowd of threads (a limit of five among thirty-two attempts, say). */
    static final int CROWD_ROUNDS = 10;

    private Races() {
    }

    /**
     * For races of version-checked updates: in every round exactly one racer's change was stored, and it is what the
     * store holds now, one version on.
     */
    static <E> void assertOneChangeWonEachRound(List<List<Optional<E>>> rounds, Function<E, Optional<E>> reread,
                                                ToLongFunction<E> version) {
        for (List<Optional<E>> results : rounds) {
            List<E> winners = results.stream().flatMap(Optional::stream).toList();
            assertThat(winners).hasSize(1);
            assertThat(reread.apply(winners.get(0))).contains(winners.get(0));
            assertThat(version.applyAsLong(winners.get(0))).isEqualTo(1);
        }
    }
}
