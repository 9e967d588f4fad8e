import dev.orderdesk.adapter.security.BcryptPasswordHasher;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The login ceiling: how many password checks per second the service's own hasher (bcrypt over the peppered
 * pre-hash) does at a cost on a number of threads, with nothing else around it.
 * Run with the jar on the class path: {@code java -cp orderdesk.jar BcryptRate.java <cost> <threads> <seconds>}.
 */
public final class BcryptRate {

    public static void main(String[] args) throws InterruptedException {
        int cost = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        BcryptPasswordHasher hasher = new BcryptPasswordHasher(cost,
                "benchmark-pepper-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8));
        PlainPassword password = PlainPassword.of("benchmark-password");
        PasswordHash hash = hasher.hash(password);
        hasher.matches(password, hash); // warm-up

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong checks = new AtomicLong();
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                while (running.get()) {
                    if (!hasher.matches(password, hash)) {
                        throw new IllegalStateException("the password must verify");
                    }
                    checks.incrementAndGet();
                }
            });
        }
        long start = System.nanoTime();
        for (Thread worker : workers) {
            worker.start();
        }
        Thread.sleep(seconds * 1_000); // the measuring window itself
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("RESULT checks=%d rps=%.2f%n", checks.get(), checks.get() / elapsed);
    }
}
