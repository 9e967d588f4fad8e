package dev.orderdesk.bootstrap;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration variables: the process environment over the {@code .env} of a directory (the environment wins),
 * names upper-cased so they are case-insensitive.
 *
 * @param problem why {@code .env} could not be read, if it could not (its variables are then left out)
 */
record ConfigurationVariables(Map<String, String> values, Optional<String> problem) {

    ConfigurationVariables {
        values = Map.copyOf(values);
    }

    static ConfigurationVariables read(Map<String, String> environment, Path directory) {
        Map<String, String> values = new HashMap<>();
        Optional<String> problem = Optional.empty();
        try {
            values.putAll(dotEnv(directory));
        } catch (DotenvException unreadable) {
            problem = Optional.of(".env: cannot be read (" + unreadable.getMessage() + ")");
        }
        environment.forEach((key, value) -> values.put(key.toUpperCase(Locale.ROOT), value));
        return new ConfigurationVariables(values, problem);
    }

    List<String> problems() {
        return problem.stream().toList();
    }

    private static Map<String, String> dotEnv(Path directory) {
        Map<String, String> values = new HashMap<>();
        // Absolute: dotenv-java joins the directory and the file name with '/', so the empty path of the working
        // directory would have meant "/.env".
        Dotenv dotenv = Dotenv.configure().directory(directory.toAbsolutePath().toString()).ignoreIfMissing().load();
        for (DotenvEntry entry : dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
            values.put(entry.getKey().toUpperCase(Locale.ROOT), entry.getValue());
        }
        return values;
    }
}
