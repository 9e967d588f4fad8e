package org.example.importer;

import dev.orderdesk.adapter.inmemory.InMemoryPorts;
import dev.orderdesk.application.OrderdeskCore;
import dev.orderdesk.application.UseCases;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The importer as a program: {@code java org.example.importer.OrderImport orders.csv} imports the file twice into a
 * core held in memory, to show that the second run replays every order instead of placing it again.
 */
public final class OrderImport {

    private OrderImport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: OrderImport <orders.csv>");
            System.exit(2);
        }
        run(Path.of(args[0]), System.out);
    }

    static void run(Path csv, PrintStream out) throws IOException {
        // guide:start inmemory-wiring
        UseCases core = OrderdeskCore.builder()
                .ports(InMemoryPorts.create().withPasswordHasher(new Pbkdf2PasswordHasher()))
                .build();
        // guide:end inmemory-wiring
        CsvOrderImporter importer = new CsvOrderImporter(core);
        for (String run : new String[] {"first run", "second run"}) {
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                out.println(run + ": " + importer.importFrom(reader).summary());
            }
        }
    }
}
