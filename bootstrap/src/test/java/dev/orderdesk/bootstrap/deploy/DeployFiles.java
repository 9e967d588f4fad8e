package dev.orderdesk.bootstrap.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository's deployment files read as data, for tests that check them without an engine or a cluster. */
final class DeployFiles {

    /** Surefire runs in the bootstrap module; the deployment files sit at the repository root. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(h|m|s)");

    private DeployFiles() {
    }

    static String read(String relativePath) {
        try {
            return Files.readString(ROOT.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a (possibly multi-document) YAML text. */
    static List<JsonNode> documents(String yaml) {
        try {
            return YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The standard output of {@code kubectl kustomize} on a directory of the repository. */
    static String kustomize(String relativeDirectory) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", ROOT.resolve(relativeDirectory).toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException missing) {
            throw new AssertionError("kubectl is needed to render " + relativeDirectory + " (kubectl kustomize, offline, "
                    + "no cluster): install it (Debian: apt-get install kubectl from the Kubernetes or Google Cloud "
                    + "package repository) and put it on PATH", missing);
        }
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + relativeDirectory + " failed (its error is above)");
        }
        return output;
    }

    /** Seconds in a duration written as Compose writes them ({@code 30s}, {@code 1m30s}) or a plain number. */
    static int seconds(String duration) {
        if (duration.matches("\\d+")) {
            return Integer.parseInt(duration);
        }
        Matcher part = DURATION_PART.matcher(duration);
        int seconds = 0;
        int end = 0;
        while (part.find() && part.start() == end) {
            int amount = Integer.parseInt(part.group(1));
            seconds += switch (part.group(2)) {
                case "h" -> amount * 3600;
                case "m" -> amount * 60;
                default -> amount;
            };
            end = part.end();
        }
        if (end != duration.length()) {
            throw new IllegalArgumentException("not a whole-second duration: " + duration);
        }
        return seconds;
    }
}
