package dev.orderdesk.testkit.concurrency;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-shot barrier that releases its racers at one instant on the shared monotonic clock rather than by a signal:
 * a signal reaches the racer that sends it at once and the others some hundred nanoseconds later, which alone lets a
 * store's check-then-write window (a few dozen nanoseconds once compiled) slip between them. The last racer to arrive
 * sets the instant a little ahead, every racer spins until it, each shifted by its own offset so that, round after
 * round, the racers' relative start sweeps across the window.
 */
final class StartLine {

    /**
     * Long enough for every racer to read the start instant before it comes, even one the scheduler had to put back on
     * a core after it gave way while the others were arriving.
     */
    private static final long LEAD_NANOS = 200_000;
    /** With more racers than cores, a racer waiting for the others must give way now and then so they can arrive. */
    private static final int SPINS_BEFORE_YIELDING = 1 << 10;
    private static final long NOT_SET = Long.MIN_VALUE;

    private final int racers;
    private final long[] offsetNanos;
    private final AtomicInteger arrived = new AtomicInteger();
    private volatile long startAt = NOT_SET;

    /**
     * @param racers      how many racers must arrive
     * @param offsetNanos for each racer, how much later (or, negative, earlier) than the common start it leaves
     */
    StartLine(int racers, long[] offsetNanos) {
        this.racers = racers;
        this.offsetNanos = offsetNanos.clone();
    }

    /**
     * Waits for every racer, then until the common start shifted by this racer's offset.
     *
     * @param racer the arriving racer, from 0
     * @return the {@link System#nanoTime()} at which the racer left
     */
    long arriveAndWait(int racer) {
        if (arrived.incrementAndGet() == racers) {
            startAt = System.nanoTime() + LEAD_NANOS;
        }
        long start;
        int spins = 0;
        while ((start = startAt) == NOT_SET) {
            Thread.onSpinWait();
            if (++spins % SPINS_BEFORE_YIELDING == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted at the start line");
                }
                Thread.yield();
            }
        }
        long leaveAt = start + offsetNanos[racer];
        long now;
        while ((now = System.nanoTime()) - leaveAt < 0) {
            Thread.onSpinWait();
        }
        return now;
    }
}
