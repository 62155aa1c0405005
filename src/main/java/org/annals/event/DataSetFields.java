package org.annals.event;

import java.util.Map;
import java.util.stream.Stream;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * What a conflict data set records about an event in its own terms, kept as fields so that they can be summed,
 * filtered and written back in the data set's shape instead of being buried in the summary: how many were killed (a
 * low, best and high estimate as UCDP gives them; ACLED's one figure is the best estimate), the administrative areas
 * of the place (province, district, community), and ACLED's disorder type and interaction. Any of them may be unknown,
 * and an editor may fill them for any event.
 */
public record DataSetFields(
        @Nullable Integer fatalitiesLow,
        @Nullable Integer fatalitiesBest,
        @Nullable Integer fatalitiesHigh,
        @Nullable String admin1,
        @Nullable String admin2,
        @Nullable String admin3,
        @Nullable String disorderType,
        @Nullable String interaction,
        Map<String, String> codes) {

    public static final DataSetFields NONE = new DataSetFields(null, null, null, null, null, null, null, null, Map.of());
    /** How many of a data set's own codes an event keeps, at most: ACLED's row has 13 worth keeping. */
    public static final int CODES_MAX = 24;

    /** Above the deadliest single events on record: a larger figure is a typing or column mistake. */
    public static final int FATALITIES_MAX = 1_000_000;
    public static final int TEXT_MAX = 200;
    /** A code's value at most: ACLED's "source" lists every outlet of the row. */
    public static final int CODE_MAX = 1_000;

    public DataSetFields {
        for (Integer count : new Integer[] {fatalitiesLow, fatalitiesBest, fatalitiesHigh}) {
            if (count != null && (count < 0 || count > FATALITIES_MAX)) {
                throw new InvalidInputException("fatalities", "A fatality count is a whole number from 0 to 1,000,000: " + count,
                        "form.event.fatalities", count);
            }
        }
        if (!ordered(fatalitiesLow, fatalitiesBest) || !ordered(fatalitiesBest, fatalitiesHigh) || !ordered(fatalitiesLow, fatalitiesHigh)) {
            throw new InvalidInputException("fatalities", "The fatality estimates must run low ≤ best ≤ high (" + fatalitiesLow + ", "
                    + fatalitiesBest + ", " + fatalitiesHigh + ")", "form.event.fatalitiesOrder",
                    text(fatalitiesLow), text(fatalitiesBest), text(fatalitiesHigh));
        }
        admin1 = PlainText.optional("admin1", admin1, TEXT_MAX);
        admin2 = PlainText.optional("admin2", admin2, TEXT_MAX);
        admin3 = PlainText.optional("admin3", admin3, TEXT_MAX);
        disorderType = PlainText.optional("disorderType", disorderType, TEXT_MAX);
        interaction = PlainText.optional("interaction", interaction, TEXT_MAX);
        codes = codes(codes);
    }

    /** Without a data set's own codes (what an editor or a file that has none gives). */
    public DataSetFields(@Nullable Integer fatalitiesLow, @Nullable Integer fatalitiesBest, @Nullable Integer fatalitiesHigh,
            @Nullable String admin1, @Nullable String admin2, @Nullable String admin3, @Nullable String disorderType,
            @Nullable String interaction) {
        this(fatalitiesLow, fatalitiesBest, fatalitiesHigh, admin1, admin2, admin3, disorderType, interaction, Map.of());
    }

    /**
     * The codes kept as the data set wrote them, by its column names (ACLED's "event_type", "inter1", "geo_precision"
     * …), so an export in its shape gives them back: lower-case names, plain values, empty ones left out, sorted.
     */
    private static Map<String, String> codes(@Nullable Map<String, String> given) {
        java.util.TreeMap<String, String> kept = new java.util.TreeMap<>();
        (given == null ? Map.<String, String>of() : given).forEach((name, value) -> {
            if (name == null || !name.matches("[a-z][a-z0-9_]{0,39}")) {
                throw new InvalidInputException("codes", "A data set's code is named by its column (letters, digits, _): '" + name + "'",
                        "form.event.codeName", String.valueOf(name));
            }
            String text = PlainText.optional("codes", value, CODE_MAX);
            if (text != null) {
                kept.put(name, text);
            }
        });
        if (kept.size() > CODES_MAX) {
            throw new InvalidInputException("codes", "At most " + CODES_MAX + " data-set codes (" + kept.size() + " given)",
                    "form.event.tooManyCodes", CODES_MAX, kept.size());
        }
        return java.util.Collections.unmodifiableMap(kept);
    }

    /** A data set's one figure (ACLED's fatalities), as the best estimate. */
    public static DataSetFields fatalities(@Nullable Integer best) {
        return new DataSetFields(null, best, null, null, null, null, null, null);
    }

    public DataSetFields withFatalities(@Nullable Integer low, @Nullable Integer best, @Nullable Integer high) {
        return new DataSetFields(low, best, high, admin1, admin2, admin3, disorderType, interaction, codes);
    }

    public DataSetFields withAreas(@Nullable String first, @Nullable String second, @Nullable String third) {
        return new DataSetFields(fatalitiesLow, fatalitiesBest, fatalitiesHigh, first, second, third, disorderType, interaction, codes);
    }

    public DataSetFields withCodes(@Nullable String disorder, @Nullable String interactionText) {
        return new DataSetFields(fatalitiesLow, fatalitiesBest, fatalitiesHigh, admin1, admin2, admin3, disorder, interactionText, codes);
    }

    public DataSetFields withCodes(Map<String, String> dataSetCodes) {
        return new DataSetFields(fatalitiesLow, fatalitiesBest, fatalitiesHigh, admin1, admin2, admin3, disorderType, interaction,
                dataSetCodes);
    }

    /** The codes as one line, "name=value; …" (history, the editor), null when none. */
    public @Nullable String codesText() {
        return codes.isEmpty() ? null : String.join("; ", codeEntries());
    }

    /** The codes as "name=value" entries, sorted by name: how the database, the CSV and history keep them. */
    public java.util.List<String> codeEntries() {
        return codes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    /** Codes from stored "name=value" entries (a value may hold "=" itself). */
    public static Map<String, String> codesFromEntries(java.util.Collection<String> entries) {
        Map<String, String> codes = new java.util.TreeMap<>();
        for (String entry : entries) {
            int at = entry.indexOf('=');
            codes.put(entry.substring(0, at), entry.substring(at + 1));
        }
        return codes;
    }

    public boolean hasNone() {
        return equals(NONE);
    }

    /** The estimates as people write them: "12", or "12 (low 8, high 20)"; null when none is known. */
    public @Nullable String fatalitiesText() {
        if (fatalitiesLow == null && fatalitiesBest == null && fatalitiesHigh == null) {
            return null;
        }
        String range = Stream.of(fatalitiesLow == null ? null : "low " + fatalitiesLow,
                fatalitiesHigh == null ? null : "high " + fatalitiesHigh).filter(s -> s != null)
                .reduce((a, b) -> a + ", " + b).orElse(null);
        String best = fatalitiesBest == null ? "unknown" : String.valueOf(fatalitiesBest);
        return range == null ? best : best + " (" + range + ")";
    }

    /** The administrative areas, largest first, joined as an address is ("Donetsk › Bakhmutskyi"); null when none. */
    public @Nullable String areasText() {
        return Stream.of(admin1, admin2, admin3).filter(s -> s != null).reduce((a, b) -> a + " › " + b).orElse(null);
    }

    private static boolean ordered(@Nullable Integer lower, @Nullable Integer higher) {
        return lower == null || higher == null || lower <= higher;
    }

    private static String text(@Nullable Integer count) {
        return count == null ? "—" : String.valueOf(count);
    }
}
