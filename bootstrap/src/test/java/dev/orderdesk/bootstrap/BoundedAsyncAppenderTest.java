package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The log queue never blocks the caller, counts and reports what it drops, and writes everything queued on stop. */
class BoundedAsyncAppenderTest {

    private final LoggerContext context = new LoggerContext();
    private final GatedSink sink = new GatedSink();
    private final BoundedAsyncAppender queue = new BoundedAsyncAppender();

    @AfterEach
    void release() {
        sink.open();
        queue.stop();
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlockingTheCaller() throws Exception {
        start(2);
        queue.doAppend(event("first"));
        sink.awaitHolding(); // the writer holds "first" in the blocked sink; the queue is empty again

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i < 5; i++) {
                queue.doAppend(event("line " + i)); // two fit, three find the queue full
            }
        });

        assertThat(queue.dropped()).isEqualTo(3);
        sink.open();
        queue.stop();
        assertThat(sink.messages()).containsExactly("first", "line 0", "line 1",
                "Dropped 3 log line(s): the log queue was full (3 dropped since start)");
        assertThat(sink.list.get(3).getLevel()).isEqualTo(Level.WARN);
        assertThat(sink.list.get(3).getLoggerName()).isEqualTo(BoundedAsyncAppender.REPORTING_LOGGER);
    }

    @Test
    void stopReturnsOnlyOnceEveryQueuedLineIsWritten() throws Exception {
        start(256);
        for (int i = 0; i < 200; i++) {
            queue.doAppend(event("line " + i));
        }
        sink.awaitHolding();

        CompletableFuture<Integer> writtenWhenStopReturned = CompletableFuture.supplyAsync(() -> {
            queue.stop();
            return sink.messages().size();
        });
        sink.open();

        assertThat(writtenWhenStopReturned.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(sink.messages()).startsWith("line 0", "line 1").endsWith("line 199").doesNotHaveDuplicates();
        assertThat(queue.dropped()).isZero();
    }

    @Test
    void aLineKeepsTheLoggingContextOfTheThreadThatLoggedIt() throws Exception {
        start(4);
        LoggingEvent event = event("with context");
        event.setMDCPropertyMap(Map.of("request_id", "r-1"));

        queue.doAppend(event);
        sink.open();
        queue.stop();

        assertThat(sink.list).singleElement().satisfies(written -> {
            assertThat(written.getMDCPropertyMap()).containsEntry("request_id", "r-1");
            assertThat(written.getThreadName()).isEqualTo(Thread.currentThread().getName());
        });
    }

    private void start(int queueSize) {
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's provider gives the service's own context
        sink.setContext(context);
        sink.start();
        queue.setContext(context);
        queue.setQueueSize(queueSize);
        queue.addAppender(sink);
        queue.start();
    }

    private LoggingEvent event(String message) {
        return new LoggingEvent(getClass().getName(), context.getLogger("test"), Level.INFO, message, null, null);
    }

    /** A sink that holds the writer on its first line until opened, as a stalled console would. */
    private static final class GatedSink extends ListAppender<ILoggingEvent> {
        private final CountDownLatch holding = new CountDownLatch(1);
        private final CountDownLatch gate = new CountDownLatch(1);

        @Override
        protected void append(ILoggingEvent event) {
            holding.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.append(event);
        }

        void awaitHolding() throws InterruptedException {
            assertThat(holding.await(10, TimeUnit.SECONDS)).as("the writer reached the sink").isTrue();
        }

        void open() {
            gate.countDown();
        }

        synchronized List<String> messages() {
            return list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
