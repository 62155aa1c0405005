package org.annals.reader.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.IntegrationTest;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.publication.ApiWindow;
import org.annals.publication.EventFilterParams;
import org.annals.security.SystemActor;
import org.annals.shared.UncertainDate;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The public read API over real HTTP: published data only, honest dates, problem+json for every bad input. */
@IntegrationTest
class ReaderApiIT {

    private static final String EVENTS = "/api/v1/timelines/russia-ukraine-war/events";
    private static final String TIMELINE = "/api/v1/timelines/russia-ukraine-war";

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    EventEditingService editing;
    @Autowired
    TimelineService timelines;
    @Autowired
    org.annals.publication.PublishedEventQuery published;
    @Autowired
    org.annals.security.AccountService accounts;
    @Autowired
    org.annals.review.ReviewService workflow;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    @Test
    void lists_the_public_timelines() throws Exception {
        JsonNode timelines = ok("/api/v1/timelines");

        assertThat(timelines.isArray()).isTrue();
        List<String> slugs = new ArrayList<>();
        timelines.forEach(t -> slugs.add(t.get("slug").asString()));
        assertThat(slugs).contains("russia-ukraine-war");
    }

    @Test
    void pages_through_all_events_in_chronological_order_with_a_cursor() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String path = EVENTS + "?limit=10";
        int pages = 0;
        while (path != null) {
            JsonNode page = ok(path);
            page.get("events").forEach(all::add);
            pages++;
            String cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
            path = cursor == null ? null : EVENTS + "?limit=10&cursor=" + cursor;
        }

        assertThat(pages).isEqualTo(7);
        assertThat(all).hasSize(65);
        // in the readers' order (the day each date names, decision 0023; ReadersOrderIT), page after page
        assertThat(all.stream().map(e -> e.get("slug").asString()).toList()).containsExactlyElementsOf(
                published.page("russia-ukraine-war", org.annals.event.EventFilter.ALL, null, 500).events().stream()
                        .map(org.annals.event.EventDetails::slug).toList());
        JsonNode first = all.getFirst();
        assertThat(first.get("edtf").asString()).isEqualTo("2022-02-24");
        assertThat(first.get("display").asString()).isEqualTo("24 Feb 2022");
        assertThat(first.get("start").get("precision").asString()).isEqualTo("DAY");
        assertThat(first.get("permalink").asString()).endsWith("/timelines/russia-ukraine-war/events/" + first.get("slug").asString());
        assertThat(first.get("actors").size()).isPositive();
        assertThat(first.get("place").get("latitude").asDouble()).isEqualTo(50.45);
    }

    @Test
    void a_date_filter_matches_every_event_that_may_fall_in_the_window() throws Exception {
        // 9 June 2023: the counteroffensive (c. 8 June, between 4 and 10 June) may have started then; the Kakhovka
        // dam (6 June) did not happen then.
        JsonNode page = ok(EVENTS + "?from=2023-06-09&to=2023-06-09");

        List<String> headlines = new ArrayList<>();
        page.get("events").forEach(e -> headlines.add(e.get("headline").asString()));
        assertThat(headlines).anyMatch(h -> h.contains("counteroffensive")).noneMatch(h -> h.contains("Kakhovka"));
        JsonNode counteroffensive = page.get("events").get(0);
        assertThat(counteroffensive.get("edtf").asString()).isEqualTo("2023-06-08~");
        assertThat(counteroffensive.get("display").asString()).isEqualTo("c. 8 Jun 2023");
        assertThat(counteroffensive.get("start").get("earliest").asString()).isEqualTo("2023-06-04");
        assertThat(counteroffensive.get("start").get("latest").asString()).isEqualTo("2023-06-10");
    }

    @Test
    void filters_by_type_actor_and_words() throws Exception {
        JsonNode sanctions = ok(EVENTS + "?type=sanctions");
        sanctions.get("events").forEach(e -> assertThat(e.get("types").toString()).contains("SANCTIONS"));
        assertThat(sanctions.get("events").size()).isBetween(3, 10);

        JsonNode withRyabkov = ok(EVENTS + "?actor=ryabkov");
        assertThat(withRyabkov.get("events").size()).isEqualTo(1);

        JsonNode kakhovka = ok(EVENTS + "?q=" + URLEncoder.encode("Kakhov", StandardCharsets.UTF_8));
        assertThat(kakhovka.get("events").size()).isEqualTo(1);
        assertThat(kakhovka.get("events").get(0).get("headline").asString()).contains("Kakhovka");

        JsonNode bucha = ok(EVENTS + "?tag=bucha");
        assertThat(bucha.get("events").size()).isEqualTo(1);
        JsonNode inferred = ok(EVENTS + "?confidence=inferred");
        inferred.get("events").forEach(e -> assertThat(e.get("confidence").asString()).isEqualTo("INFERRED"));
        assertThat(inferred.get("events").size()).isBetween(1, 20);

        JsonNode nothing = ok(EVENTS + "?q=" + URLEncoder.encode("'); drop table timeline_event; --", StandardCharsets.UTF_8));
        assertThat(nothing.get("events").size()).isZero();
    }

    @Test
    void one_event_carries_its_citations_quotes_and_disagreements() throws Exception {
        String slug = ok(EVENTS + "?actor=Ryabkov").get("events").get(0).get("slug").asString();

        JsonNode event = ok(EVENTS + "/" + slug);

        assertThat(event.get("citations").size()).isGreaterThanOrEqualTo(4);
        assertThat(event.get("citations").toString()).contains("largely exhausted");
        JsonNode kakhovka = ok(EVENTS + "?q=Kakhovka").get("events").get(0);
        JsonNode detail = ok(EVENTS + "/" + kakhovka.get("slug").asString());
        assertThat(detail.get("sourcesDisagree").asBoolean()).isTrue();
        assertThat(detail.get("disagreements").get(0).get("reading").asString()).contains("2023-06-06");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ?from=2022-02-30               | from
            ?to=2022-13-01                 | to
            ?from=2023-01-01&to=2022-01-01 | to
            ?limit=0                       | limit
            ?limit=abc                     | limit
            ?limit=100000                  | limit
            ?type=battle                   | type
            ?cursor=not-a-cursor           | cursor
            ?from=0000-01-01               | from
            ?to=-0001-01-01                | to
            ?confidence=certain            | confidence
            ?disagree=maybe                | disagree
            ?area=50,30,49,31              | area
            ?area=north-of-kyiv            | area
            ?actor=%00                     | actor
            ?tag=a%01b                     | tag
            ?q=%00                         | q
            """)
    void bad_parameters_get_a_400_problem_naming_the_parameter(String query, String parameter) throws Exception {
        HttpResponse<String> response = get(EVENTS + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    @Test
    void a_query_string_that_is_not_utf8_is_a_400_problem_not_an_error() throws Exception {
        // %ED%A0%80 is a lone surrogate's bytes: Tomcat cannot decode it (this used to answer 500)
        HttpResponse<String> response = get(EVENTS + "?q=%ED%A0%80");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("UTF-8");
    }

    @Test
    void unknown_things_are_404_problems_and_drafts_are_unknown() throws Exception {
        assertThat(get("/api/v1/timelines/no-such-timeline/events").statusCode()).isEqualTo(404);
        assertThat(get(EVENTS + "/no-such-event").statusCode()).isEqualTo(404);

        var draft = SystemActor.run(() -> editing.createDraft("russia-ukraine-war", new EventContent(
                "Unpublished draft that readers must not see", null, UncertainDate.parse("2024-01-10"), null,
                Place.UNKNOWN, java.util.Set.of(EventType.STATEMENT), java.util.Set.of(), Confidence.UNVERIFIED)));

        HttpResponse<String> response = get(EVENTS + "/" + draft.slug());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get(EVENTS + "?q=Unpublished").body()).doesNotContain("Unpublished draft");
        assertThat(get(EVENTS + "?from=2024-01-10&to=2024-01-10").body()).doesNotContain("Unpublished draft");
    }

    @Test
    void paths_and_methods_the_api_does_not_have_are_problems_not_pages() throws Exception {
        HttpResponse<String> unknown = get("/api/v1/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/timelines"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(json.readTree(post.body()).get("detail").asString()).contains("read-only");
    }

    @Test
    void a_private_timeline_is_invisible_to_readers() throws Exception {
        SystemActor.run(() -> {
            if (timelines.find("private-notes").isEmpty()) {
                timelines.create(new NewTimeline("private-notes", "Team notes", null, Visibility.PRIVATE));
            }
            return editing.importEvent("private-notes", new ImportedEvent("P1", "secret-event", new EventContent(
                    "Private but published", null, UncertainDate.parse("2024-02-02"), null, Place.UNKNOWN,
                    java.util.Set.of(EventType.MILITARY), java.util.Set.of(), Confidence.VERIFIED),
                    List.of(), List.of(), List.of(), EventStatus.PUBLISHED));
        });

        assertThat(get("/api/v1/timelines").body()).doesNotContain("private-notes");
        assertThat(get("/api/v1/timelines/private-notes/events").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/timelines/private-notes/events/secret-event").statusCode()).isEqualTo(404);
    }

    @Test
    void retracted_events_answer_410_with_their_note_and_the_corrections_log_lists_them() throws Exception {
        org.annals.Teams.on(timelines, accounts, "api-corrections", "ed:EDITOR", "rita:REVIEWER");
        var draft = org.annals.SignedIn.as("ed", "EDITOR", () -> editing.createDraft("api-corrections", new EventContent(
                "Later retracted", null, UncertainDate.parse("2024-05-05"), null, Place.UNKNOWN,
                java.util.Set.of(EventType.MILITARY), java.util.Set.of(), Confidence.UNVERIFIED)));
        var sent = org.annals.SignedIn.as("ed", "EDITOR", () -> workflow.submit(draft.id(), draft.version(), "Go"));
        var live = org.annals.SignedIn.as("rita", "REVIEWER", () -> workflow.approve(sent.id(), sent.version(), null));
        org.annals.SignedIn.as("rita", "REVIEWER", () -> workflow.retract(live.id(), live.version(), "The report was fabricated"));

        HttpResponse<String> gone = get("/api/v1/timelines/api-corrections/events/" + draft.slug());
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(json.readTree(gone.body()).get("correctionNote").asString()).isEqualTo("The report was fabricated");
        JsonNode log = ok("/api/v1/timelines/api-corrections/corrections");
        assertThat(log.get(0).get("kind").asString()).isEqualTo("RETRACTION");
        assertThat(log.get(0).get("note").asString()).isEqualTo("The report was fabricated");
    }

    @Test
    void a_merged_duplicate_permalink_is_a_301_to_the_event_that_absorbed_it() throws Exception {
        org.annals.Teams.on(timelines, accounts, "api-merges", "ed:EDITOR", "rita:REVIEWER");
        java.util.function.Function<String, org.annals.event.EventDetails> publish = headline -> {
            var d = org.annals.SignedIn.as("ed", "EDITOR", () -> editing.createDraft("api-merges", new EventContent(headline, null,
                    UncertainDate.parse("2024-06-06"), null, Place.UNKNOWN, java.util.Set.of(EventType.AID), java.util.Set.of(), Confidence.UNVERIFIED)));
            var s = org.annals.SignedIn.as("ed", "EDITOR", () -> workflow.submit(d.id(), d.version(), "Go"));
            return org.annals.SignedIn.as("rita", "REVIEWER", () -> workflow.approve(s.id(), s.version(), null));
        };
        var survivor = publish.apply("Aid arrives " + java.util.UUID.randomUUID());
        var duplicate = publish.apply("Aid delivered " + java.util.UUID.randomUUID());
        org.annals.SignedIn.as("rita", "REVIEWER", () -> workflow.merge(duplicate.id(), duplicate.version(), survivor.id(), "Same delivery"));

        HttpResponse<String> moved = get("/api/v1/timelines/api-merges/events/" + duplicate.slug());
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).hasValue("/api/v1/timelines/api-merges/events/" + survivor.slug());
    }

    @Test
    void only_events_whose_sources_disagree_and_an_area_given_as_a_parameter() throws Exception {
        JsonNode disputed = ok(EVENTS + "?disagree=true&limit=500");
        assertThat(disputed.get("events").size()).isBetween(1, 64);
        for (JsonNode event : disputed.get("events")) {
            assertThat(ok(EVENTS + "/" + event.get("slug").asString()).get("sourcesDisagree").asBoolean()).isTrue();
        }
        int all = ok(EVENTS + "?limit=500").get("events").size();
        int undisputed = 0;
        for (JsonNode event : ok(EVENTS + "?limit=500").get("events")) {
            undisputed += ok(EVENTS + "/" + event.get("slug").asString()).get("sourcesDisagree").asBoolean() ? 0 : 1;
        }
        assertThat(disputed.get("events").size()).isEqualTo(all - undisputed);

        JsonNode aroundKyiv = ok(EVENTS + "?area=50.0,29.8,50.9,31.0");
        assertThat(aroundKyiv.get("events").size()).isBetween(2, 64);
    }

    @Test
    void a_window_holds_every_event_that_may_overlap_it_as_small_items_or_counts() throws Exception {
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (JsonNode event : ok(EVENTS + "?limit=500").get("events")) {
            LocalDate first = LocalDate.parse(event.get("start").get("earliest").asString());
            JsonNode end = event.get("end");
            LocalDate last = end == null || end.isNull() ? LocalDate.parse(event.get("start").get("latest").asString())
                    : LocalDate.parse(end.get("latest").asString());
            if (!first.isAfter(LocalDate.of(2023, 6, 30)) && !last.isBefore(LocalDate.of(2023, 6, 1))) {
                expected.add(event.get("slug").asString());
            }
        }
        JsonNode june = ok(TIMELINE + "/window?from=2023-06-01&to=2023-06-30");
        java.util.Set<String> slugs = new java.util.TreeSet<>();
        june.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
        assertThat(slugs).isNotEmpty().isEqualTo(expected);
        assertThat(june.get("dense").asBoolean()).isFalse();
        assertThat(june.get("total").asInt()).isEqualTo(expected.size());
        assertThat(june.get("items").toString()).contains("\"display\":\"c. 8 Jun 2023\"");

        JsonNode dense = ok(TIMELINE + "/window?limit=3");
        assertThat(dense.get("dense").asBoolean()).isTrue();
        int counted = 0;
        for (JsonNode bar : dense.get("buckets")) {
            counted += bar.get("count").asInt();
        }
        assertThat(counted).isEqualTo(dense.get("total").asInt()).isEqualTo(65);
        assertThat(ok(TIMELINE + "/window?from=2023-06-01&to=2023-06-30&lang=uk").get("items").toString()).contains("черв.");
        assertThat(get(TIMELINE + "/window?limit=5000").statusCode()).isEqualTo(400);
        assertThat(get(TIMELINE + "/window?lang=fr").statusCode()).isEqualTo(400);
    }

    @Test
    void window_items_built_by_postgresql_are_the_documented_items_and_equal_the_ones_built_without_stored_text() throws Exception {
        String year = TIMELINE + "/window?from=2022-01-01&to=2025-12-31";
        JsonNode stored = ok(year);
        assertThat(get(year).headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode storedUk = ok(year + "&lang=uk");
        assertThat(stored.get("items").size()).isEqualTo(stored.get("total").asInt()).isEqualTo(65);
        java.util.Set<String> documented = java.util.Arrays.stream(ApiWindow.ApiItem.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
        for (JsonNode item : stored.get("items")) {
            assertThat(item.propertyNames()).containsExactlyInAnyOrderElementsOf(documented);
            assertThat(item.get("permalink").asString())
                    .isEqualTo("http://localhost:" + port + "/timelines/russia-ukraine-war/events/" + item.get("slug").asString());
        }
        json.treeToValue(stored, ApiWindow.class);

        // rows written before the stored text existed: built by the app instead, then filled in the background
        jdbc.update("update published_event set window_item = null, label_en = null, label_uk = null"
                + " where timeline_id = (select id from timeline where slug = 'russia-ukraine-war')");
        assertThat(ok(year)).isEqualTo(stored);
        assertThat(ok(year + "&lang=uk")).isEqualTo(storedUk);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("select count(*) from published_event where window_item is null", Integer.class) == 0);
        assertThat(ok(year)).isEqualTo(stored);
    }

    @Test
    void events_pages_passed_through_as_stored_equal_the_ones_written_from_the_documents() throws Exception {
        // pages no other test asks for: kept answers are by request, and these must be built afresh here
        List<String> paths = List.of(EVENTS + "?limit=99", EVENTS + "?limit=98&lang=uk", EVENTS + "?q=kyiv&limit=4",
                EVENTS + "?limit=6&from=2023-01-02");

        // rows written before the stored text existed: each page written from the documents instead, then filled
        jdbc.update("update published_event set list_item_en = null, list_item_uk = null"
                + " where timeline_id = (select id from timeline where slug = 'russia-ukraine-war')");
        List<JsonNode> fromDocuments = new ArrayList<>();
        for (String path : paths) {
            fromDocuments.add(ok(path));
        }
        assertThat(fromDocuments.get(0).get("events").size()).isEqualTo(65);
        assertThat(fromDocuments.get(3).get("nextCursor").isNull()).isFalse();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("select count(*) from published_event where list_item_en is null", Integer.class) == 0);
        for (int i = 0; i < paths.size(); i++) {
            assertThat(ok(paths.get(i))).as(paths.get(i)).isEqualTo(fromDocuments.get(i));
        }
    }

    @Test
    void a_kept_page_of_events_is_not_shown_once_something_is_published() throws Exception {
        org.annals.Desk desk = new org.annals.Desk("api-kept-pages", timelines, accounts, editing, workflow);
        desk.publish(org.annals.Desk.content("2024-04-04", "Talks resume in Istanbul", null));
        String search = "/api/v1/timelines/api-kept-pages/events?q=istanbul";
        assertThat(ok(search).get("events").size()).isEqualTo(1);
        assertThat(ok(search).get("events").size()).isEqualTo(1);
        desk.publish(org.annals.Desk.content("2024-04-05", "Istanbul talks end", null));
        assertThat(ok(search).get("events")).extracting(e -> e.get("headline").asString())
                .containsExactly("Talks resume in Istanbul", "Istanbul talks end");
    }

    @ParameterizedTest
    @CsvSource({"2022-02-20,2022-03-10,DAY", "2022-06-15,2023-07-02,WEEK", "2023-01-01,,MONTH", ",2022-12-31,WEEK",
            ",,YEAR", "2024-08-01,2024-08-31,DAY"})
    void density_from_the_span_counts_equals_density_counted_event_by_event(String from, String to, String bucket) {
        LocalDate first = from == null ? null : LocalDate.parse(from);
        LocalDate last = to == null ? null : LocalDate.parse(to);
        EventFilter window = new EventFilter(java.util.Set.of(), first, last, java.util.Set.of(), null, null);
        // every confidence level: the same events, but a filter the day counts cannot answer, so counted one by one
        EventFilter everyConfidence = new EventFilter(java.util.Set.of(), first, last, java.util.Set.of(), null, null,
                java.util.Set.of(), java.util.EnumSet.allOf(Confidence.class));
        var fromDays = published.density("russia-ukraine-war", window, org.annals.publication.DensityBucket.valueOf(bucket));
        var counted = published.density("russia-ukraine-war", everyConfidence, org.annals.publication.DensityBucket.valueOf(bucket));
        assertThat(fromDays).isNotEmpty().isEqualTo(counted);
    }

    @ParameterizedTest
    @CsvSource({"2022-09-01,2022-09-30", "2023-05-20,2023-06-10", "2022-02-20,2022-04-05"})
    void a_window_counted_before_it_is_listed_agrees_with_its_list_at_the_limit(String from, String to) throws Exception {
        String path = TIMELINE + "/window?from=" + from + "&to=" + to;
        JsonNode listed = ok(path);
        int overlapping = listed.get("total").asInt();
        assertThat(listed.get("dense").asBoolean()).isFalse();
        assertThat(listed.get("items").size()).isEqualTo(overlapping).isGreaterThan(1);

        JsonNode justFits = ok(path + "&limit=" + overlapping);
        assertThat(justFits.get("dense").asBoolean()).isFalse();
        assertThat(justFits.get("items").size()).isEqualTo(overlapping);

        JsonNode counted = ok(path + "&limit=" + (overlapping - 1));
        assertThat(counted.get("dense").asBoolean()).isTrue();
        assertThat(counted.get("items").size()).isZero();
        int summed = 0;
        for (JsonNode bar : counted.get("buckets")) {
            summed += bar.get("count").asInt();
        }
        assertThat(summed).isEqualTo(counted.get("total").asInt()).isEqualTo(overlapping);
    }

    @Test
    void span_and_facet_counts_follow_publication_correction_and_retraction() {
        org.annals.Desk desk = new org.annals.Desk("api-kept-counts", timelines, accounts, editing, workflow);
        EventFilter mid = new EventFilter(java.util.Set.of(), LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 12),
                java.util.Set.of(), null, null);
        java.util.function.BiFunction<String, String, EventContent> tagged = (date, headline) -> new EventContent(headline,
                null, UncertainDate.parse(date), null, Place.UNKNOWN, java.util.Set.of(EventType.DIPLOMATIC),
                java.util.Set.of("talks"), Confidence.VERIFIED);
        // a month-long event reaches into a window that begins after it did; two dated ones around it
        var month = desk.publish(tagged.apply("2024-03", "A month of talks"));
        desk.publish(tagged.apply("2024-03-11", "A day inside the window"));
        var before = desk.publish(tagged.apply("2024-03-02", "A day before the window"));
        var window = published.window("api-kept-counts", mid, 1);
        assertThat(window.dense()).isTrue();
        assertThat(window.total()).isEqualTo(2);
        assertThat(window.density()).extracting(org.annals.publication.DensityCount::count).containsExactly(1, 1);
        assertThat(published.tags("api-kept-counts")).containsExactly(new org.annals.publication.FacetCount("talks", 3));

        // the dated event moved into the window and its tag dropped, then the month withdrawn: each counted as it now is
        desk.correct(before, org.annals.Desk.content("2024-03-12", "A day before the window", null), "Date corrected");
        assertThat(published.window("api-kept-counts", mid, 1).total()).isEqualTo(3);
        desk.retract(month, "Not a real event");
        var after = published.window("api-kept-counts", mid, 5);
        assertThat(after.dense()).isFalse();
        assertThat(after.items()).extracting(item -> item.slug()).hasSize(2);
        assertThat(published.tags("api-kept-counts")).containsExactly(new org.annals.publication.FacetCount("talks", 1));

        // and across every timeline the tests wrote, the kept counts are the ones counted from the events
        assertThat(differing("select timeline_id, start_earliest, upper(span) - 1, count(*)::int from published_event"
                + " where not retracted group by 1, 2, 3",
                "select timeline_id, first_day, last_day, events from published_span_count where events > 0")).isZero();
        assertThat(differing("select p.timeline_id, f.facet, f.value, count(*)::int from published_event p,"
                + " published_facets(p.document) f where not p.retracted group by 1, 2, 3",
                "select timeline_id, facet, value, events from published_facet_count where events > 0")).isZero();
    }

    private int differing(String counted, String kept) {
        return jdbc.queryForObject("select count(*) from ((" + counted + " except " + kept + ") union all (" + kept
                + " except " + counted + ")) differing", Integer.class);
    }

    @Test
    void a_search_too_long_is_refused_and_matches_are_marked_with_stems() throws Exception {
        HttpResponse<String> response = get(EVENTS + "?q=" + "a".repeat(5000));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo("q");

        var page = published.page("russia-ukraine-war", EventFilterParams.parse(null, null, null, null, "dams", null, null), null, 10);
        var marks = published.highlights("russia-ukraine-war", page.events(), "dams");
        assertThat(marks).isNotEmpty();
        assertThat(marks.values()).anySatisfy(m -> assertThat(m.headline() + m.excerpt())
                .containsPattern(org.annals.publication.SearchHighlight.START + "[Dd]am"));
    }

    @Test
    void a_map_area_keeps_the_events_placed_inside_it() {
        // around Kyiv: the invasion, Bucha and the October 2022 strikes are pinned there
        var around = EventFilter.ALL.within(new org.annals.event.MapArea(50.0, 29.8, 50.9, 31.0));
        var page = published.page("russia-ukraine-war", around, null, 100);

        assertThat(page.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.content().place().point().latitude()).isBetween(50.0, 50.9);
            assertThat(e.content().place().point().longitude()).isBetween(29.8, 31.0);
        });
        assertThat(page.events()).extracting(e -> e.externalRef()).contains("1", "5");
    }

    @Test
    void the_api_is_described_by_openapi() throws Exception {
        JsonNode openApi = ok("/v3/api-docs");

        assertThat(openApi.get("paths").has("/api/v1/timelines/{slug}/events")).isTrue();
        assertThat(openApi.get("paths").has("/api/v1/timelines/{slug}/events/{eventSlug}")).isTrue();
    }

    @Test
    void cross_origin_reads_are_allowed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/timelines"))
                .header("Origin", "https://news.example").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }
}
