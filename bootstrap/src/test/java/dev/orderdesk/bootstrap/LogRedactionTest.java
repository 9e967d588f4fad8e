package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogRedactionTest {

    private static final String HASH = "$2a$04$Ga68hS9sfTAR7X7hF5B8xOLVGE/DLhuCW7vARXW3IGLhu8pDrdetS";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl-_x";

    @Test
    void masksBcryptHashesJwtsAndBearerCredentialsWhereverTheyStand() {
        assertThat(LogRedaction.masked("FE=> Bind($3=<('" + HASH + "')>,type=VARCHAR)"))
                .isEqualTo("FE=> Bind($3=<('[redacted]')>,type=VARCHAR)");
        assertThat(LogRedaction.masked("token " + JWT + " seen")).isEqualTo("token [redacted] seen");
        assertThat(LogRedaction.masked("Authorization: Bearer abc.DEF-123_x=")).isEqualTo("Authorization: [redacted]");
        assertThat(LogRedaction.masked("price $2 and $10 each")).isEqualTo("price $2 and $10 each");
    }

    @Test
    void keepsAMessageOnOneLineAndNeutralisesTerminalEscapes() {
        assertThat(LogRedaction.maskedSingleLine("GET /x\r\n2026-01-01 ERROR forged\u001b[31m\tend"))
                .isEqualTo("GET /x\\r\\n2026-01-01 ERROR forged\\u001b[31m\tend");
    }
}
