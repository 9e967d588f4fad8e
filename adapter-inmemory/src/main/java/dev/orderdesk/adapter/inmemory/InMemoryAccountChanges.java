package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.domain.user.UserId;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Account changes within one JVM: always listening, an announcement reaches the subscribers at once. It arrives
 * before the announcing transaction commits and even if it rolls back; forgetting an account early or needlessly is
 * harmless, because the changing service forgets it again after the commit. Not for several instances.
 */
final class InMemoryAccountChanges implements AccountChanges {

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void announce(UserId user) {
        subscribers.forEach(subscriber -> subscriber.changed(user));
    }

    @Override
    public void subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
        subscriber.listening();
    }
}
