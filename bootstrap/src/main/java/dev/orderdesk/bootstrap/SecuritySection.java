package dev.orderdesk.bootstrap;

import dev.orderdesk.adapter.security.HashingSettings;
import dev.orderdesk.adapter.security.JwtSettings;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the security adapter's settings and holds production to the secrets rules: required, long enough, not a
 * value published in the repository, and no secret used twice. Development gets stand-ins, with a warning each.
 */
final class SecuritySection {

    static final int MIN_SECRET_BYTES = JwtSettings.MIN_KEY_BYTES;
    // Stable so that development hashes survive a restart; production must configure its own.
    private static final String DEVELOPMENT_PEPPER = "orderdesk-development-pepper-not-for-production";
    /** The secrets shipped in {@code .env.example} (a test keeps this list and the file in step) and the development pepper. */
    static final Set<String> PLACEHOLDER_SECRETS = Set.of(
            "change-me-to-at-least-32-random-bytes-please",
            "change-me-too-32-random-bytes-stable-forever",
            DEVELOPMENT_PEPPER);

    private final EnvironmentValues env;
    private final Environment environment;
    private final List<String> warnings;

    /** @param warnings where to add what development should be told */
    SecuritySection(EnvironmentValues env, Environment environment, List<String> warnings) {
        this.env = env;
        this.environment = environment;
        this.warnings = warnings;
    }

    SecuritySettings read(ServiceSettings service) {
        boolean production = environment == Environment.PRODUCTION;
        Optional<Secret> secretKey = env.secret("SECRET_KEY", production, MIN_SECRET_BYTES);
        Optional<Secret> pepper = env.secret("PASSWORD_PEPPER", production, MIN_SECRET_BYTES);
        Optional<Secret> previousKey = env.secret("SECRET_KEY_PREVIOUS", false, MIN_SECRET_BYTES);
        if (production) {
            // Ordered, so a repeat is reported against the first variable holding that value.
            Map<String, Optional<Secret>> secrets = new LinkedHashMap<>();
            secrets.put("SECRET_KEY", secretKey);
            secrets.put("PASSWORD_PEPPER", pepper);
            secrets.put("SECRET_KEY_PREVIOUS", previousKey);
            refuseWeakSecrets(secrets);
        }
        int minimumCost = environment == Environment.TEST ? HashingSettings.MIN_COST : HashingSettings.MIN_PRODUCTION_COST;
        int threads = env.integer("PASSWORD_HASH_THREADS", HashingSettings.defaultThreads(), 1, HashingSettings.MAX_THREADS);
        Duration maxWait = env.seconds("PASSWORD_HASH_MAX_WAIT_SECONDS", HashingSettings.DEFAULT_MAX_WAIT, Duration.ZERO,
                HashingSettings.LONGEST_MAX_WAIT);
        HashingSettings hashing = new HashingSettings(
                env.integer("BCRYPT_COST", HashingSettings.DEFAULT_COST, minimumCost, HashingSettings.MAX_COST),
                pepper.orElseGet(this::developmentPepper).bytes(),
                threads,
                env.integer("PASSWORD_HASH_QUEUE", HashingSettings.defaultQueue(threads, maxWait), 0,
                        HashingSettings.MAX_QUEUE),
                maxWait);
        // A key too short to sign with is already a problem; a stand-in keeps the record valid until it is reported.
        Secret key = secretKey.filter(SecuritySection::longEnough).orElseGet(this::generatedSecretKey);
        JwtSettings jwt = new JwtSettings(key.bytes(), previousKey.filter(SecuritySection::longEnough).map(Secret::bytes),
                service.appName(), service.appName() + "-api",
                env.minutes("ACCESS_TOKEN_EXPIRE_MINUTES", JwtSettings.DEFAULT_LIFETIME, JwtSettings.MAX_LIFETIME),
                JwtSettings.DEFAULT_LEEWAY);
        return new SecuritySettings(jwt, hashing, secretKey.isEmpty());
    }

    private void refuseWeakSecrets(Map<String, Optional<Secret>> secrets) {
        List<String> names = List.copyOf(secrets.keySet());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<Secret> secret = secrets.get(name);
            if (secret.isEmpty()) {
                continue;
            }
            if (PLACEHOLDER_SECRETS.contains(secret.get().value())) {
                env.problem(name + ": is the placeholder of .env.example; set a random secret of at least "
                        + MIN_SECRET_BYTES + " bytes");
            }
            for (String earlier : names.subList(0, i)) {
                if (secrets.get(earlier).map(other -> other.value().equals(secret.get().value())).orElse(false)) {
                    env.problem(name + ": must differ from " + earlier);
                }
            }
        }
    }

    private static boolean longEnough(Secret secret) {
        return secret.bytes().length >= MIN_SECRET_BYTES;
    }

    private Secret generatedSecretKey() {
        if (environment != Environment.PRODUCTION) {
            warnings.add("SECRET_KEY is not set: using a random key for this run only. Tokens will not survive a "
                    + "restart. Never run production like this.");
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    private Secret developmentPepper() {
        if (environment != Environment.PRODUCTION) {
            warnings.add("PASSWORD_PEPPER is not set: using the public development pepper. Never run production like this.");
        }
        return new Secret(DEVELOPMENT_PEPPER);
    }
}
