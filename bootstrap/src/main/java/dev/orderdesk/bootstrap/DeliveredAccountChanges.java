package dev.orderdesk.bootstrap;

import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.domain.user.UserId;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The command line's account changes: announced like a serving instance's, but a command also listens, and before
 * it returns it waits (boundedly) until PostgreSQL has delivered each of its announcements back to it. The serving
 * instances' listeners get the same notification at the same moment, so an operator's deactivation holds on them
 * when the command returns, not up to a second later.
 */
final class DeliveredAccountChanges implements AccountChanges, AccountChanges.Subscriber {

    private final AccountChanges channel;
    private final Duration patience;
    private final Set<UserId> undelivered = new HashSet<>();
    private boolean hearing;

    private DeliveredAccountChanges(AccountChanges channel, Duration patience) {
        this.channel = channel;
        this.patience = patience;
    }

    /** Over {@code channel}, which must be (or soon be) listening; waits at most {@code patience} each time. */
    static DeliveredAccountChanges over(AccountChanges channel, Duration patience) {
        DeliveredAccountChanges delivered = new DeliveredAccountChanges(channel, patience);
        channel.subscribe(delivered);
        return delivered;
    }

    @Override
    public void announce(UserId user) {
        // Only a LISTEN already in place before the commit receives the notification.
        awaitUntil(() -> hearing);
        synchronized (this) {
            undelivered.add(user);
        }
        channel.announce(user);
    }

    @Override
    public void subscribe(Subscriber subscriber) {
        channel.subscribe(subscriber);
    }

    /** Waits until every announcement so far arrived, or the patience ran out (a rolled-back one never does). */
    void awaitDelivery() {
        awaitUntil(undelivered::isEmpty);
    }

    @Override
    public synchronized void changed(UserId user) {
        undelivered.remove(user);
        notifyAll();
    }

    @Override
    public synchronized void listening() {
        hearing = true;
        notifyAll();
    }

    @Override
    public synchronized void deaf() {
        hearing = false;
    }

    private synchronized void awaitUntil(BooleanSupplier done) {
        long end = System.nanoTime() + patience.toNanos();
        while (!done.getAsBoolean()) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
