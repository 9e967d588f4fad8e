package dev.orderdesk.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands log events to one writer thread through a bounded queue, so a request thread never waits for the console
 * or pays for encoding. When the queue is full the event is dropped and counted ({@link #dropped()}, exported as
 * {@code orderdesk.log.dropped}); once the writer catches up it writes one WARN line saying how many were dropped.
 * {@link #stop()} writes everything already queued before it returns (bounded by {@code maxFlushMillis}), so a
 * graceful stop that stops the logger context after the HTTP drain loses no line.
 *
 * <p>Logback's own {@code AsyncAppender} with {@code neverBlock} drops silently: it cannot say how many lines
 * were lost, which is why this one exists.
 */
public final class BoundedAsyncAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent> {

    static final String REPORTING_LOGGER = "dev.orderdesk.log";

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private final AtomicLong dropped = new AtomicLong();
    private final LoggingEvent endOfQueue = new LoggingEvent();
    private int queueSize = 8192;
    private int maxFlushMillis = 10_000;
    private BlockingQueue<ILoggingEvent> queue;
    private Thread writer;
    private long reported;

    /** How many events may wait for the writer; more are dropped and counted. */
    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    /** How long {@link #stop()} waits for the queued events to be written. */
    public void setMaxFlushMillis(int maxFlushMillis) {
        this.maxFlushMillis = maxFlushMillis;
    }

    /** Events dropped because the queue was full, since start. */
    public long dropped() {
        return dropped.get();
    }

    @Override
    public void start() {
        if (queueSize < 1) {
            addError("queueSize must be at least 1, was " + queueSize);
            return;
        }
        queue = new ArrayBlockingQueue<>(queueSize);
        writer = new Thread(this::writeUntilStopped, "log-writer");
        // The stop sequence flushes the queue; being a daemon only matters when a process exits without it.
        writer.setDaemon(true);
        writer.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        // Freeze what the writer thread cannot see later: the MDC, the formatted message, the thread name.
        event.prepareForDeferredProcessing();
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        try {
            // Waits for room if the queue is full: the writer is making it, and nothing queued may be lost.
            boolean ended = queue.offer(endOfQueue, maxFlushMillis, TimeUnit.MILLISECONDS);
            if (ended) {
                writer.join(maxFlushMillis);
            }
            if (!ended || writer.isAlive()) {
                addWarn("Gave up flushing the log queue after " + maxFlushMillis + " ms; " + queue.size() + " events left");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        appenders.detachAndStopAllAppenders();
    }

    private void writeUntilStopped() {
        try {
            for (ILoggingEvent event = queue.take(); event != endOfQueue; event = queue.take()) {
                appenders.appendLoopOnAppenders(event);
                if (queue.isEmpty()) {
                    reportDrops();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reportDrops();
    }

    /** Called on the writer thread only, when it has caught up: one line per burst of drops, not one per drop. */
    private void reportDrops() {
        long total = dropped.get();
        if (total > reported) {
            LoggerContext context = (LoggerContext) getContext();
            appenders.appendLoopOnAppenders(new LoggingEvent(BoundedAsyncAppender.class.getName(),
                    context.getLogger(REPORTING_LOGGER), Level.WARN,
                    "Dropped {} log line(s): the log queue was full ({} dropped since start)",
                    null, new Object[]{total - reported, total}));
            reported = total;
        }
    }

    @Override
    public void addAppender(Appender<ILoggingEvent> appender) {
        appenders.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return appenders.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(String name) {
        return appenders.getAppender(name);
    }

    @Override
    public boolean isAttached(Appender<ILoggingEvent> appender) {
        return appenders.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(Appender<ILoggingEvent> appender) {
        return appenders.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(String name) {
        return appenders.detachAppender(name);
    }
}
