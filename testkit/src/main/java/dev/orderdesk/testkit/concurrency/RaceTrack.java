package dev.orderdesk.testkit.concurrency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * The racers' threads for a whole race, each running every round. Between rounds they poll for the next one on a
 * timer rather than being woken: a thread woken by another is placed on the waker's core, so racers handed their work
 * by one thread (as an executor does) share a core and take turns instead of racing.
 *
 * @param <S> what a round's set-up makes
 * @param <T> what a call returns
 */
final class RaceTrack<S, T> implements AutoCloseable {

    /**
     * Waiting threads poll ever less often, from the first to the last interval: a crowd of racers polling fast would
     * take the cores from the store under test (a Redis server, say) and from the thread setting up the next round.
     */
    private static final long FIRST_POLL_NANOS = 10_000;
    private static final long LAST_POLL_NANOS = 1_000_000;
    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(60);

    private final int racers;
    private final Concurrently.Racer<S, T> racer;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int round = -1;
    private volatile boolean closed;
    private volatile S shared;
    private volatile StartLine line;
    private volatile AtomicReferenceArray<Call<T>> calls;

    RaceTrack(int racers, Concurrently.Racer<S, T> racer) {
        this.racers = racers;
        this.racer = racer;
        for (int index = 0; index < racers; index++) {
            int thisRacer = index;
            Thread thread = new Thread(() -> runRounds(thisRacer), "racer-" + index);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Runs one round with what its set-up made and returns every racer's call, in racer order. */
    Round<T> run(int number, S roundShared, long[] offsetNanos) throws Exception {
        shared = roundShared;
        line = new StartLine(racers, offsetNanos);
        calls = new AtomicReferenceArray<>(racers);
        finished.set(0);
        round = number; // published last: the racers read the fields above after seeing it
        long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
        for (int polls = 0; finished.get() < racers; polls++) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("round " + number + " did not finish within " + ROUND_TIMEOUT);
            }
            pause(polls);
        }
        List<Call<T>> ran = new ArrayList<>(racers);
        for (int index = 0; index < racers; index++) {
            Call<T> call = calls.get(index);
            if (call.failure() != null) {
                throw call.failure() instanceof Exception e ? e : new IllegalStateException(call.failure());
            }
            ran.add(call);
        }
        return new Round<>(ran);
    }

    private void runRounds(int index) {
        int done = -1;
        while (true) {
            int next;
            for (int polls = 0; (next = round) == done; polls++) {
                if (closed) {
                    return;
                }
                pause(polls);
            }
            done = next;
            AtomicReferenceArray<Call<T>> results = calls;
            results.set(index, runOnce(index));
            finished.incrementAndGet();
        }
    }

    private Call<T> runOnce(int index) {
        Callable<T> call = null;
        Throwable failure = null;
        try {
            call = racer.prepare(shared, index);
        } catch (Throwable e) {
            failure = e;
        }
        // Even after a failed preparation, or the others would wait forever.
        long started = line.arriveAndWait(index);
        if (failure != null) {
            return new Call<>(null, failure, started, started);
        }
        try {
            T result = call.call();
            return new Call<>(result, null, started, System.nanoTime());
        } catch (Throwable e) {
            return new Call<>(null, e, started, System.nanoTime());
        }
    }

    /** Waits on a timer, never to be woken by another thread (see the class comment). */
    private static void pause(int polls) {
        LockSupport.parkNanos(Math.min(LAST_POLL_NANOS, FIRST_POLL_NANOS << Math.min(polls, 7)));
    }

    @Override
    public void close() {
        closed = true;
        try {
            for (Thread thread : threads) {
                thread.join(ROUND_TIMEOUT.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the racers are daemons: left behind, they end with the JVM
        }
    }

    /** One racer's result (or failure) and when, on the monotonic clock, its call ran. */
    record Call<T>(T result, Throwable failure, long started, long ended) {
    }

    /** The calls of one round. */
    record Round<T>(List<Call<T>> calls) {

        List<T> results() {
            return calls.stream().map(Call::result).toList();
        }

        /** Whether some call started before another had ended: only then could the two have raced. */
        boolean callsOverlapped() {
            List<Call<T>> byStart = calls.stream().sorted(Comparator.comparingLong(Call::started)).toList();
            long latestEnd = byStart.get(0).ended();
            for (Call<T> call : byStart.subList(1, byStart.size())) {
                if (call.started() - latestEnd < 0) {
                    return true;
                }
                latestEnd = Math.max(latestEnd, call.ended());
            }
            return false;
        }
    }
}
