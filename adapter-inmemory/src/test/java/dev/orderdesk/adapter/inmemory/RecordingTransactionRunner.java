package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * For tests: the in-memory runner (which really rolls back), plus what tests observe — which store operations ran
 * inside a transaction, how many transactions were opened — and a database outage they can switch on.
 */
public final class RecordingTransactionRunner implements TransactionRunner {

    /** One call of a recorded store: which operation, and whether a transaction was open on its thread. */
    public record Call(String operation, boolean inTransaction) {
    }

    private final InMemoryTransactionRunner transactions;
    private final AtomicInteger opened = new AtomicInteger();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    RecordingTransactionRunner(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (down) {
            throw new DomainException(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable, try again shortly");
        }
        if (!transactions.isActive()) {
            opened.incrementAndGet();
        }
        return transactions.inTransaction(work);
    }

    /** The store, with each call recorded as {@code <name>.<method>}. */
    <T> T recording(Class<T> port, String name, T store) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, (self, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                calls.add(new Call(name + "." + method.getName(), isActive()));
            }
            try {
                return method.invoke(store, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return port.cast(proxy);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public boolean isActive() {
        return transactions.isActive();
    }

    /** Outermost transactions opened so far (single statements included, as the default runner opens one). */
    public int opened() {
        return opened.get();
    }

    /** While down, every transaction and single statement fails as an unreachable database does. */
    public void down(boolean down) {
        this.down = down;
    }
}
