package dev.orderdesk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.RefreshTokenGenerator.Generated;
import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RefreshTokenGenerator} must do: tokens long enough to carry 128 random bits, never repeated, and
 * stored only as a one-way hash that a presented token reproduces.
 */
public abstract class RefreshTokenGeneratorContract {

    /** 128 bits in base64 take 22 characters; no encoding packs them into fewer printable ones. */
    private static final int SHORTEST_UNGUESSABLE_TOKEN = 22;
    private static final int TOKENS = 10_000;

    /** Creates the suite; a subclass says how to reach its adapter. */
    protected RefreshTokenGeneratorContract() {
    }

    /**
     * The generator under test.
     *
     * @return the generator
     */
    protected abstract RefreshTokenGenerator generator();

    @Test
    void tokensAreLongEnoughAndNeverRepeated() {
        Set<String> tokens = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < TOKENS; i++) {
            Generated generated = generator().generate();
            assertThat(generated.token()).hasSizeGreaterThanOrEqualTo(SHORTEST_UNGUESSABLE_TOKEN);
            tokens.add(generated.token());
            hashes.add(generated.hash().hex());
        }

        assertThat(tokens).hasSize(TOKENS);
        assertThat(hashes).hasSize(TOKENS);
    }

    @Test
    void aTokenIsStoredOnlyUnderTheHashItsPresentationReproduces() {
        Generated generated = generator().generate();

        assertThat(generator().hash(generated.token())).isEqualTo(generated.hash());
        assertThat(generated.hash().hex()).doesNotContain(generated.token());
        assertThat(generator().hash(generated.token() + "x")).isNotEqualTo(generated.hash());
    }

    @Test
    void hashesAnyPresentedStringEvenOneItNeverIssued() {
        for (String presented : new String[]{"", "not a token", "\u00e9\uD83D\uDD11", "x".repeat(10_000)}) {
            assertThat(generator().hash(presented)).isEqualTo(generator().hash(presented));
        }
        assertThat(generator().hash("a")).isNotEqualTo(generator().hash("b"));
    }
}
