package dev.orderdesk.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.out.RefreshTokenGenerator;
import dev.orderdesk.testkit.contract.RefreshTokenGeneratorContract;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecureRandomRefreshTokensTest extends RefreshTokenGeneratorContract {

    private final SecureRandomRefreshTokens tokens = new SecureRandomRefreshTokens();

    @Override
    protected RefreshTokenGenerator generator() {
        return tokens;
    }

    @Test
    void tokensCarry256RandomBitsAndAreStoredOnlyAsTheirSha256() {
        RefreshTokenGenerator.Generated first = tokens.generate();
        RefreshTokenGenerator.Generated second = tokens.generate();

        assertThat(Base64.getUrlDecoder().decode(first.token())).hasSize(32);
        assertThat(first.token()).isNotEqualTo(second.token());
        assertThat(first.hash().hex()).hasSize(64).isNotEqualTo(first.token()).doesNotContain(first.token());
        assertThat(tokens.hash(first.token())).isEqualTo(first.hash());
        assertThat(first.toString()).doesNotContain(first.token());
    }
}
