package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.annals.IntegrationTest;
import org.annals.event.CitationView;
import org.annals.event.Confidence;
import org.annals.event.EventDetails;
import org.annals.event.EventFilter;
import org.annals.event.EventStatus;
import org.annals.event.PlacePrecision;
import org.annals.history.ChangeMessage;
import org.annals.publication.PublishedEventPage;
import org.annals.publication.PublishedEventQuery;
import org.annals.security.SystemActor;
import org.annals.shared.DatePrecision;
import org.annals.shared.UncertainDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The loaded first timeline against the reference file it was made from: every event's dates, place and sources. */
@IntegrationTest
class SeedReferenceIT {

    private static final String SLUG = "russia-ukraine-war";
    private static final String ARTICLE_URL = "https://www.calitoday.net/2025/10/russia-declares-post-summit-peace.html";

    /**
     * Rows whose dates the reference describes in its notes rather than in date_iso:
     * 5 "Use 2 Apr as the discovery date (range 2–3 Apr)"; 19 "start is fuzzy … from 4 June … 10 June … 8 June as a
     * practical pin"; 20 "Range 23–24 June 2023"; 26 "Range 15–16 June 2024"; 37 "The talks ran 23–25 Mar 2025".
     */
    private static final Map<String, String[]> DESCRIBED_IN_NOTES = Map.of(
            "5", new String[] {"APPROXIMATE", "2022-04-02", "2022-04-02", "2022-04-03", null},
            "19", new String[] {"APPROXIMATE", "2023-06-08", "2023-06-04", "2023-06-10", null},
            "20", new String[] {"DAY", "2023-06-23", "2023-06-23", "2023-06-23", "2023-06-24"},
            "26", new String[] {"DAY", "2024-06-15", "2024-06-15", "2024-06-15", "2024-06-16"},
            "37", new String[] {"DAY", "2025-03-23", "2025-03-23", "2025-03-23", "2025-03-25"});

    @Autowired
    PublishedEventQuery published;
    @Autowired
    TimelineImportService importer;

    static ReferenceTable reference;
    static String article;

    @BeforeAll
    static void readReference() throws IOException {
        reference = ReferenceTable.load();
        try (InputStream in = SeedReferenceIT.class.getResourceAsStream("/reference/seed-article-calitoday-2025-10-08.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Map<String, EventDetails> loaded() {
        List<EventDetails> all = new ArrayList<>();
        String cursor = null;
        do {
            PublishedEventPage page = published.page(SLUG, EventFilter.ALL, cursor, 20);
            all.addAll(page.events());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all.stream().collect(Collectors.toMap(EventDetails::externalRef, e -> e));
    }

    @Test
    void all_65_reference_events_are_published_on_the_first_timeline() {
        Map<String, EventDetails> events = loaded();

        assertThat(reference.rows()).hasSize(65);
        assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(reference.byId().keySet());
        assertThat(events.values()).allMatch(e -> e.status() == EventStatus.PUBLISHED);
    }

    @Test
    void every_event_has_the_reference_dates_with_their_precision() {
        Map<String, EventDetails> events = loaded();
        for (ReferenceTable.Row row : reference.rows()) {
            EventDetails event = events.get(row.id());
            UncertainDate start = event.content().start();
            String[] described = DESCRIBED_IN_NOTES.get(row.id());
            if (described != null) {
                assertThat(start.precision()).as("row %s precision", row.id()).isEqualTo(DatePrecision.valueOf(described[0]));
                assertThat(start.nominal()).as("row %s nominal day", row.id()).isEqualTo(described[1]);
                assertThat(start.earliest()).as("row %s earliest", row.id()).isEqualTo(described[2]);
                assertThat(start.latest()).as("row %s latest", row.id()).isEqualTo(described[3]);
                if (described[4] == null) {
                    assertThat(event.content().end()).as("row %s end", row.id()).isNull();
                } else {
                    assertThat(event.content().end()).as("row %s end", row.id()).isEqualTo(UncertainDate.parse(described[4]));
                }
            } else {
                assertThat(row.datePrecision()).as("row %s is a plain day in the reference", row.id()).isEqualTo("day");
                assertThat(start).as("row %s start", row.id()).isEqualTo(UncertainDate.day(LocalDate.parse(row.dateIso())));
                assertThat(event.content().end()).as("row %s end", row.id()).isNull();
            }
            assertThat(event.content().confidence()).as("row %s confidence", row.id()).isEqualTo(
                    row.confidence().equals("verified") ? Confidence.VERIFIED : Confidence.INFERRED);
        }
    }

    @Test
    void approximate_and_spanning_events_read_honestly() {
        Map<String, EventDetails> events = loaded();

        assertThat(events.get("5").dateLabel(Locale.ENGLISH)).isEqualTo("c. 2 Apr 2022");
        assertThat(events.get("20").dateLabel(Locale.ENGLISH)).isEqualTo("23–24 Jun 2023");
        assertThat(events.get("20").edtf()).isEqualTo("2023-06-23/2023-06-24");
        assertThat(events.get("1").dateLabel(Locale.ENGLISH)).isEqualTo("24 Feb 2022");
    }

    @Test
    void every_event_has_the_reference_coordinates_headline_and_types() {
        Map<String, EventDetails> events = loaded();
        for (ReferenceTable.Row row : reference.rows()) {
            EventDetails event = events.get(row.id());
            var place = event.content().place();
            assertThat(event.content().headline()).as("row %s headline", row.id()).isEqualTo(row.headline());
            // the reference's place without its research notes ("(approx.)": the precision says so; where a pin sits)
            assertThat(place.name()).as("row %s place", row.id()).isEqualTo(readerPlace(row.location()));
            assertThat(RESEARCH_NOTE.matcher(place.name()).find()).as("row %s place reads as a note", row.id()).isFalse();
            if (row.lat().isBlank()) {
                assertThat(place.point()).as("row %s has no coordinates", row.id()).isNull();
                assertThat(place.precision()).isEqualTo(PlacePrecision.NONE);
            } else {
                assertThat(place.point().latitude()).as("row %s latitude", row.id()).isEqualTo(Double.parseDouble(row.lat()));
                assertThat(place.point().longitude()).as("row %s longitude", row.id()).isEqualTo(Double.parseDouble(row.lon()));
                // the reference says every coordinate is an estimate: none may claim to be exact
                assertThat(place.precision()).as("row %s precision", row.id()).isNotIn(PlacePrecision.EXACT, PlacePrecision.NONE);
            }
            Set<String> types = Arrays.stream(row.eventType().split("\\+")).map(t -> t.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
            assertThat(event.content().types().stream().map(Enum::name)).as("row %s types", row.id())
                    .containsExactlyInAnyOrderElementsOf(types);
        }
    }

    @Test
    void every_source_url_of_the_reference_is_cited_on_its_event() {
        Map<String, EventDetails> events = loaded();
        for (ReferenceTable.Row row : reference.rows()) {
            Set<String> cited = events.get(row.id()).citations().stream().map(c -> c.source().url()).collect(Collectors.toSet());
            assertThat(cited).as("row %s sources", row.id()).containsAll(row.sourceUrls());
            // beyond the reference's pages: the seed article, and the address of a site its contradictions name
            // without giving a page (legitgov.org…), never a page of such a site
            Set<String> extra = cited.stream().filter(u -> !row.sourceUrls().contains(u) && !u.equals(ARTICLE_URL))
                    .collect(Collectors.toSet());
            assertThat(extra).as("row %s: sources beyond the reference", row.id()).allSatisfy(url -> {
                java.net.URI address = java.net.URI.create(url);
                assertThat(address.getPath()).isEqualTo("/");
                assertThat(reference.text()).contains(address.getHost() + " ");
            });
        }
    }

    @Test
    void quotes_are_verbatim_from_the_seed_article_and_cover_the_events_it_reports() {
        Map<String, EventDetails> events = loaded();
        List<CitationView> quoted = events.values().stream().flatMap(e -> e.citations().stream())
                .filter(c -> c.quote() != null).toList();

        assertThat(quoted).isNotEmpty().allSatisfy(c -> {
            assertThat(article).contains(c.quote());
            assertThat(c.source().url()).isEqualTo(ARTICLE_URL);
        });
        for (String ref : List.of("57", "50", "54", "1", "56")) {
            assertThat(events.get(ref).citations()).as("event %s carries the article's words", ref)
                    .anyMatch(c -> c.quote() != null);
        }
        // the reference says the 'stop where they are' post must be confirmed before it is quoted
        assertThat(quoted).noneMatch(c -> c.quote().contains("stop where they are"));
    }

    /** What a research note says and a record for readers does not (issue 17): how a date was settled, which source to use. */
    private static final java.util.regex.Pattern RESEARCH_NOTE = java.util.regex.Pattern.compile(
            "(?i)see contradictions|\\(see |\\buse (20\\d\\d|\\d{1,2} [a-z]{3})|the app\\b|\\bpin\\b|\\bapprox\\.|not (verified|checked)"
                    + "|should be confirmed|lower-quality|mirror|this is (a|the|one)|\\bsays '|\\brow \\d|appendix");

    /** A place as readers read it: the reference's, without the notes on its precision and on where its pin sits. */
    private static String readerPlace(String location) {
        return location.replaceAll("\\s*\\(approx\\.\\)$", "").replaceAll(";\\s*(pin at|planned venue) .*$", "")
                .replace("Dyagilevo (Ryazan), Ivanovo airbases", "Dyagilevo (Ryazan) and Ivanovo airbases");
    }

    @Test
    void public_summaries_say_what_happened_not_how_it_was_researched() {
        Map<String, EventDetails> events = loaded();

        assertThat(events.values()).allSatisfy(e -> {
            String summary = e.content().summary();
            assertThat(summary).as(e.slug()).isNotBlank();
            assertThat(RESEARCH_NOTE.matcher(summary).find()).as("%s reads as a research note: %s", e.slug(), summary).isFalse();
            // no summary is the reference's note for the event (those are for the editors)
            assertThat(summary).as(e.slug()).isNotEqualTo(reference.byId().get(e.externalRef()).notes());
            // words in quotation marks are a source's words at hand: the article, or a quote the event cites
            java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(summary);
            while (quoted.find()) {
                String words = quoted.group(1);
                assertThat(article.contains(words) || e.citations().stream().anyMatch(c -> c.quote() != null && c.quote().contains(words)))
                        .as("%s quotes \"%s\"", e.slug(), words).isTrue();
            }
        });
        assertThat(RESEARCH_NOTE.matcher("Use 2 Apr as the discovery date").find()).isTrue();
        assertThat(RESEARCH_NOTE.matcher("If the app needs the start date, use 2022-09-06.").find()).isTrue();
        assertThat(RESEARCH_NOTE.matcher("exbulletin says 23 Jul (see Contradictions).").find()).isTrue();
    }

    /** Issue 17: the dating reasoning drafted in decision 0024 is each date's note, never its summary. */
    @Test
    void how_a_date_was_settled_is_the_dates_note() {
        Map<String, EventDetails> events = loaded();

        assertThat(events.values().stream().filter(e -> e.content().dateNote() != null).map(EventDetails::slug).sorted())
                .containsExactly("2022-02-26-western-allies-pledge-swift-cut", "2022-04-02-bodies-of-civilians-found-bucha",
                        "2022-04-14-cruiser-moskva-sinks", "2022-09-10-kharkiv-counteroffensive-retakes-izium-kupiansk",
                        "2023-06-04-ukraine-summer-counteroffensive-begins", "2024-04-24-us-enacts-ukraine-aid",
                        "2025-03-03-us-pauses-military-aid", "2025-10-12-trump-air-force-one-tomahawks");
        assertThat(events.get("5").content().dateNote()).contains("2 April 2022").contains("not known");
        events.values().stream().filter(e -> e.content().dateNote() != null).forEach(e -> {
            assertThat(e.content().summary()).as(e.slug()).doesNotContain(e.content().dateNote());
            // a note readers see is written for them too, not as the reference's research note
            assertThat(RESEARCH_NOTE.matcher(e.content().dateNote()).find()).as(e.content().dateNote()).isFalse();
        });
    }

    @Test
    void the_contradictions_between_sources_are_attached_to_their_events() {
        Map<String, EventDetails> events = loaded();
        // contradiction number → event: 1→18, 2→6, 3→9, 4→10, 5→17, 6→24, 7→38, 8→41, 9→43,46, 10→48, 11→53,
        // 12→58, 13→56,55, 14→51, 15→1, 16→1,A5,3
        for (String ref : List.of("18", "6", "9", "10", "17", "24", "38", "41", "43", "46", "48", "53", "58", "56",
                "55", "51", "1", "A5", "3")) {
            assertThat(events.get(ref).disagreements()).as("event %s records its disagreement", ref).isNotEmpty();
            assertThat(events.get(ref).sourcesDisagree()).isTrue();
        }
        assertThat(events.get("18").disagreements().getFirst().reading()).contains("2023-06-06");
    }

    /**
     * Issue 17: every site a disagreement names by its address is one of the event's listed sources, linked from the
     * disagreement. The reference gives only the site for most of them (legitgov.org, exbulletin.com…): those are cited
     * by the site's address, said to be so, never by an invented page. Names without an address (the Moscow Times,
     * Dong-A, menafn, "the a.run.app mirror") stay unlinked.
     */
    @Test
    void every_site_a_disagreement_names_is_a_listed_source_it_links() {
        Map<String, EventDetails> events = loaded();
        java.util.regex.Pattern site = java.util.regex.Pattern.compile("\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b");
        Set<String> unlinked = new java.util.TreeSet<>();
        int linking = 0;
        for (EventDetails event : events.values()) {
            for (var disagreement : event.disagreements()) {
                linking += disagreement.sources().isEmpty() ? 0 : 1;
                assertThat(disagreement.sources()).as(event.slug()).allSatisfy(url -> assertThat(event.citations())
                        .anySatisfy(c -> assertThat(c.source().url()).isEqualTo(url)));
                java.util.regex.Matcher named = site.matcher(disagreement.claims());
                while (named.find()) {
                    String name = named.group();
                    if (disagreement.sources().stream().noneMatch(url -> java.net.URI.create(url).getHost().contains(name))) {
                        unlinked.add(name);
                    }
                }
            }
        }
        assertThat(unlinked).containsExactly("a.run.app");
        assertThat(linking).isEqualTo(16);
        EventDetails invasion = events.get("1");
        assertThat(invasion.disagreements()).extracting(d -> d.sources())
                .containsExactly(List.of("https://legitgov.org/"), List.of("https://indoustribune.com/"));
        assertThat(invasion.citations()).filteredOn(c -> c.source().url().equals("https://legitgov.org/")).singleElement()
                .satisfies(c -> assertThat(c.supports()).contains("address of the page itself was not recorded"));
    }

    /**
     * Issue 17: the relations the reference states, each readers see from both ends — A4 "two months after the mutiny"
     * (20); 57 "the momentum from the Anchorage summit" (50); the second (42) and third (45) Istanbul rounds after the
     * first (40); 29 "a response to the ATACMS … strikes" (28); 28 "after Washington eases restrictions" (A5); 34 "after
     * the Oval Office clash" (33); 35 lifts the pause (34); 50 agreed after Witkoff's visit (47) and announced on 8 Aug
     * (49); 21 ends the grain initiative (9); 38 retakes the region of the incursion (27).
     */
    @Test
    void the_relations_the_reference_states_link_their_events_both_ways() {
        Map<String, EventDetails> events = loaded();
        Map<String, List<String>> follows = Map.ofEntries(Map.entry("A4", List.of("20")), Map.entry("57", List.of("50")),
                Map.entry("42", List.of("40")), Map.entry("45", List.of("42")), Map.entry("29", List.of("28")),
                Map.entry("28", List.of("A5")), Map.entry("34", List.of("33")), Map.entry("35", List.of("34")),
                Map.entry("50", List.of("47", "49")), Map.entry("21", List.of("9")), Map.entry("38", List.of("27")));
        int relations = 0;
        for (EventDetails event : events.values()) {
            for (var relation : published.relations(SLUG, event.slug())) {
                if (relation.outgoing()) {
                    relations++;
                    String to = events.values().stream().filter(e -> e.id().equals(relation.otherId())).findFirst()
                            .orElseThrow().externalRef();
                    assertThat(follows.getOrDefault(event.externalRef(), List.of())).as("%s follows %s", event.externalRef(), to)
                            .contains(to);
                    assertThat(relation.kind()).isEqualTo(org.annals.event.RelationKind.FOLLOWS);
                }
            }
        }
        assertThat(relations).isEqualTo(12);
        // read from the other end: the mutiny is followed by Prigozhin's death
        assertThat(published.relations(SLUG, events.get("20").slug())).anySatisfy(r -> {
            assertThat(r.outgoing()).isFalse();
            assertThat(r.label()).isEqualTo("is followed by");
            assertThat(r.otherHeadline()).isEqualTo(events.get("A4").content().headline());
        });
    }

    @Test
    void loading_the_seed_again_adds_nothing() throws IOException {
        try (InputStream in = new ClassPathResource(SeedLoader.SEED).getInputStream()) {
            ImportReport again = SystemActor.run(() -> ChangeMessage.with("test re-import",
                    () -> importer.importFile(in, EventStatus.PUBLISHED)));

            assertThat(again.eventsCreated()).isZero();
            assertThat(again.eventsAlreadyPresent()).isEqualTo(65);
            assertThat(again.timelineCreated()).isFalse();
        }
        assertThat(published.count(SLUG, EventFilter.ALL)).isEqualTo(65);
    }
}
