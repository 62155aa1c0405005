package org.annals.importexport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.annals.event.ActorKind;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.shared.InvalidInputException;
import org.annals.shared.Wording;
import org.apache.commons.csv.CSVRecord;

/**
 * Forensic Architecture's TimeMap data (decision 0037): its events sheet as datasheet-server serves it (description,
 * date, time, location, latitude, longitude, association1…, source1…, and type, category, id when a desk adds them),
 * alone as CSV or in a .zip with its sources sheet (id, title, url or path1…, author, date) and associations sheet.
 * Each row becomes a draft read as Annals' own CSV row is ({@link AnnalsCsvReader#event}): the headline is its
 * {@code title} (a column Annals' TimeMap export adds) or the description's first sentence, the description its
 * summary; the date in TimeMap's own format (month/day/year by default, day/month when the file's days say so, or
 * ISO), with {@code date_edtf} (Annals' export) first; the place approximate; associations and category as tags, a
 * type naming one of Annals' types as that type; the sources as citations. Comments (a desk's notes) are not read.
 */
final class TimeMapReader {

    /** The most a zip may unpack to, in all: a few sheets of text, never a bomb's gigabytes. */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;
    /** The most CSV files a zip may hold (TimeMap's workbook has eight sheets). */
    private static final int MAX_SHEETS = 16;
    /** The most columns a sheet may have: TimeMap's have a few dozen. */
    private static final int MAX_COLUMNS = 500;
    private static final int HEADLINE_MAX = 160;
    private static final Pattern NUMBERED = Pattern.compile("([a-z_]+?)_?([0-9]+)");
    private static final Pattern SLASHED = Pattern.compile("([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})");
    private static final Pattern ISO_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Annals' CSV columns its TimeMap export adds (docs/exports.md), read as its CSV's are when a sheet has them. */
    private static final List<String> PASSED_ON = List.of("slug", "start_precision", "start_earliest", "start_latest", "end_edtf",
            "end_earliest", "end_latest", "actors", "actor_roles", "citations", "sources");

    private final EventType defaultType;
    private final Map<String, ActorKind> kinds;

    TimeMapReader(EventType defaultType, Map<String, ActorKind> timelineActors) {
        this.defaultType = defaultType;
        this.kinds = Map.copyOf(timelineActors);
    }

    /** Whether a CSV file's first line is a TimeMap events sheet's (not an Annals, ACLED or TimelineJS one). */
    static boolean isEventsSheet(Set<String> headers) {
        Set<String> names = new java.util.HashSet<>();
        headers.forEach(h -> names.add(h.replace(" ", "")));
        return names.contains("description") && names.contains("date") && !names.contains("headline")
                && !names.contains("event_id_cnty")
                && (names.contains("latitude") || names.contains("location"))
                && (names.contains("time") || names.stream().anyMatch(n -> n.matches("(association|source)[0-9]+")));
    }

    /** Whether an upload is a zip archive (its first bytes), to be read as TimeMap's sheets. */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The events of an events sheet given alone (its sources then only web addresses). */
    List<ImportedEvent> readEventsSheet(InputStream csv) {
        return events(rows(csv), Map.of(), false);
    }

    /** The events of a zip of TimeMap's sheets, each told by its columns; refused without an events sheet. */
    List<ImportedEvent> readZip(InputStream zip) {
        List<Map<String, String>> events = null;
        Map<String, Map<String, String>> sources = new HashMap<>();
        boolean sourcesGiven = false;
        for (byte[] sheet : sheets(zip)) {
            // told by its header line before any row is read: a sheet of another kind is never parsed
            Set<String> columns = new java.util.HashSet<>();
            CsvRows.headers(sheet).forEach(h -> columns.add(h.replace(" ", "")));
            if (isEventsSheet(columns)) {
                if (events != null) {
                    throw new InvalidInputException("file", "The zip holds two TimeMap events sheets; give one",
                            "import.refusal.timeMapTwoEventSheets");
                }
                events = rows(new ByteArrayInputStream(sheet));
            } else if (columns.contains("id") && (columns.contains("url") || columns.contains("path1") || columns.contains("title"))
                    && !columns.contains("mode")) {
                sourcesGiven = true;
                rows(new ByteArrayInputStream(sheet)).forEach(row -> sources.put(row.getOrDefault("id", ""), row));
            }
        }
        if (events == null) {
            throw new InvalidInputException("file", "The zip holds no TimeMap events sheet (a CSV with description, date and "
                    + "latitude or location columns)", "import.refusal.timeMapNoEvents");
        }
        return events(events, sources, sourcesGiven);
    }

    private List<ImportedEvent> events(List<Map<String, String>> rows, Map<String, Map<String, String>> sources, boolean sourcesGiven) {
        boolean dayFirst = dayFirst(rows);
        TimelineFileParser.requireAtMostMaxEvents(rows.size());
        List<ImportedEvent> events = new ArrayList<>();
        ImportProblems problems = new ImportProblems();
        Map<String, Integer> lineOfKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            if (row.getOrDefault("date", "").isEmpty() && row.getOrDefault("time", "").isEmpty()
                    && row.getOrDefault("date_edtf", "").isEmpty()) {
                continue; // TimeMap leaves out a row without date or time too
            }
            Wording where = Wording.of("line " + (i + 2), "import.where.line", i + 2);
            try {
                ImportedEvent event = event(row, sources, sourcesGiven, dayFirst);
                Integer first = lineOfKey.putIfAbsent(event.externalRef(), i + 2);
                if (first != null) {
                    // two rows with one key: the second would be taken for the first and left out unsaid
                    throw new InvalidInputException("id", "the same event as line " + first + " (key " + event.externalRef()
                            + "): give each row its own id", "import.refusal.timeMapSameKey", first, event.externalRef());
                }
                events.add(event);
            } catch (InvalidInputException e) {
                problems.add(ImportProblems.at(where, e));
            }
        }
        problems.refuseIfAny();
        return events;
    }

    private ImportedEvent event(Map<String, String> row, Map<String, Map<String, String>> sources, boolean sourcesGiven,
            boolean dayFirst) {
        Map<String, String> cells = new HashMap<>();
        String description = row.getOrDefault("description", "");
        String title = row.getOrDefault("title", "");
        cells.put("headline", title.isEmpty() ? headline(description) : title);
        // the description is the summary unless it only says the headline again (Annals' export writes the headline
        // there for an event without a summary: TimeMap needs a description)
        if (title.isEmpty() ? description.strip().length() > cells.get("headline").length() : !description.strip().equals(title)) {
            cells.put("summary", description);
        }
        // Annals' own columns, as its TimeMap export adds them: read as its CSV's are
        PASSED_ON.forEach(column -> cells.put(column, row.getOrDefault(column, "")));
        cells.put("edtf", edtf(row, dayFirst));
        String time = row.getOrDefault("time", "");
        if (!time.isEmpty() && row.getOrDefault("date_note", "").isEmpty()) {
            cells.put("date_note", "Time in the TimeMap sheet: " + time + ".");
        } else {
            cells.put("date_note", row.getOrDefault("date_note", ""));
        }
        cells.put("place", row.getOrDefault("location", ""));
        cells.put("latitude", row.getOrDefault("latitude", "").replace(',', '.'));
        cells.put("longitude", row.getOrDefault("longitude", "").replace(',', '.'));
        cells.put("place_precision", row.getOrDefault("place_precision", ""));
        Set<String> tags = new LinkedHashSet<>();
        String type = typeOf(row.getOrDefault("type", ""), tags);
        cells.put("types", type);
        addTag(tags, row.getOrDefault("category", ""));
        numbered(row, "association").forEach(tag -> addTag(tags, tag));
        // Annals' export lists every tag in its own column too (its association columns may be fewer)
        cells.put("tags", row.getOrDefault("tags", "").isEmpty() ? String.join(";", tags) : row.get("tags"));
        cells.put("confidence", row.getOrDefault("confidence", "").isEmpty() ? "unverified" : row.get("confidence"));
        cells.put("ref", ref(row, cells));
        if (!cells.get("citations").isEmpty()) {
            // Annals' own citations (with their quotes), which the sources sheet cannot hold, say the sources
            return AnnalsCsvReader.event(column -> cells.getOrDefault(column, "").strip(), kinds);
        }
        List<org.annals.event.CitationInput> citations = citations(numbered(row, "source"), sources, sourcesGiven);
        ImportedEvent event = AnnalsCsvReader.event(column -> cells.getOrDefault(column, "").strip(), kinds);
        return new ImportedEvent(event.externalRef(), event.slug(), event.content(), event.actors(), citations,
                event.disagreements(), event.status());
    }

    /** The description's first sentence, cut at a word when long: TimeMap's events have no title of their own. */
    static String headline(String description) {
        String text = description.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new InvalidInputException("description", "description is empty (it is the event's text in TimeMap)",
                    "import.refusal.emptyColumn", "description");
        }
        Matcher sentence = Pattern.compile("^(.{25,}?[.!?])(\\s|$)").matcher(text);
        String first = sentence.find() ? sentence.group(1) : text;
        if (first.length() <= HEADLINE_MAX) {
            return first;
        }
        int cut = first.lastIndexOf(' ', HEADLINE_MAX - 1);
        return first.substring(0, cut > HEADLINE_MAX / 2 ? cut : HEADLINE_MAX - 1).strip() + "…";
    }

    /**
     * The row's date as EDTF: {@code date_edtf} as written, else {@code date} as ISO or as TimeMap's slashed format
     * (month/day/year, its default; day/month/year when some day of the file could only be read so).
     */
    private static String edtf(Map<String, String> row, boolean dayFirst) {
        String given = row.getOrDefault("date_edtf", "");
        if (!given.isEmpty()) {
            return given;
        }
        String date = row.getOrDefault("date", "");
        if (date.isEmpty()) {
            throw new InvalidInputException("date", "date is empty", "import.refusal.emptyColumn", "date");
        }
        if (ISO_DAY.matcher(date).matches() || date.matches("[0-9]{4}(-[0-9]{2})?")) {
            return date;
        }
        Matcher slashed = SLASHED.matcher(date);
        if (!slashed.matches()) {
            throw new InvalidInputException("date", "date '" + date + "' is neither TimeMap's month/day/year nor yyyy-mm-dd",
                    "import.refusal.timeMapDate", date);
        }
        int month = Integer.parseInt(slashed.group(dayFirst ? 2 : 1));
        int day = Integer.parseInt(slashed.group(dayFirst ? 1 : 2));
        try {
            return java.time.LocalDate.of(Integer.parseInt(slashed.group(3)), month, day).toString();
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException("date", "date '" + date + "' is not a day of the calendar (read as "
                    + (dayFirst ? "day/month/year" : "month/day/year") + ")", "import.refusal.timeMapDay", date,
                    dayFirst ? "day/month/year" : "month/day/year");
        }
    }

    /**
     * Whether the file writes days first: some date's first number is over 12 and none's second is. Both is a file
     * of mixed formats, refused; neither is TimeMap's default, month first.
     */
    private static boolean dayFirst(List<Map<String, String>> rows) {
        boolean firstOver12 = false;
        boolean secondOver12 = false;
        for (Map<String, String> row : rows) {
            Matcher slashed = SLASHED.matcher(row.getOrDefault("date", ""));
            if (slashed.matches()) {
                firstOver12 |= Integer.parseInt(slashed.group(1)) > 12;
                secondOver12 |= Integer.parseInt(slashed.group(2)) > 12;
            }
        }
        if (firstOver12 && secondOver12) {
            throw new InvalidInputException("date", "The dates mix month/day/year and day/month/year (some have a first "
                    + "number over 12, others a second one): write them one way, or as yyyy-mm-dd", "import.refusal.timeMapMixedDates");
        }
        return firstOver12;
    }

    /** A type naming one of Annals' types is that type; any other is a tag, and the event has the chosen type. */
    private String typeOf(String type, Set<String> tags) {
        List<String> types = new ArrayList<>();
        for (String part : type.split(";")) {
            String name = part.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
            if (name.isEmpty()) {
                continue;
            }
            if (java.util.Arrays.stream(EventType.values()).anyMatch(t -> t.name().equals(name))) {
                types.add(name.toLowerCase(Locale.ROOT));
            } else {
                addTag(tags, part);
            }
        }
        return types.isEmpty() ? defaultType.name().toLowerCase(Locale.ROOT) : String.join(";", types);
    }

    /** A TimeMap label as a tag: its words joined by hyphens ("tear_gas" is "tear-gas", "Weapons: gas" "weapons-gas"). */
    private static void addTag(Set<String> tags, String value) {
        String tag = value.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (!tag.isEmpty()) {
            tags.add(tag.length() > 60 ? tag.substring(0, 60).replaceAll("-+$", "") : tag);
        }
    }

    /** The values of columns {@code prefix}1, {@code prefix}2…, in order ({@code prefix}s, as datasheet-server names them). */
    private static List<String> numbered(Map<String, String> row, String prefix) {
        Map<Integer, String> found = new java.util.TreeMap<>();
        row.forEach((column, value) -> {
            Matcher m = NUMBERED.matcher(column);
            if (m.matches() && m.group(1).equals(prefix) && !value.isBlank()) {
                found.put(Integer.parseInt(m.group(2)), value.strip());
            }
        });
        return List.copyOf(found.values());
    }

    /** Each source id as a citation: its sheet's web address, title and author; an id that is itself an address. */
    private static List<org.annals.event.CitationInput> citations(List<String> ids, Map<String, Map<String, String>> sources,
            boolean sourcesGiven) {
        List<org.annals.event.CitationInput> citations = new ArrayList<>();
        for (String id : ids) {
            Map<String, String> source = sources.get(id);
            org.annals.source.SourceInput input;
            try {
                if (source != null) {
                    String url = webAddress(source);
                    if (url == null) {
                        throw new InvalidInputException("sources", "source '" + id + "' has no web address (url, or a path "
                                + "beginning with http)", "import.refusal.timeMapSourceNoUrl", id);
                    }
                    input = new org.annals.source.SourceInput(url, blankAsNull(source.getOrDefault("author", "")),
                            blankAsNull(source.getOrDefault("title", "")), null, null, null);
                } else if (id.matches("(?i)https?://\\S+")) {
                    input = new org.annals.source.SourceInput(id, null, null, null, null, null);
                } else {
                    throw new InvalidInputException("sources", sourcesGiven
                            ? "source '" + id + "' is not in the sources sheet"
                            : "source '" + id + "' is not a web address, and no sources sheet came with the events: upload "
                                    + "both sheets together in a .zip", sourcesGiven ? "import.refusal.timeMapSourceUnknown"
                                    : "import.refusal.timeMapSourceSheet", id);
                }
            } catch (InvalidInputException e) {
                throw e.at("sources");
            }
            citations.add(new org.annals.event.CitationInput(input, null, null, org.annals.event.CitationStance.AGREES));
        }
        return citations;
    }

    private static @org.jspecify.annotations.Nullable String blankAsNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    private static @org.jspecify.annotations.Nullable String webAddress(Map<String, String> source) {
        String url = source.getOrDefault("url", "");
        if (url.matches("(?i)https?://\\S+")) {
            return url;
        }
        return numbered(source, "path").stream().filter(p -> p.matches("(?i)https?://\\S+")).findFirst().orElse(null);
    }

    /** The row's key: its {@code ref} (Annals' export), else its id, else a hash of its description, date and point. */
    private static String ref(Map<String, String> row, Map<String, String> cells) {
        if (!row.getOrDefault("ref", "").isEmpty() && !row.getOrDefault("date_edtf", "").isEmpty()) {
            return row.get("ref"); // Annals' own export: the key the event has where it came from
        }
        String own = row.getOrDefault("id", "");
        if (!own.isEmpty()) {
            return own.startsWith("timemap:") ? own : "timemap:" + own;
        }
        String said = String.join("\u001f", row.getOrDefault("description", ""), cells.get("edtf"),
                cells.get("latitude"), cells.get("longitude"));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(said.getBytes(StandardCharsets.UTF_8));
            return "timemap:" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sheet's rows by column, names in lower case without spaces ("Association 1" is "association1"). */
    private static List<Map<String, String>> rows(InputStream csv) {
        List<Map<String, String>> rows = new ArrayList<>();
        CsvRows.each(CsvText.reader(csv), List.of(), TimelineFileParser.MAX_EVENTS + 1, (missing, found) -> null, (CSVRecord record) -> {
            if (rows.isEmpty() && record.getParser().getHeaderNames().size() > MAX_COLUMNS) {
                // a header of thousands of columns would make every row a map of thousands of cells
                throw new InvalidInputException("file", "A TimeMap sheet has more than " + MAX_COLUMNS + " columns",
                        "import.refusal.timeMapColumns", MAX_COLUMNS);
            }
            Map<String, String> row = new LinkedHashMap<>();
            record.toMap().forEach((column, value) -> {
                if (column != null) {
                    row.put(column.strip().toLowerCase(Locale.ROOT).replace(" ", ""), value == null ? "" : AnnalsCsvReader.text(value.strip()));
                }
            });
            rows.add(row);
        });
        return rows;
    }

    /**
     * The zip's CSV files, each read whole within the bounds: every entry's bytes are counted as they are unpacked,
     * those skipped (folders, other files) too, so a bomb is refused at {@link #MAX_UNPACKED}, not unpacked.
     */
    private static List<byte[]> sheets(InputStream zip) {
        List<byte[]> sheets = new ArrayList<>();
        long unpacked = 0;
        int entries = 0;
        // names not marked as UTF-8 are read as the old DOS code page Windows' own zipping writes (never a failure)
        try (ZipInputStream in = new ZipInputStream(zip, java.nio.charset.Charset.forName("IBM437"))) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries++;
                String name = entry.getName().toLowerCase(Locale.ROOT);
                boolean sheet = !entry.isDirectory() && name.endsWith(".csv") && !name.contains("__macosx");
                if (sheet && sheets.size() == MAX_SHEETS) {
                    throw new InvalidInputException("file", "The zip holds more than " + MAX_SHEETS + " CSV files; TimeMap's "
                            + "sheets are a few", "import.refusal.zipEntries", MAX_SHEETS);
                }
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        throw new InvalidInputException("file", "The zip unpacks to more than " + (MAX_UNPACKED >> 20)
                                + " MB; TimeMap's sheets are far smaller (is it a zip bomb?)", "import.refusal.zipTooBig",
                                MAX_UNPACKED >> 20);
                    }
                    if (sheet) {
                        bytes.write(buffer, 0, n);
                    }
                }
                if (sheet) {
                    sheets.add(bytes.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("file", "The file is not a readable zip: " + e.getMessage(), "import.refusal.notZip",
                    ": " + e.getMessage());
        }
        if (entries == 0) {
            throw new InvalidInputException("file", "The file is not a readable zip", "import.refusal.notZip", "");
        }
        return sheets;
    }
}
