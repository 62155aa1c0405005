package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.Confidence;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.PlacePrecision;
import org.annals.shared.DatePrecision;
import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** ACLED rows (synthetic test rows in both of ACLED's layouts) become honest drafts; a bad export stores nothing. */
class AcledCsvReaderTest {

    private static final String NEW_HEADER = "\uFEFFevent_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
            + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
            + "fatalities,tags,timestamp\n";

    private static List<ImportedEvent> read(String csv) {
        return new AcledCsvReader(java.util.Map.of()).read(new StringReader(csv));
    }

    @Test
    void a_current_export_keeps_acleds_precision_place_actors_and_words() {
        List<ImportedEvent> events = read(NEW_HEADER
                + "TST1,2022-03-15,2022,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
                + "Test Forces A,,State forces,Civilians (Testland),,Civilians,,Civilian targeting,999,Europe,Testland,"
                + "Test Oblast,,,Testville,50.1,30.2,1,Test Wire; Test Daily,National,\"Shelling hit Testville, "
                + "the test says.\nSecond line *as written*.\",3,crowd size=no report;test tag,1700000000\n"
                + "TST2,2022-03-20,2022,2,Demonstrations,Protests,Peaceful protest,Protesters (Testland),,Protesters,,,,,,"
                + "999,Europe,Testland,Test Oblast,,,Testburg,50.3,30.4,3,Test Daily,National,A protest.,0,,1700000000\n"
                + "TST3,2022-03-15,2022,3,Strategic developments,Strategic developments,Agreement,Test Forces A,,1,"
                + "Test Forces B,,2,,,999,Europe,Testland,Test Oblast,,,Testville,50.1,30.2,2,Test Wire,National,"
                + "Talks agreed.,,,1700000000\n");

        ImportedEvent shelling = events.get(0);
        assertThat(shelling.externalRef()).isEqualTo("acled:TST1");
        assertThat(shelling.status()).isEqualTo(EventStatus.DRAFT);
        assertThat(shelling.content().confidence()).isEqualTo(Confidence.UNVERIFIED);
        assertThat(shelling.content().headline())
                .isEqualTo("Shelling/artillery/missile attack in Testville, Test Oblast, Testland (ACLED)");
        assertThat(shelling.content().start().toEdtf()).isEqualTo("2022-03-15");
        assertThat(shelling.content().place().point().latitude()).isEqualTo(50.1);
        assertThat(shelling.content().place().precision()).isEqualTo(PlacePrecision.APPROXIMATE);
        assertThat(shelling.content().types()).containsExactlyInAnyOrder(EventType.MILITARY, EventType.HUMANITARIAN);
        assertThat(shelling.content().tags()).contains("acled", "explosions-remote-violence", "test-tag");
        assertThat(shelling.content().summary()).contains("Shelling hit Testville, the test says.", "\\*as written\\*",
                "sources named: Test Wire; Test Daily").doesNotContain("fatalities");
        // counts and codes are fields, not prose: summed, filtered and exported back as ACLED wrote them
        assertThat(shelling.content().data().withCodes(java.util.Map.of())).isEqualTo(org.annals.event.DataSetFields.fatalities(3)
                .withAreas("Test Oblast", null, null).withCodes("Political violence", null));
        assertThat(shelling.content().data().codes()).as("ACLED's own codes, for an export in its shape")
                .containsEntry("event_type", "Explosions/Remote violence").containsEntry("inter1", "State forces")
                .containsEntry("inter2", "Civilians").containsEntry("geo_precision", "1").containsEntry("location", "Testville")
                .containsEntry("source", "Test Wire; Test Daily").containsEntry("timestamp", "1700000000")
                .doesNotContainKey("assoc_actor_1");
        assertThat(events.get(1).content().data().fatalitiesBest()).as("0 is a figure: none died").isZero();
        assertThat(events.get(2).content().data().fatalitiesBest()).as("no figure given").isNull();
        assertThat(shelling.actors()).extracting(ActorLink::name, ActorLink::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Test Forces A", ActorKind.STATE),
                org.assertj.core.groups.Tuple.tuple("Civilians (Testland)", ActorKind.ORGANISATION));
        assertThat(shelling.citations()).as("ACLED names sources but gives no addresses").isEmpty();

        // "a week or similar period": about that day, a week either side, not a made-up exact day
        assertThat(events.get(1).content().start().toEdtf()).isEqualTo("2022-03-20~");
        assertThat(events.get(1).content().start().earliest()).isEqualTo(java.time.LocalDate.of(2022, 3, 13));
        assertThat(events.get(1).content().start().latest()).isEqualTo(java.time.LocalDate.of(2022, 3, 27));
        assertThat(events.get(1).content().place().precision()).isEqualTo(PlacePrecision.REGION);
        assertThat(events.get(1).content().types()).containsExactly(EventType.STATEMENT);
        // only the month is known (ACLED gives a mid-month date)
        assertThat(events.get(2).content().start().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(events.get(2).content().start().toEdtf()).isEqualTo("2022-03");
        assertThat(events.get(2).content().types()).containsExactly(EventType.DIPLOMATIC);
        assertThat(events.get(2).actors()).extracting(ActorLink::kind).containsExactly(ActorKind.STATE, ActorKind.ARMED_GROUP);
    }

    @Test
    void an_older_export_with_day_first_dates_and_numeric_codes_is_read_too() {
        List<ImportedEvent> events = read("data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,"
                + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
                + "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
                + "fatalities,timestamp,iso3\n"
                + "1,999,TST9,9,05-01-2019,2019,1,Battles,Armed clash,Test Forces A,,1,Test Militia,,3,13,Europe,"
                + "Testland,Test Oblast,,,Testville,50.1,30.2,1,Test Wire,National,A clash.,0,1600000000,TST\n");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.content().start().toEdtf()).isEqualTo("2019-01-05");
            assertThat(e.actors()).extracting(ActorLink::kind).containsExactly(ActorKind.STATE, ActorKind.ARMED_GROUP);
        });
    }

    @Test
    void an_actor_keeps_one_kind_the_timelines_first_and_associated_actors_take_their_names_kind() {
        String row = "1,999,%s,9,05-01-2019,2019,1,Battles,Armed clash,%s,%s,%s,%s,,%s,13,Europe,Testland,O,,,L,50,30,1,S,"
                + "National,x,0,1,TST\n";
        String header = "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
                + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,"
                + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
                + "timestamp,iso3\n";
        List<ImportedEvent> events = new AcledCsvReader(java.util.Map.of("Known Unit", ActorKind.PERSON)).read(
                new StringReader(header + row.formatted("TSTA", "Test Forces A", "Test Group", "1", "Known Unit", "1")
                        + row.formatted("TSTB", "Test Group", "", "3", "Test Forces A", "8")));

        assertThat(events.get(0).actors()).extracting(ActorLink::name, ActorLink::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Test Forces A", ActorKind.STATE),
                // associated in row A, a militia (3) where it is actor1 in row B
                org.assertj.core.groups.Tuple.tuple("Test Group", ActorKind.ARMED_GROUP),
                org.assertj.core.groups.Tuple.tuple("Known Unit", ActorKind.PERSON));
        // as actor2 with another code in row B, still the kind it was first given
        assertThat(events.get(1).actors()).extracting(ActorLink::kind).containsExactly(ActorKind.ARMED_GROUP, ActorKind.STATE);
    }

    @Test
    void every_bad_row_is_named_and_nothing_is_returned() {
        assertThatThrownBy(() -> read(NEW_HEADER
                + "TST1,2022-02-30,2022,1,Political violence,Battles,Armed clash,A,,1,,,,,,999,Europe,T,O,,,L,50,30,1,S,N,x,0,,1\n"
                + "TST2,2022-03-01,2022,7,Political violence,Battles,Armed clash,A,,1,,,,,,999,Europe,T,O,,,L,50,30,1,S,N,x,0,,1\n"
                + "TST2,2022-03-01,2022,1,Political violence,Battles,Armed clash,A,,1,,,,,,999,Europe,T,O,,,L,50,30,1,S,N,x,0,,1\n"
                + "TST4,2022-03-01,2022,1,Political violence,Battles,Armed clash,A,,1,,,,,,999,Europe,T,O,,,L,north,30,1,S,N,x,0,,1\n"
                + "TST5,30-02-2022,2022,1,Political violence,Battles,Armed clash,A,,1,,,,,,999,Europe,T,O,,,L,50,30,1,S,N,x,0,,1\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("5 problem(s)")
                .hasMessageContaining("row 6 (TST5): event_date '30-02-2022' is not a date")
                .hasMessageContaining("row 2 (TST1): event_date '2022-02-30' is not a date")
                .hasMessageContaining("row 3 (TST2): time_precision must be 1, 2 or 3")
                .hasMessageContaining("row 4 (TST2): the event id appears twice")
                .hasMessageContaining("row 5 (TST4): latitude and longitude must be numbers");
    }

    @Test
    void a_file_that_is_not_an_acled_export_says_which_columns_are_missing() {
        assertThatThrownBy(() -> read("id,date,what\n1,2022-01-01,x\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Not an ACLED export").hasMessageContaining("event_id_cnty");
        assertThatThrownBy(() -> read(NEW_HEADER)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no rows");
    }

    @Test
    void a_file_that_stops_being_utf8_after_its_first_part_is_refused_with_words_that_say_so() {
        String row = "TST9,2022-03-15,2022,1,Political violence,Protests,Peaceful protest,Protesters (Testland),,"
                + "Protesters,,,,,,999,Europe,Testland,Test Oblast,,,Testburg,50.3,30.4,1,Test Daily,National,\"";
        // more than the sniffed first part in plain ASCII, then one Latin-1 byte: the file began as UTF-8 and is not
        byte[] start = (NEW_HEADER.substring(1) + row + "x".repeat(CsvText.SNIFF) + " Kyi").getBytes(
                java.nio.charset.StandardCharsets.US_ASCII);
        byte[] end = "v\",0,,1700000000\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] file = new byte[start.length + 1 + end.length];
        System.arraycopy(start, 0, file, 0, start.length);
        file[start.length] = (byte) 0xEF;
        System.arraycopy(end, 0, file, start.length + 1, end.length);

        assertThatThrownBy(() -> new AcledCsvReader(java.util.Map.of()).read(
                CsvText.reader(new java.io.ByteArrayInputStream(file))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("changes encoding part-way");
    }

    /**
     * Issue 18: real exports as spreadsheets leave them — upper-case headers, semicolons, dates as 14/08/2020 00:00:00
     * or 9-May-20 — are read as ACLED wrote them; Russia's forces (code 8, "external") are a state's; civilians are
     * the violence's targets.
     */
    @Test
    void an_export_resaved_by_a_spreadsheet_is_read_as_acled_wrote_it() {
        List<ImportedEvent> events = read(NEW_HEADER.replace("\uFEFF", "").toUpperCase(java.util.Locale.ROOT).replace(',', ';')
                + "TST1;14/08/2020 00:00:00;2020;1;Political violence;Violence against civilians;Attack;"
                + "Military Forces of Russia (2000-);;8;Civilians (Ukraine);;7;;Civilian targeting;804;Europe;Ukraine;"
                + "Kharkiv;;;Testville;50,1;30.2;1;Test Wire;National;An attack.;1;;1700000000\n"
                + "TST2;9-May-20;2020;1;Political violence;Battles;Armed clash;Military Forces of Ukraine (2019-);;1;"
                + "Military Forces of Russia (2000-) Air Force;;8;;;804;Europe;Ukraine;Kharkiv;;;Testburg;50.3;30.4;2;"
                + "Test Wire;National;A clash.;0;;1700000000\n");

        assertThat(events).hasSize(2);
        assertThat(events.get(0).content().start().toEdtf()).isEqualTo("2020-08-14");
        assertThat(events.get(0).content().place().point().latitude()).as("a decimal comma").isEqualTo(50.1);
        assertThat(events.get(1).content().start().toEdtf()).isEqualTo("2020-05-09");
        assertThat(events.get(0).actors()).extracting(ActorLink::name, ActorLink::kind, ActorLink::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Military Forces of Russia (2000-)", ActorKind.STATE, org.annals.event.ActorRole.PARTICIPANT),
                org.assertj.core.groups.Tuple.tuple("Civilians (Ukraine)", ActorKind.ORGANISATION, org.annals.event.ActorRole.TARGET));
        assertThat(events.get(1).actors()).extracting(ActorLink::kind).containsOnly(ActorKind.STATE);
    }

    @Test
    void a_monadic_export_and_a_workbook_are_refused_saying_what_they_are() {
        String row = "TST1,2022-03-15,2022,1,Political violence,Battles,Armed clash,%s,,1,,,,,,804,Europe,Ukraine,"
                + "Kharkiv,,,Testville,50.1,30.2,1,Test Wire,National,A clash.,0,,1700000000\n";
        assertThatThrownBy(() -> read(NEW_HEADER + row.formatted("Military Forces of Ukraine (2019-)")
                + row.formatted("Military Forces of Russia (2000-)")))
                .hasMessageContaining("row 3 (TST1): the event id appears twice, the event the same and the actors different: "
                        + "this is ACLED's monadic layout (one row per actor)");

        byte[] workbook = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};
        assertThatThrownBy(() -> CsvText.reader(new java.io.ByteArrayInputStream(workbook)))
                .hasMessageStartingWith("This is a spreadsheet workbook (.xlsx or .xls), not CSV");
    }
}
