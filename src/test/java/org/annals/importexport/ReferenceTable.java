package org.annals.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rows of the project's reference file (src/test/resources/reference/events-2022-2025.md), read as written. */
record ReferenceTable(List<Row> rows, String text) {

    record Row(String id, String dateIso, String datePrecision, String headline, String actors, String location,
            String lat, String lon, String eventType, String confidence, List<String> sourceUrls, String notes) {
    }

    static ReferenceTable load() throws IOException {
        try (InputStream in = ReferenceTable.class.getResourceAsStream("/reference/events-2022-2025.md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            boolean inCsv = false;
            for (String line : text.split("\n")) {
                if (line.startsWith("```csv")) {
                    inCsv = true;
                } else if (line.startsWith("```")) {
                    inCsv = false;
                } else if (inCsv && !line.startsWith("id,")) {
                    rows.add(row(line));
                }
            }
            return new ReferenceTable(rows, text);
        }
    }

    Map<String, Row> byId() {
        return rows.stream().collect(Collectors.toMap(Row::id, Function.identity()));
    }

    /** Fields are separated by commas outside double quotes; the file uses single quotes inside fields. */
    private static Row row(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                f.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        f.add(current.toString());
        if (f.size() != 12) {
            throw new IllegalStateException("Expected 12 fields, found " + f.size() + ": " + line);
        }
        List<String> urls = Arrays.stream(f.get(10).split(" \\| ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7), f.get(8), f.get(9),
                urls, f.get(11));
    }
}
