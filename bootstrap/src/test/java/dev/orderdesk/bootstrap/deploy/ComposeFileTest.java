package dev.orderdesk.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docker-compose.yml, the Dockerfile and the balancer's configuration read as data (no Docker engine runs here). */
class ComposeFileTest {

    private static final JsonNode SERVICES = DeployFiles.documents(DeployFiles.read("docker-compose.yml")).get(0)
            .path("services");
    private static final int STOP_MARGIN_SECONDS = 3;

    @Test
    void migratesOnceBeforeTwoReplicasThatDoNotMigrate() {
        assertThat(SERVICES.at("/migrate/command").toString()).isEqualTo("[\"migrate\"]");
        JsonNode app = SERVICES.path("app");
        assertThat(app.at("/deploy/replicas").asInt()).isEqualTo(2);
        assertThat(app.at("/depends_on/migrate/condition").asText()).isEqualTo("service_completed_successfully");
        assertThat(app.at("/environment/MIGRATE_ON_START").asText()).isEqualTo("false");
        assertThat(app.has("ports")).as("replicas are reached through the balancer only").isFalse();
    }

    @Test
    void stopGracePeriodCoversGraceAndDrain() {
        JsonNode app = SERVICES.path("app");
        int grace = app.at("/environment/SHUTDOWN_GRACE").asInt();
        int drain = app.at("/environment/SHUTDOWN_TIMEOUT").asInt();
        assertThat(drain).isPositive();
        assertThat(DeployFiles.seconds(app.path("stop_grace_period").asText()))
                .isGreaterThanOrEqualTo(grace + drain + STOP_MARGIN_SECONDS);
    }

    @Test
    void passesAnOptionalDotEnvToTheReplicas() {
        JsonNode envFile = SERVICES.at("/app/env_file/0");
        assertThat(envFile.path("path").asText()).isEqualTo(".env");
        assertThat(envFile.path("required").asBoolean(true)).isFalse();
    }

    @Test
    void dependenciesAreCheckedForRealReadiness() {
        String postgres = SERVICES.at("/db/healthcheck/test").toString();
        assertThat(postgres).contains("pg_isready").containsPattern("-h (127\\.0\\.0\\.1|localhost)");
        assertThat(SERVICES.at("/redis/healthcheck/test").toString()).contains("redis-cli ping");
        assertThat(SERVICES.at("/app/depends_on/db/condition").asText()).isEqualTo("service_healthy");
        assertThat(SERVICES.at("/app/depends_on/redis/condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void theBalancerPublishesTheApiChecksReadinessAndIsTheTrustedProxy() {
        JsonNode lb = SERVICES.path("lb");
        assertThat(lb.path("image").asText()).startsWith("haproxy:");
        assertThat(lb.path("ports").toString()).contains("8000:8000");
        assertThat(lb.path("volumes").toString()).contains("./deploy/compose/haproxy.cfg:");
        assertThat(SERVICES.at("/app/environment/TRUSTED_PROXIES").asText())
                .isEqualTo(lb.at("/networks/default/ipv4_address").asText());

        String haproxy = DeployFiles.read("deploy/compose/haproxy.cfg");
        assertThat(haproxy).contains("balance roundrobin", "option httpchk GET /health/ready", "app:8000");
    }

    @Test
    void theImageBuildsAndRunsOnTheSameJavaMajor() {
        Matcher from = Pattern.compile("(?m)^FROM \\S*temurin[:-](\\d+)").matcher(DeployFiles.read("Dockerfile"));
        List<String> majors = from.results().map(match -> match.group(1)).toList();
        assertThat(majors).hasSize(2).containsOnly(majors.get(0));
    }
}
