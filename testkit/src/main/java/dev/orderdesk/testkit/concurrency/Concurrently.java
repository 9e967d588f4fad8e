package dev.orderdesk.testkit.concurrency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs calls on many threads released at the same instant, to provoke races, and returns every result.
 *
 * <p>A race in a store is a window of some dozens of nanoseconds between its check and its write. Threads woken from a
 * latch start microseconds apart and almost always miss it. Here racers leave a {@link StartLine} at one instant of
 * the monotonic clock, shifted against each other by a few nanoseconds that change from round to round. Even so, on a
 * busy machine two racers often share one core and run one after the other: {@link #race} therefore counts only the
 * rounds in which at least two calls really overlapped in time, and repeats until it has enough of them.
 */
public final class Concurrently {

    /**
     * How long {@link #race} races at least. A store whose calls take microseconds runs thousands of rounds in that
     * time, and needs them: its check-then-write window is nanoseconds wide. A slow store (a database) reaches its
     * overlapping rounds later anyway, and its windows are wide.
     */
    private static final Duration AT_LEAST = Duration.ofMillis(200);
    /** How long {@link #race} keeps looking for overlapping rounds before it settles for fewer. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** The racers' start offsets repeat after this many rounds. */
    private static final int SWEEP_ROUNDS = 20;
    private static final long SWEEP_STEP_NANOS = 10;

    private Concurrently() {
    }

    /**
     * One race: the call on {@code threads} threads released together.
     *
     * @param <T>     what the call returns
     * @param threads how many threads make the call
     * @param call    the call every thread makes
     * @return every thread's result
     * @throws Exception what a call threw, or a timeout when a call did not return within a minute
     */
    public static <T> List<T> run(int threads, Callable<T> call) throws Exception {
        try (RaceTrack<Integer, T> track = new RaceTrack<>(threads, (round, racer) -> call)) {
            return track.run(0, 0, new long[threads]).results();
        }
    }

    /**
     * Races {@code racers} threads against each other, round after round on the same threads, until {@code rounds}
     * rounds had at least two calls running at the same time, and for at least a fifth of a second. Before each round each racer prepares its call (building
     * inputs, which would otherwise spread the start), then all start together. On a machine so busy that racers hardly
     * ever overlap, it stops looking after twenty seconds and returns what it ran.
     *
     * @param <T>    what a call returns
     * @param rounds how many rounds with overlapping calls to run (rounds without them are run in addition)
     * @param racers how many threads race in each round, at least two
     * @param racer  prepares the call one racer makes in one round; the round number identifies fresh data
     * @return for every round run, every racer's result in racer order: at least {@code rounds} rounds
     * @throws Exception what a call or a preparation threw, or a timeout when a round did not finish within a minute
     */
    public static <T> List<List<T>> race(int rounds, int racers, Racer<Integer, T> racer) throws Exception {
        return race(rounds, racers, round -> round, racer);
    }

    /**
     * As {@link #race(int, int, Racer)}, with something set up before each round that the racers share (the record
     * they all try to change, say), since it is not known in advance how many rounds will run.
     *
     * @param <S>    what a round's set-up makes
     * @param <T>    what a call returns
     * @param rounds how many rounds with overlapping calls to run (rounds without them are run in addition)
     * @param racers how many threads race in each round, at least two
     * @param setUp  runs before each round, on the caller's thread, given the round number
     * @param racer  prepares the call one racer makes in one round, given what the set-up made
     * @return for every round run, every racer's result in racer order: at least {@code rounds} rounds
     * @throws Exception what a set-up, a call or a preparation threw, or a timeout when a round did not finish within
     *                   a minute
     */
    public static <S, T> List<List<T>> race(int rounds, int racers, SetUp<S> setUp, Racer<S, T> racer)
            throws Exception {
        if (rounds < 1 || racers < 2) {
            throw new IllegalArgumentException("a race needs at least one round and two racers");
        }
        try (RaceTrack<S, T> track = new RaceTrack<>(racers, racer)) {
            List<List<T>> results = new ArrayList<>();
            int overlapping = 0;
            long began = System.nanoTime();
            for (int round = 0; (overlapping < rounds || !elapsed(began, AT_LEAST))
                    && (round < rounds || !elapsed(began, PATIENCE)); round++) {
                RaceTrack.Round<T> ran = track.run(round, setUp.setUp(round), offsetsNanos(round, racers));
                results.add(ran.results());
                if (ran.callsOverlapped()) {
                    overlapping++;
                }
            }
            return results;
        }
    }

    private static boolean elapsed(long began, Duration duration) {
        return System.nanoTime() - began > duration.toNanos();
    }

    /**
     * Racer 0 leaves at the common start; racer k is shifted by k steps times a factor that sweeps from negative to
     * positive over {@link #SWEEP_ROUNDS} rounds, so every order and distance between racers is tried.
     */
    private static long[] offsetsNanos(int round, int racers) {
        long[] offsets = new long[racers];
        for (int racer = 0; racer < racers; racer++) {
            offsets[racer] = racer * SWEEP_STEP_NANOS * (round % SWEEP_ROUNDS - SWEEP_ROUNDS / 2);
        }
        return offsets;
    }

    /**
     * Sets up what the racers of one round share.
     *
     * @param <S> what it makes
     */
    @FunctionalInterface
    public interface SetUp<S> {

        /**
         * Called on the caller's thread before the round.
         *
         * @param round the round, from 0
         * @return what the round's racers share
         * @throws Exception when the set-up fails; the race fails with it
         */
        S setUp(int round) throws Exception;
    }

    /**
     * Prepares what one racer does in one round.
     *
     * @param <S> what the round's set-up made
     * @param <T> what the call returns
     */
    @FunctionalInterface
    public interface Racer<S, T> {

        /**
         * Called on the racer's thread before the start.
         *
         * @param round what the round's set-up made (for {@link #race(int, int, Racer)}, the round number)
         * @param racer the racer, from 0
         * @return the call the racer makes once released
         * @throws Exception when the preparation fails; the race fails with it
         */
        Callable<T> prepare(S round, int racer) throws Exception;
    }
}
