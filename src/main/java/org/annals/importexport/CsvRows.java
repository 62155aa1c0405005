package org.annals.importexport;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.annals.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a data set's CSV export (ACLED, UCDP GED) as spreadsheets leave them: with or without a byte-order mark,
 * headers in any case, separated by commas or, from a European spreadsheet, semicolons (or tabs), read row by row up
 * to a limit. The file's own faults (its columns, its quoting, its encoding) refuse it with words that say which.
 */
final class CsvRows {

    /** How much of the file is looked at to tell its separator: the header line is far shorter. */
    private static final int SNIFF = 64 * 1024;
    /** How much of the columns found a refusal quotes. */
    private static final int FOUND_SHOWN = 300;

    private CsvRows() {
    }

    /**
     * Hands over each row; refused when a required column is missing ({@code notThisFormat} gets the missing and the
     * found columns, comma-separated) or past {@code maxRows} rows.
     */
    static void each(Reader csv, List<String> required, int maxRows,
            BiFunction<String, String, InvalidInputException> notThisFormat, Consumer<CSVRecord> each) {
        try (Reader text = new java.io.BufferedReader(new RowLengthGuard(withoutByteOrderMark(csv)), SNIFF);
             CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).get()
                .parse(text)) {
            Set<String> headers = new HashSet<>();
            parser.getHeaderNames().forEach(h -> headers.add(h.strip().toLowerCase(Locale.ROOT)));
            List<String> missing = required.stream().filter(column -> !headers.contains(column)).toList();
            if (!missing.isEmpty()) {
                // the columns found, as far as a person reads them: a file of noise has a "header" of megabytes
                String found = String.join(", ", parser.getHeaderNames());
                throw notThisFormat.apply(String.join(", ", missing), found.length() > FOUND_SHOWN
                        ? found.substring(0, FOUND_SHOWN) + "…" : found);
            }
            // row by row, stopping past the limit: a file of millions of empty lines is never read to its end
            long count = 0;
            for (CSVRecord row : parser) {
                if (++count > maxRows) {
                    String limit = String.format(Locale.ROOT, "%,d", maxRows);
                    throw new InvalidInputException("file", "The export has more than " + limit + " rows, the most one "
                            + "upload may hold; nothing was imported. Split the export into several files.",
                            "import.refusal.tooManyRows", limit);
                }
                each.accept(row);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw encodingChanges();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw encodingChanges();
            }
            // commons-csv reports malformed quoting this way (and a repeated column with every column named: cut short)
            String why = String.valueOf(e.getMessage());
            why = why.length() > FOUND_SHOWN ? why.substring(0, FOUND_SHOWN) + "…" : why;
            throw new InvalidInputException("file", "The file is not readable CSV: " + why, "import.refusal.notCsv", why);
        }
    }

    /** The header line's own first line, lower-cased: enough to tell one data set's export from another's. */
    static Set<String> headers(byte[] head) {
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).strip().toLowerCase(Locale.ROOT);
        Set<String> names = new HashSet<>();
        for (String name : line.split("[,;\t]")) {
            names.add(name.strip().replace("\"", ""));
        }
        return names;
    }

    static InvalidInputException encodingChanges() {
        return new InvalidInputException("file", "The file's text changes encoding part-way (it began as UTF-8): "
                + "save it again as UTF-8 CSV, or as plain CSV from Excel", "import.refusal.encoding");
    }

    static String required(CSVRecord row, String column) {
        String text = value(row, column);
        if (text.isBlank()) {
            throw new InvalidInputException(column, column + " is empty", "import.refusal.emptyColumn", column);
        }
        return text;
    }

    static String value(CSVRecord row, String column) {
        return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
    }

    /** A column's text, or null when it is empty (a field the row does not give). */
    static @Nullable String blankAsNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** The row's values in these columns, by column name, as written (empty ones left out, each cut at a code's length). */
    static java.util.Map<String, String> codes(CSVRecord row, List<String> columns) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (String column : columns) {
            String text = value(row, column);
            if (!text.isEmpty()) {
                int max = org.annals.event.DataSetFields.CODE_MAX;
                codes.put(column, text.length() > max ? text.substring(0, max) : text);
            }
        }
        return codes;
    }

    /** A count of deaths in its column, or null when the column is empty or absent. */
    static @Nullable Integer count(CSVRecord row, String column) {
        String text = value(row, column);
        return text.isEmpty() ? null : requiredCount(row, column);
    }

    static int requiredCount(CSVRecord row, String column) {
        String text = required(row, column);
        if (!text.matches("[0-9]{1,7}")) {
            throw new InvalidInputException(column, column + " must be a whole number of deaths, not '" + text + "'",
                    "import.refusal.gedCount", column, text);
        }
        return Integer.parseInt(text);
    }

    /** A place's name from a data set's columns (town, region, country): the given ones, each once. */
    static List<String> placeParts(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> !p.isBlank()).distinct().toList();
    }

    static boolean blank(CSVRecord row) {
        for (String value : row) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The separator the header line uses most: a comma, or a semicolon (or tab) where a spreadsheet chose one. */
    private static char delimiter(Reader text) throws IOException {
        text.mark(SNIFF);
        char[] head = new char[SNIFF];
        int read = text.read(head);
        text.reset();
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = 0; i < Math.max(read, 0) && head[i] != '\n' && head[i] != '\r'; i++) {
            switch (head[i]) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> { }
            }
        }
        return delimiter(commas, semicolons, tabs);
    }

    /** The delimiter of a header line with these counts (also {@code RowLengthGuard}'s, so both read a file alike). */
    static char delimiter(int commas, int semicolons, int tabs) {
        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private static Reader withoutByteOrderMark(Reader csv) throws IOException {
        PushbackReader reader = new PushbackReader(csv, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }
}
