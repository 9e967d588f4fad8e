package dev.orderdesk.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.RefreshTokenGenerator.Generated;
import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import dev.orderdesk.testkit.contract.RefreshTokenGeneratorContract;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomRefreshTokensTest extends RefreshTokenGeneratorContract {

    private final RandomRefreshTokens tokens = new RandomRefreshTokens();

    @Override
    protected RefreshTokenGenerator generator() {
        return tokens;
    }

    @Test
    void makesUnguessableTokensStoredOnlyAsTheirHash() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            Generated generated = tokens.generate();
            assertThat(seen.add(generated.token())).isTrue();
            assertThat(generated.token()).matches("[A-Za-z0-9_-]{43}");
            assertThat(generated.hash()).isEqualTo(tokens.hash(generated.token()));
            assertThat(generated.hash().hex()).matches("[0-9a-f]{64}").doesNotContain(generated.token());
        }
        assertThat(tokens.hash("anything at all, valid or not").hex()).hasSize(64);
    }
}
