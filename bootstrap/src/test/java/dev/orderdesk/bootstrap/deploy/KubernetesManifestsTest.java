package dev.orderdesk.bootstrap.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/kubernetes rendered by {@code kubectl kustomize} (offline) and read as data: what a cluster would be given,
 * checked against what the service needs. No cluster runs here, so this is the test those files have.
 */
class KubernetesManifestsTest {

    /** PostgreSQL's default; the pods, a surge pod, the Job and the init checks must fit under it. */
    private static final int MAX_CONNECTIONS = 100;
    private static final int RESERVED_CONNECTIONS = 10;
    /** Time after the drain's deadline to close the pool and stop the JVM before SIGKILL. */
    private static final int STOP_MARGIN_SECONDS = 3;

    private static List<JsonNode> rendered;

    @BeforeAll
    static void render() throws Exception {
        rendered = DeployFiles.documents(DeployFiles.kustomize("deploy/kubernetes"));
    }

    @Test
    void hasEveryResourceTheServiceNeeds() {
        assertThat(rendered).extracting(doc -> doc.path("kind").asText()).contains("Deployment", "Job", "Service",
                "ConfigMap", "Secret", "PodDisruptionBudget", "HorizontalPodAutoscaler");
    }

    @Test
    void rollsOutWithoutLosingCapacity() {
        JsonNode spec = only("Deployment").path("spec");
        assertThat(spec.path("replicas").asInt()).isEqualTo(2);
        assertThat(spec.at("/strategy/type").asText()).isEqualTo("RollingUpdate");
        assertThat(spec.at("/strategy/rollingUpdate/maxUnavailable").asInt(-1)).isZero();
        assertThat(spec.at("/strategy/rollingUpdate/maxSurge").asInt()).isEqualTo(1);
    }

    @Test
    void probesHitTheHealthRoutesOnTheServedPort() {
        JsonNode container = api();
        JsonNode port = container.path("ports").get(0);
        assertThat(port.path("containerPort").asText()).isEqualTo(environment(container).get("PORT"));
        String portName = port.path("name").asText();
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/health/live");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            assertThat(container.path(probe).at("/httpGet/port").asText()).as(probe).isEqualTo(portName);
        }
        // Readiness answers within about 2 s even against a hung database; a shorter timeout would flap.
        assertThat(container.at("/readinessProbe/timeoutSeconds").asInt()).isGreaterThan(2);
    }

    @Test
    void terminationGraceCoversPreStopGraceAndDrain() {
        JsonNode container = api();
        Map<String, String> env = environment(container);
        int preStop = container.at("/lifecycle/preStop/sleep/seconds").asInt();
        int grace = Integer.parseInt(env.get("SHUTDOWN_GRACE"));
        int drain = Integer.parseInt(env.get("SHUTDOWN_TIMEOUT"));
        assertThat(preStop).isPositive();
        assertThat(podSpec(only("Deployment")).path("terminationGracePeriodSeconds").asInt())
                .isGreaterThanOrEqualTo(preStop + grace + drain + STOP_MARGIN_SECONDS);
    }

    @Test
    void everyContainerHasBoundedResourcesAndRunsLockedDown() {
        for (JsonNode workload : List.of(only("Deployment"), only("Job"))) {
            JsonNode pod = podSpec(workload);
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(pod.at("/securityContext/runAsUser").asInt()).isEqualTo(10001);
            for (JsonNode container : containers(pod)) {
                String name = container.path("name").asText();
                JsonNode resources = container.path("resources");
                assertThat(resources.at("/requests/cpu").asText()).as(name).isNotEmpty();
                assertThat(resources.at("/limits/memory").asText()).as(name)
                        .isNotEmpty().isEqualTo(resources.at("/requests/memory").asText());
                assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
                assertThat(container.path("volumeMounts").findValuesAsText("mountPath")).as(name).contains("/tmp");
            }
        }
    }

    @Test
    void theJobMigratesAndThePodsOnlyWaitForIt() {
        JsonNode job = only("Job");
        JsonNode migrate = containers(podSpec(job)).get(0);
        assertThat(migrate.path("command").isMissingNode()).as("keeps the image's java -jar entry point").isTrue();
        assertThat(migrate.path("args").toString()).isEqualTo("[\"migrate\"]");
        assertThat(podSpec(job).path("restartPolicy").asText()).isEqualTo("Never");
        assertThat(job.at("/spec/backoffLimit").isInt()).isTrue();
        assertThat(job.at("/spec/ttlSecondsAfterFinished").isInt()).isTrue();

        JsonNode pod = podSpec(only("Deployment"));
        assertThat(environment(api()).get("MIGRATE_ON_START")).isEqualTo("false");
        assertThat(pod.path("initContainers").get(0).path("command").toString()).contains("db status");
    }

    @Test
    void connectionsFitPostgresAtTheAutoscalersMaximumDuringARollout() {
        Map<String, String> env = environment(api());
        int perPod = Integer.parseInt(env.get("DATABASE_POOL_SIZE")) + Integer.parseInt(env.get("DATABASE_MAX_OVERFLOW"));
        int pods = only("HorizontalPodAutoscaler").at("/spec/maxReplicas").asInt()
                + only("Deployment").at("/spec/strategy/rollingUpdate/maxSurge").asInt();
        assertThat(pods * perPod).isLessThanOrEqualTo(MAX_CONNECTIONS - RESERVED_CONNECTIONS);
    }

    @Test
    void serviceBudgetAndAutoscalerTargetTheApiPodsOnly() {
        JsonNode deployment = only("Deployment");
        JsonNode apiLabels = deployment.at("/spec/template/metadata/labels");
        JsonNode jobLabels = only("Job").at("/spec/template/metadata/labels");

        JsonNode service = only("Service").path("spec");
        assertThat(service.path("type").asText()).isEqualTo("ClusterIP");
        assertThat(selects(service.path("selector"), apiLabels)).isTrue();
        assertThat(selects(service.path("selector"), jobLabels)).isFalse();
        assertThat(service.at("/ports/0/port").asInt()).isEqualTo(80);
        assertThat(service.at("/ports/0/targetPort").asText()).isEqualTo(api().at("/ports/0/name").asText());

        JsonNode budget = only("PodDisruptionBudget").path("spec");
        assertThat(selects(budget.at("/selector/matchLabels"), apiLabels)).isTrue();
        assertThat(selects(budget.at("/selector/matchLabels"), jobLabels)).isFalse();

        JsonNode autoscaler = only("HorizontalPodAutoscaler").path("spec");
        assertThat(autoscaler.at("/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(autoscaler.at("/scaleTargetRef/name").asText()).isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(autoscaler.path("minReplicas").asInt()).isEqualTo(2);
        assertThat(autoscaler.path("maxReplicas").asInt()).isEqualTo(6);
        assertThat(autoscaler.at("/metrics/0/resource/name").asText()).isEqualTo("cpu");
        assertThat(autoscaler.at("/metrics/0/resource/target/averageUtilization").asInt()).isEqualTo(70);
    }

    @Test
    void theSecretHoldsTheSecretsAndTheConfigMapNone() {
        JsonNode secret = only("Secret");
        assertThat(secret.path("data").has("SECRET_KEY")).isTrue();
        assertThat(secret.path("data").has("PASSWORD_PEPPER")).isTrue();
        assertThat(secret.path("data").has("DATABASE_URL")).isTrue();
        assertThat(environment(api())).doesNotContainKeys("SECRET_KEY", "PASSWORD_PEPPER", "DATABASE_URL");
    }

    private static JsonNode only(String kind) {
        List<JsonNode> found = rendered.stream().filter(doc -> doc.path("kind").asText().equals(kind)).toList();
        assertThat(found).as(kind).hasSize(1);
        return found.get(0);
    }

    private static JsonNode podSpec(JsonNode workload) {
        return workload.at("/spec/template/spec");
    }

    private static List<JsonNode> containers(JsonNode podSpec) {
        List<JsonNode> all = new ArrayList<>();
        podSpec.path("initContainers").forEach(all::add);
        podSpec.path("containers").forEach(all::add);
        return all;
    }

    private static JsonNode api() {
        return podSpec(only("Deployment")).path("containers").get(0);
    }

    /** The plain (non-secret) variables a container gets: its ConfigMaps, then its own {@code env} values. */
    private static Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String name = source.at("/configMapRef/name").asText();
            rendered.stream()
                    .filter(doc -> doc.path("kind").asText().equals("ConfigMap"))
                    .filter(doc -> doc.at("/metadata/name").asText().equals(name))
                    .forEach(map -> map.path("data").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText())));
        }
        container.path("env").forEach(variable -> env.put(variable.path("name").asText(), variable.path("value").asText()));
        return env;
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        return !selector.properties().isEmpty() && selector.properties().stream()
                .allMatch(wanted -> labels.path(wanted.getKey()).asText().equals(wanted.getValue().asText()));
    }
}
