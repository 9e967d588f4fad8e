package org.example.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the import file: a header, then one order line per row; consecutive rows with the same {@code order_ref}
 * form one order. Plain comma-separated values without quoting (no column of this format may contain a comma).
 * Nothing is validated here except the header: the core validates every value.
 */
final class CsvOrders {

    static final List<String> COLUMNS =
            List.of("order_ref", "customer_email", "customer_name", "currency", "sku", "quantity", "unit_price");

    private CsvOrders() {
    }

    /** One data row as text, with its line number in the file (the header is line 1). */
    record Row(int line, List<String> values) {

        String value(String column) {
            int index = COLUMNS.indexOf(column);
            return index < values.size() ? values.get(index).strip() : "";
        }
    }

    /** The rows of one order, in file order. */
    record OrderRows(String ref, List<Row> rows) {

        int firstLine() {
            return rows.get(0).line();
        }
    }

    /** @throws IllegalArgumentException when the header is not exactly {@link #COLUMNS}: not an import file */
    static List<OrderRows> read(Reader csv) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        String header = lines.readLine();
        if (header == null || !List.of(header.strip().split(",", -1)).equals(COLUMNS)) {
            throw new IllegalArgumentException("the first line must be the header " + String.join(",", COLUMNS));
        }
        List<OrderRows> orders = new ArrayList<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Row row = new Row(number, List.of(line.split(",", -1)));
            String ref = row.value("order_ref");
            if (orders.isEmpty() || !orders.get(orders.size() - 1).ref().equals(ref)) {
                orders.add(new OrderRows(ref, new ArrayList<>()));
            }
            orders.get(orders.size() - 1).rows().add(row);
        }
        return orders;
    }
}
