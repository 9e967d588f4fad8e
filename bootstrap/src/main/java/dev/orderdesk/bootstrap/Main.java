package dev.orderdesk.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The command line: {@code serve} (default) runs the API until SIGTERM; {@code migrate} applies migrations and
 * exits; {@code create-admin} creates an administrator. Exit status 2 means the configuration or the command is wrong.
 */
public final class Main {

    static final int EXIT_USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        if (!List.of("serve", "migrate", "create-admin").contains(command)) {
            System.err.println("Unknown command '" + command + "'. Usage: orderdesk [serve|migrate|create-admin]");
            System.exit(EXIT_USAGE);
        }
        SettingsLoader.Loaded loaded;
        try {
            loaded = SettingsLoader.load(System.getenv(), Path.of(""));
        } catch (InvalidSettingsException e) {
            System.err.println(e.getMessage());
            System.exit(EXIT_USAGE);
            return;
        }
        Logger log = configureLogging(loaded.settings());
        loaded.warnings().forEach(log::warn);
        if (command.equals("migrate")) {
            Application.migrate(loaded.settings());
            log.info("Migrations applied");
            return;
        }
        if (command.equals("create-admin")) {
            System.exit(CreateAdminCommand.run(List.of(args).subList(1, args.length), System.getenv(),
                    work -> Application.withCreateAdmin(loaded.settings(), work), System.out, System.err));
        }
        serve(loaded.settings());
    }

    private static void serve(Settings settings) {
        Application application = Application.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            application.close();
            stopped.countDown();
            ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
            // A clean, drained stop on SIGTERM is a success: exit 0 rather than the JVM's 143.
            Runtime.getRuntime().halt(0);
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Logger configureLogging(Settings settings) {
        // Liquibase logs through java.util.logging; route it to the same appenders and levels.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(settings.logLevel()));
        root.detachAppender(settings.logFormat() == Settings.LogFormat.JSON ? "TEXT" : "JSON");
        return LoggerFactory.getLogger(Main.class);
    }
}
