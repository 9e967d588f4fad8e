package dev.orderdesk.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.application.port.out.AttemptLog;
import dev.orderdesk.application.port.out.HealthProbe;
import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The persistence adapter's entry point: owns the pool and hands out the port implementations. */
public final class JdbiPersistence implements AutoCloseable {

    /** The advisory lock that lets one instance at a time sweep expired attempts ("orderdesk sweep", as a number). */
    private static final long SWEEP_LOCK = 0x6f7264_7377_6570L;

    private final DataSource dataSource;
    private final Optional<AutoCloseable> ownPool;
    private final DatabaseProbe probe;
    private final Jdbi jdbi;
    private final PgAccountChanges accountChanges;

    private JdbiPersistence(DataSource dataSource, Jdbi jdbi, Optional<AutoCloseable> ownPool,
                            Optional<PgAccountChanges.Connector> listenerConnection) {
        this.dataSource = dataSource;
        this.ownPool = ownPool;
        this.probe = new DatabaseProbe(dataSource);
        this.jdbi = jdbi.installPlugin(new SqlObjectPlugin());
        this.accountChanges = new PgAccountChanges(this.jdbi, listenerConnection);
    }

    /** Opens the pool; fails at once when the database cannot be reached. */
    public static JdbiPersistence open(DatabaseSettings settings) {
        return owning(new HikariDataSource(DatabaseConnections.poolConfig(settings)), settings);
    }

    /**
     * Over a host application's own {@code DataSource}, which stays the host's: {@link #close()} leaves it open. The
     * schema must be migrated (see the migrations module), and the data source should bound its waits as the
     * service's pool does (connection and socket timeouts), or a sick database can hang callers.
     */
    public static JdbiPersistence using(DataSource hostDataSource) {
        return using(hostDataSource, Jdbi.create(hostDataSource));
    }

    /**
     * Over a host application's own {@code Jdbi} (created over {@code hostDataSource}), so that the host's existing
     * JDBI code and Orderdesk's stores share transactions: a use case called inside the host's
     * {@code hostJdbi.inTransaction(…)} joins it, and the other way round. Installs JDBI's SqlObject plugin on it.
     * {@link #close()} leaves both open. As for {@link #using(DataSource)}, the schema must be migrated.
     */
    public static JdbiPersistence using(DataSource hostDataSource, Jdbi hostJdbi) {
        return new JdbiPersistence(hostDataSource, hostJdbi, Optional.empty(), Optional.empty());
    }

    private static JdbiPersistence owning(HikariDataSource pool, DatabaseSettings settings) {
        return new JdbiPersistence(pool, Jdbi.create(pool), Optional.of(pool),
                Optional.of(() -> DatabaseConnections.listenerConnection(settings)));
    }

    /**
     * Opens the pool and publishes its metrics to {@code meterRegistry}, a Micrometer {@code MeterRegistry}. It is
     * typed {@code Object} exactly as HikariCP's own {@code setMetricRegistry} is, so this module needs no metrics
     * library.
     */
    public static JdbiPersistence open(DatabaseSettings settings, Object meterRegistry) {
        HikariConfig config = DatabaseConnections.poolConfig(settings);
        config.setMetricRegistry(meterRegistry);
        return owning(new HikariDataSource(config), settings);
    }

    /**
     * Connects once, waiting at most the settings' connect timeout, and says whether the database exists.
     *
     * @return false when the server answers but has no database of that name
     * @throws DatabaseConnectionException when the server cannot be reached or refuses us
     */
    public static boolean databaseExists(DatabaseSettings settings) {
        return DatabaseConnections.databaseExists(settings);
    }

    /**
     * Creates the database named in the URL when it does not exist yet. Only then does it connect to the server's
     * {@code postgres} database, so credentials limited to the service's own database work when it exists.
     *
     * @throws DatabaseConnectionException when the server cannot be reached or refuses us
     */
    public static void createDatabaseIfMissing(DatabaseSettings settings) {
        DatabaseConnections.createDatabaseIfMissing(settings);
    }

    /**
     * What PostgreSQL shows as {@code application_name} for the account-change listener of pools with these settings.
     */
    public static String listenerName(DatabaseSettings settings) {
        return DatabaseConnections.listenerName(settings);
    }

    /** For the migrations runner and health checks; repositories never leak it further. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The {@code Jdbi} behind every store, for a host application's own SQL: a handle it opens with
     * {@code withHandle}/{@code useHandle} inside {@code transactions().inTransaction(…)} joins that transaction, so
     * its rows commit or roll back with the use case's.
     */
    public Jdbi jdbi() {
        return jdbi;
    }

    public UserRepository users() {
        return new JdbiUserRepository(jdbi);
    }

    public OrderRepository orders() {
        return new JdbiOrderRepository(jdbi);
    }

    public IdempotencyStore idempotencyKeys() {
        return new JdbiIdempotencyStore(jdbi);
    }

    /**
     * Announces account changes to every instance on this database with {@code NOTIFY}, in the use case's
     * transaction. Its subscribers hear nothing until {@link #listenForAccountChanges()} runs, so a command-line
     * process announces without listening.
     */
    public AccountChanges accountChanges() {
        return accountChanges;
    }

    /**
     * Starts listening for account changes on a dedicated connection (reconnecting with backoff) until
     * {@link #close()}. Over a host's own data source nothing listens: the caller cache then stays bypassed.
     */
    public void listenForAccountChanges() {
        accountChanges.listen();
    }

    public HealthProbe databaseProbe() {
        return probe;
    }

    public RefreshTokenStore refreshTokens() {
        return new JdbiRefreshTokenStore(jdbi);
    }

    public TransactionRunner transactions() {
        return new JdbiTransactionRunner(jdbi);
    }

    /** The login lock-out's attempts, shared by every instance on this database. */
    public AttemptLog loginAttempts() {
        return new JdbiAttemptLog(jdbi);
    }

    /** The per-address limit's counts, shared by every instance on this database. */
    public AttemptCounter addressAttempts() {
        return new JdbiAttemptCounter(jdbi);
    }

    /**
     * Deletes attempts and counts whose window ended before {@code now}. Instances may all call it on a timer: the
     * one holding the advisory lock sweeps, the others skip this round.
     *
     * @return the rows deleted, or -1 when another instance was sweeping
     */
    public int sweepExpiredAttempts(Instant now) {
        return DatabaseFailures.translating(() -> jdbi.inTransaction(handle -> {
            boolean mine = handle.createQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                    .bind("lock", SWEEP_LOCK).mapTo(Boolean.class).one();
            if (!mine) {
                return -1;
            }
            return handle.createUpdate("DELETE FROM login_attempts WHERE expires_at <= :now")
                    .bind("now", Timestamps.of(now)).execute()
                    + handle.createUpdate("DELETE FROM address_attempts WHERE expires_at <= :now")
                    .bind("now", Timestamps.of(now)).execute();
        }));
    }

    @Override
    public void close() {
        accountChanges.close();
        probe.close();
        ownPool.ifPresent(JdbiPersistence::closePool);
    }

    private static void closePool(AutoCloseable pool) {
        try {
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the connection pool failed", e);
        }
    }
}
