package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.ActorRole;
import org.annals.event.CitationStance;
import org.annals.event.ImportedEvent;
import org.annals.shared.DatePrecision;
import org.junit.jupiter.api.Test;

/** Issue 18: Annals' own CSV read back — what a spreadsheet leaves of it, and what it gets wrong, row by row. */
class AnnalsCsvReaderTest {

    private static final String HEADER = "\uFEFFslug,headline,edtf,display_date,start_earliest,start_latest,start_precision,"
            + "end_edtf,place,latitude,longitude,place_precision,types,tags,actors,confidence,summary,sources,date_note,ref,"
            + "fatalities_best,actor_roles,citations,end_earliest,end_latest\n";

    private final AnnalsCsvReader reader = new AnnalsCsvReader(Map.of("Known Ministry", ActorKind.STATE));

    private List<ImportedEvent> read(String csv) {
        List<ImportedEvent> events = new ArrayList<>();
        reader.events(() -> new StringReader(csv), 100, events::addAll);
        return events;
    }

    @Test
    void a_row_as_the_export_writes_it_comes_back_whole() {
        ImportedEvent event = read(HEADER + "talks,'=Talks resumed,2022-03-01/2022-03-04~,,2022-03-01,2022-03-01,day,2022-03-04~,"
                + "\"Antalya, Türkiye\",36.9,-30.7,approximate,diplomatic;statement,talks;turkey,Testland;Otherland,inferred,"
                + "\"'-3 delegations *met*.\",\"Test Wire — Talks resume — https://example.org/a\",Reported the next day.,"
                + "annals:7,0,state/mediator;state/participant,"
                + "\"https://example.org/a | context | the venue | \"\"We met,\"\" he said\",2022-03-02,2022-03-06\n").getFirst();

        assertThat(reader.problems().count()).isZero();
        assertThat(event.externalRef()).isEqualTo("annals:7");
        assertThat(event.slug()).isEqualTo("talks");
        assertThat(event.content().headline()).as("the export's formula guard taken off").isEqualTo("=Talks resumed");
        assertThat(event.content().summary()).isEqualTo("-3 delegations *met*.");
        assertThat(event.content().end().precision()).isEqualTo(DatePrecision.APPROXIMATE);
        assertThat(event.content().end().earliest()).as("the end's own window").isEqualTo("2022-03-02");
        assertThat(event.content().place().point().longitude()).isEqualTo(-30.7);
        assertThat(event.content().data().fatalitiesBest()).isZero();
        assertThat(event.actors()).containsExactly(new ActorLink("Testland", ActorKind.STATE, ActorRole.MEDIATOR),
                new ActorLink("Otherland", ActorKind.STATE, ActorRole.PARTICIPANT));
        assertThat(event.citations()).singleElement().satisfies(c -> {
            assertThat(c.quote()).isEqualTo("\"We met,\" he said");
            assertThat(c.stance()).isEqualTo(CitationStance.CONTEXT);
            assertThat(c.supports()).isEqualTo("the venue");
            assertThat(c.source().publisher()).isEqualTo("Test Wire");
            assertThat(c.source().title()).isEqualTo("Talks resume");
        });
    }

    @Test
    void a_sheet_without_roles_or_citations_reads_names_and_addresses() {
        String header = "ref,headline,edtf,start_precision,start_earliest,start_latest,types,confidence,actors,source_urls\n";
        ImportedEvent event = read(header + "r1,A statement,2023-06,month,2023-06-01,2023-06-30,statement,unverified,"
                + "Known Ministry;New Group,https://example.org/x https://example.org/y\n").getFirst();

        assertThat(event.actors()).extracting(ActorLink::kind).containsExactly(ActorKind.STATE, ActorKind.ORGANISATION);
        assertThat(event.citations()).extracting(c -> c.source().url()).containsExactly("https://example.org/x", "https://example.org/y");
    }

    @Test
    void each_bad_row_is_refused_with_its_reason_and_the_others_read() {
        String header = "ref,headline,edtf,start_precision,start_earliest,start_latest,types,confidence,actors,actor_roles,citations\n";
        List<ImportedEvent> events = read(header
                + "r1,Roles short,2023,year,2023-01-01,2023-12-31,military,verified,A;B,state/participant,\n"
                + "r2,Bad stance,2023,year,2023-01-01,2023-12-31,military,verified,,,https://example.org/a | maybe | | q\n"
                + "r3,Bad type,2023,year,2023-01-01,2023-12-31,battle,verified,,,\n"
                + "r4,Window misses its day,2023-06-10~,approximate,2023-07-01,2023-07-05,military,verified,,,\n"
                + "r5,Fine,2023,year,2023-01-01,2023-12-31,military,verified,,,\n");

        assertThat(events).extracting(ImportedEvent::externalRef).containsExactly("r5");
        assertThat(reader.problems().listed()).extracting(w -> w.english()).containsExactly(
                "row 2 (r1): actor_roles names 1 kinds and roles for 2 actors",
                "row 3 (r2): citations: 'maybe' is not one of agrees, contradicts, context",
                "row 4 (r3): types: 'battle' is not one of military, diplomatic, statement, sanctions, aid, humanitarian",
                "row 5 (r4): edtf: the window 2023-07-01…2023-07-05 does not hold the day 2023-06-10");
    }
}
