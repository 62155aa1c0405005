package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.annals.IntegrationTest;
import org.annals.Teams;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.ActorRole;
import org.annals.event.CitationInput;
import org.annals.event.CitationStance;
import org.annals.event.Confidence;
import org.annals.event.Disagreement;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.event.PlacePrecision;
import org.annals.notes.Anchor;
import org.annals.notes.AnnotationService;
import org.annals.security.AccountService;
import org.annals.security.SystemActor;
import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.UncertainDate;
import org.annals.source.SourceInput;
import org.annals.timeline.TimelineService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two hundred stored-XSS payloads (forty vectors, each plain, quoted, trailed, in bold and behind a right-to-left
 * override) go into every text field an event has, through the same records and import service an import file uses;
 * team notes carry them too. Each field takes what its checks allow (plain-text fields refuse markup, Markdown fields
 * refuse scripts, frames, styles and event handlers, each with a message); what passes is stored. Then every public page and every signed-in screen
 * of those events is opened in Chromium: no payload runs (each would set {@code window.__xss}), no element a payload
 * describes appears in the page, the page still shows its content, and the page's Content-Security-Policy is never
 * called on to refuse anything (checked as the browser closes).
 */
@IntegrationTest
class StoredXssCorpusIT {

    private static final String DESK = "xss-corpus-desk";
    private static final int EVENTS = 13;

    private static final List<String> VECTORS = List.of("<script>__xss=1</script>", "<img src=x onerror=__xss=1>",
            "<svg onload=__xss=1>", "\"><img src=x onerror=__xss=1>", "'><svg/onload=__xss=1>",
            "</script><script>__xss=1</script>", "<!--<script>__xss=1//", "<iframe srcdoc=\"<script>parent.__xss=1</script>\">",
            "javascript:__xss=1", "[x](javascript:__xss=1)", "![x](javascript:__xss=1)", "<a href=\"javascript:__xss=1\">x</a>",
            "<details open ontoggle=__xss=1>", "<img src=x onerror=__xss=1 ", "{{constructor.constructor('__xss=1')()}}",
            "${__xss=1}", "\\u003cimg src=x onerror=__xss=1\\u003e", "&lt;img src=x onerror=__xss=1&gt;",
            "<math><mtext><table><mglyph><style><img src=x onerror=__xss=1>", "<style>*{background:url(javascript:__xss=1)}</style>",
            "\" onmouseover=\"__xss=1", "' onfocus='__xss=1' autofocus='", "<body onload=__xss=1>",
            "<input autofocus onfocus=__xss=1>", "<object data=\"javascript:__xss=1\">", "<embed src=\"javascript:__xss=1\">",
            "<base href=\"javascript:/\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__xss=1\">",
            "<form action=\"javascript:__xss=1\"><button>x</button></form>",
            "[x](data:text/html;base64,PHNjcmlwdD5fX3hzcz0xPC9zY3JpcHQ+)", "<a href=\"&#106;avascript:__xss=1\">x</a>",
            "<scr<script>ipt>__xss=1</scr</script>ipt>", "%3Cscript%3E__xss=1%3C/script%3E",
            "<svg><animate onbegin=__xss=1 attributeName=x dur=1s>", "<video><source onerror=__xss=1>",
            "<marquee onstart=__xss=1>", "</textarea><script>__xss=1</script>", "</title><script>__xss=1</script>",
            "]]><script>__xss=1</script>", "<x contenteditable onblur=__xss=1>x");
    private static final List<Function<String, String>> WRAPPERS = List.of(p -> p, p -> "Quote: \"" + p + "\"",
            p -> p + " — and more text", p -> "**" + p + "**", p -> "\u202E" + p);

    /** Elements or attributes a payload describes; none may exist in a page. */
    private static final String INJECTED = "img[src='x'], [onerror], [onload], [onmouseover], [onfocus], [ontoggle], "
            + "[onbegin], [onstart], [onblur], iframe[srcdoc], object, embed, base[href^='javascript'], "
            + "meta[http-equiv='refresh'], form[action^='javascript'], a[href^='javascript'], a[href^='data:'], "
            + "x[contenteditable], marquee, details[open]";

    @LocalServerPort
    int port;
    @Autowired
    EventEditingService editing;
    @Autowired
    AnnotationService notes;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;

    private static final List<String> PAYLOADS = WRAPPERS.stream()
            .flatMap(wrap -> VECTORS.stream().map(wrap)).toList();

    static List<String> payloads() {
        return PAYLOADS;
    }

    /** Where each payload went: per field, how many were stored and how many refused at input. */
    private final Map<String, int[]> fields = new LinkedHashMap<>();
    private final Set<Integer> stored = new TreeSet<>();

    /** The payloads {@code at} joined, as far as the field's own checks accept them; a neutral text if none. */
    private <T> T field(String name, List<Integer> at, Function<String, T> make, T fallback) {
        List<String> all = payloads();
        List<String> accepted = new ArrayList<>();
        List<Integer> acceptedAt = new ArrayList<>();
        int[] counts = fields.computeIfAbsent(name, n -> new int[2]);
        for (int i : at) {
            try {
                make.apply(all.get(i));
                accepted.add(all.get(i));
                acceptedAt.add(i);
            } catch (InvalidInputException refused) {
                counts[1]++;
            }
        }
        if (accepted.isEmpty()) {
            return fallback;
        }
        try {
            T value = make.apply(String.join(" · ", accepted));
            counts[0] += accepted.size();
            stored.addAll(acceptedAt);
            return value;
        } catch (InvalidInputException tooLong) {
            counts[0]++;
            stored.add(acceptedAt.getFirst());
            return make.apply(accepted.getFirst());
        }
    }

    private List<Integer> slots(int event, int field, int count) {
        List<Integer> at = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            at.add((event * count + field * 7 + j) % payloads().size());
        }
        return at;
    }

    private ImportedEvent event(int k) {
        String fallbackHeadline = "Corpus event " + k;
        String headline = field("headline", slots(k, 0, 8), p -> { new EventContent(p, null, UncertainDate.parse("2024-03-01"),
                null, Place.UNKNOWN, Set.of(EventType.STATEMENT), Set.of(), Confidence.UNVERIFIED); return p; },
                fallbackHeadline);
        String summary = field("summary", slots(k, 1, 16), p -> { new EventContent(fallbackHeadline, p,
                UncertainDate.parse("2024-03-01"), null, Place.UNKNOWN, Set.of(EventType.STATEMENT), Set.of(),
                Confidence.UNVERIFIED); return p; }, null);
        Place place = field("place name", slots(k, 2, 8), p -> new Place(p, new GeoPoint(50.45, 30.52),
                PlacePrecision.APPROXIMATE), new Place("Kyiv", new GeoPoint(50.45, 30.52), PlacePrecision.APPROXIMATE));
        String tag = field("tag", slots(k, 3, 8), p -> { new EventContent(fallbackHeadline, null,
                UncertainDate.parse("2024-03-01"), null, Place.UNKNOWN, Set.of(EventType.STATEMENT), Set.of(p),
                Confidence.UNVERIFIED); return p; }, "corpus");
        ActorLink actor = field("actor name", slots(k, 4, 8), p -> new ActorLink(p, ActorKind.PERSON, ActorRole.SPEAKER),
                new ActorLink("A speaker " + k, ActorKind.PERSON, ActorRole.SPEAKER));
        String url = "https://example.org/corpus/" + k + "?p="
                + URLEncoder.encode(payloads().get(slots(k, 5, 1).getFirst()), StandardCharsets.UTF_8);
        SourceInput source = new SourceInput(url,
                field("publisher", slots(k, 6, 8), p -> { new SourceInput(url, p, null, null, null, null); return p; }, null),
                field("source title", slots(k, 7, 8), p -> { new SourceInput(url, null, p, null, null, null); return p; }, null),
                null, null, null);
        String quote = field("quote", slots(k, 8, 8), p -> new CitationInput(source, p, null, CitationStance.AGREES).quote(), null);
        String supports = field("supports", slots(k, 9, 8), p -> new CitationInput(source, null, p, CitationStance.AGREES)
                .supports(), null);
        Disagreement disagreement = new Disagreement(
                field("disagreement topic", slots(k, 10, 8), p -> new Disagreement(p, "c", "r", null).topic(), "Date"),
                field("disagreement claims", slots(k, 11, 8), p -> new Disagreement("t", p, "r", null).claims(), "Claims"),
                field("disagreement reading", slots(k, 12, 8), p -> new Disagreement("t", "c", p, null).reading(), "Reading"),
                field("disagreement rationale", slots(k, 13, 8), p -> new Disagreement("t", "c", "r", p).rationale(), null));
        EventContent content = new EventContent(headline, summary, UncertainDate.parse("2024-03-" + (10 + k % 15)), null,
                place, Set.of(EventType.STATEMENT), Set.of(tag), Confidence.UNVERIFIED);
        return new ImportedEvent("corpus-" + k, null, content, List.of(actor),
                List.of(new CitationInput(source, quote, supports, CitationStance.AGREES)), List.of(disagreement),
                EventStatus.PUBLISHED);
    }

    private static String shown(String text) {
        return text.replace("\u202E", "").replaceAll("\\s+", " ").strip();
    }

    private static void assertUntouched(Browser browser, String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return window.__xss === undefined")).as("a payload ran on " + page).isEqualTo(true);
        assertThat(browser.driver().findElements(By.cssSelector(INJECTED))).as("payload markup in " + page).isEmpty();
    }

    @Test
    void no_payload_in_any_field_runs_or_breaks_a_public_or_signed_in_page() throws Exception {
        Teams.on(timelines, accounts, DESK, "xss-editor:EDITOR");
        List<EventDetails> events = new ArrayList<>();
        SystemActor.run(() -> {
            for (int k = 0; k < EVENTS; k++) {
                ImportedEvent imported = event(k);
                events.add(editing.importEvent(DESK, imported).orElseGet(() -> editing.rows(DESK,
                        org.annals.event.EventFilter.ALL, org.annals.event.EventSort.DATE_ASC, 0, 1000).stream()
                        .filter(r -> r.headline().equals(imported.content().headline())).findFirst()
                        .map(r -> editing.get(r.id())).orElseThrow()));
            }
            List<String> all = payloads();
            int[] noteCounts = fields.computeIfAbsent("team note", n -> new int[2]);
            for (int k = 0; k < EVENTS; k++) {
                for (int j = 0; j < 16; j++) {
                    try {
                        notes.annotate(events.get(k).id(), Anchor.EVENT, all.get((k * 16 + j) % all.size()));
                        noteCounts[0]++;
                        stored.add((k * 16 + j) % all.size());
                    } catch (InvalidInputException refused) {
                        noteCounts[1]++;
                    }
                }
            }
            return null;
        });
        System.out.println("Stored-XSS corpus: " + payloads().size() + " payloads, " + stored.size()
                + " stored in at least one field; per field (stored, refused at input): "
                + fields.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList());
        assertThat(payloads()).hasSize(200);
        // what no field accepts was refused with a message; what some field accepts must now be shown harmlessly
        assertThat(stored).as("payloads that passed some field's checks").isNotEmpty();
        assertThat(fields.values()).as("every field was tried with payloads")
                .allSatisfy(counts -> assertThat(counts[0] + counts[1]).isGreaterThanOrEqualTo(EVENTS));

        try (Browser reader = new Browser(port)) {
            for (String page : List.of("/", "/timelines/" + DESK, "/timelines/" + DESK + "/corrections")) {
                reader.open(page);
                reader.await(By.tagName("main"));
                assertUntouched(reader, page);
            }
            for (EventDetails event : events) {
                reader.open(event.permalinkPath());
                // the headline shows as the very text stored, markup and all (as a browser lays out spaces)
                String headline = shown(event.content().headline());
                reader.until(d -> d.findElements(By.cssSelector("h1")).stream()
                        .anyMatch(h -> shown(h.getText()).equals(headline)));
                assertUntouched(reader, event.permalinkPath());
            }
            reader.open("/embed/" + DESK);
            reader.until(d -> !d.findElements(By.cssSelector(".annals-headline")).isEmpty());
            assertUntouched(reader, "/embed/" + DESK);
        }
        try (Browser editor = new Browser(port)) {
            editor.signIn("xss-editor", Teams.PASSWORD);
            editor.open("/editor/events?timeline=" + DESK);
            editor.await(By.tagName("vaadin-grid"));
            assertUntouched(editor, "the events grid");
            for (EventDetails event : events) {
                editor.open("/editor/events/" + event.id().value());
                editor.await(By.id("headline"));
                assertUntouched(editor, "the editor of " + event.id());
                editor.open("/editor/notes/" + event.id().value());
                editor.await(By.tagName("vaadin-app-layout"));
                assertUntouched(editor, "the notes of " + event.id());
            }
        }
    }
}
