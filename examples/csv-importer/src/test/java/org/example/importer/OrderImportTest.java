package org.example.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.domain.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderImportTest {

    @TempDir
    Path directory;

    @Test
    void theProgramImportsAFileAndASecondRunOnlyReplaysIt() throws Exception {
        Path csv = directory.resolve("orders.csv");
        try (InputStream sample = OrderImportTest.class.getResourceAsStream("/orders.csv")) {
            Files.copy(sample, csv);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        OrderImport.run(csv, new PrintStream(output, true, StandardCharsets.UTF_8));

        List<String> lines = output.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(
                "first run: 2 placed, 0 already imported, 2 customers registered, 2 rejected (0 worth retrying): ");
        assertThat(lines.get(1)).startsWith(
                "second run: 0 placed, 2 already imported, 0 customers registered, 2 rejected (0 worth retrying): ");
        assertThat(lines.get(0)).contains("A-102 (line 5): VALIDATION_ERROR, line 5 quantity: ");
    }

    @Test
    void onlyRejectionsForAMomentaryReasonAreWorthRetrying() {
        assertThat(rejection(ErrorCode.SERVICE_UNAVAILABLE).worthRetrying()).isTrue();
        assertThat(rejection(ErrorCode.VALIDATION_ERROR).worthRetrying()).isFalse();
        assertThat(rejection(ErrorCode.USER_NOT_FOUND).worthRetrying()).isFalse();
    }

    private static ImportReport.Rejection rejection(ErrorCode code) {
        return new ImportReport.Rejection("A-1", 2, code, "message", List.of());
    }
}
