package dev.orderdesk.testkit.contract;

import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.domain.user.UserId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Records what an {@link AccountChanges} channel tells it, in order, and lets a test wait (with a deadline, never a
 * fixed sleep) for an event: {@code "listening"}, {@code "deaf"} or {@code "changed:<id>"}.
 */
public final class RecordingSubscriber implements AccountChanges.Subscriber {

    private final List<String> events = new ArrayList<>();

    private RecordingSubscriber() {
    }

    /**
     * A recorder subscribed to {@code changes}.
     *
     * @param changes the channel to hear
     * @return the subscribed recorder
     */
    public static RecordingSubscriber of(AccountChanges changes) {
        RecordingSubscriber subscriber = new RecordingSubscriber();
        changes.subscribe(subscriber);
        return subscriber;
    }

    @Override
    public synchronized void changed(UserId user) {
        record("changed:" + user.value());
    }

    @Override
    public synchronized void listening() {
        record("listening");
    }

    @Override
    public synchronized void deaf() {
        record("deaf");
    }

    /**
     * Everything heard so far, oldest first.
     *
     * @return a copy of the events
     */
    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    /**
     * Waits until the channel says it hears (now or before).
     *
     * @param deadline how long to wait at most
     * @return whether it did in time
     */
    public boolean awaitListening(Duration deadline) {
        return awaitCount("listening", 1, deadline);
    }

    /**
     * Waits until an announcement for {@code user} arrived.
     *
     * @param user     whose change is awaited
     * @param deadline how long to wait at most
     * @return whether it arrived in time
     */
    public boolean awaitChanged(UserId user, Duration deadline) {
        return awaitCount("changed:" + user.value(), 1, deadline);
    }

    /**
     * Waits until {@code event} was heard at least {@code times} times.
     *
     * @param event    the event, as {@link #events()} lists it
     * @param times    how many times
     * @param deadline how long to wait at most
     * @return whether it was in time
     */
    public synchronized boolean awaitCount(String event, int times, Duration deadline) {
        long end = System.nanoTime() + deadline.toNanos();
        while (events.stream().filter(event::equals).count() < times) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private void record(String event) {
        events.add(event);
        notifyAll();
    }
}
