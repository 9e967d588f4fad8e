package dev.orderdesk.adapter.inmemory.testfixtures;

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

    private final TransactionRunner transactions;
    /** Transactions this runner has open on each thread: the delegate joins nested calls, so depth 0 = outermost. */
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final AtomicInteger opened = new AtomicInteger();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    /**
     * Records the transactions opened through this runner and run by {@code transactions}.
     *
     * @param transactions the runner that really runs them (the in-memory one rolls back)
     */
    public RecordingTransactionRunner(TransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (down) {
            throw new DomainException(ErrorCode.SERVICE_UNAVAILABLE, "The database is unavailable, try again shortly");
        }
        if (!isActive()) {
            opened.incrementAndGet();
        }
        depth.set(depth.get() + 1);
        try {
            return transactions.inTransaction(work);
        } finally {
            depth.set(depth.get() - 1);
        }
    }

    /** The store, with each call recorded as {@code <name>.<method>}. */
    public <T> T recording(Class<T> port, String name, T store) {
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

    /** Whether a transaction opened through this runner is open on the calling thread. */
    public boolean isActive() {
        return depth.get() > 0;
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
