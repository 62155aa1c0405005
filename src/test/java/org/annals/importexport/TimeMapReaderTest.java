package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.PlacePrecision;
import org.annals.shared.DatePrecision;
import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: Forensic Architecture's TimeMap sheets, as datasheet-server's example workbook lays them out (events:
 * description, date, time, location, latitude, longitude, association1…, source1…; sources: id, title, thumbnail,
 * description, path1…, type), read as drafts — and what such a file can get wrong.
 */
class TimeMapReaderTest {

    private static final String EVENTS = """
            description,date,time,location,latitude,longitude,association1,association2,source1
            Person A appears on the scene and sprays tear gas. A second person follows.,10/10/2015,16:20,Test Village,"31,3484783",34.7874169,tear_gas,narrative_1,src1
            Person A begins recording.,10/10/2015,16:26,Test Village,31.3484783,34.7874169,pistol,,src2
            ,,,,,,,,
            """;
    private static final String SOURCES = """
            id,title,thumbnail,description,path1,path2,type
            src1,Gaza,,Source 1 is a single photo.,https://example.org/photo-1.jpg,,Photo
            src2,Spectrographs,,A set of photos,media/local.png,https://example.org/photo-2.jpg,Photobook
            """;
    private static final String ASSOCIATIONS = """
            id,title,desc,mode,filter_path0,filter_path1
            tear_gas,canisters,,FILTER,Weapons,Tear Gas
            """;

    private final TimeMapReader reader = new TimeMapReader(EventType.HUMANITARIAN, Map.of());

    @Test
    void a_zip_of_the_events_sources_and_associations_sheets_becomes_drafts_with_their_sources() throws IOException {
        List<ImportedEvent> events = reader.readZip(new ByteArrayInputStream(zip(Map.of("EXPORT_EVENTS.csv", EVENTS,
                "EXPORT_SOURCES.csv", SOURCES, "EXPORT_ASSOCIATIONS.csv", ASSOCIATIONS))));

        assertThat(events).hasSize(2);
        ImportedEvent first = events.getFirst();
        assertThat(first.content().headline()).isEqualTo("Person A appears on the scene and sprays tear gas.");
        assertThat(first.content().summary()).isEqualTo("Person A appears on the scene and sprays tear gas. A second person follows.");
        assertThat(first.content().start().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(first.content().start().nominal()).hasToString("2015-10-10");
        assertThat(first.content().dateNote()).isEqualTo("Time in the TimeMap sheet: 16:20.");
        assertThat(first.content().place().name()).isEqualTo("Test Village");
        assertThat(first.content().place().point().latitude()).isEqualTo(31.3484783);
        assertThat(first.content().place().precision()).isEqualTo(PlacePrecision.APPROXIMATE);
        assertThat(first.content().types()).containsExactly(EventType.HUMANITARIAN);
        assertThat(first.content().tags()).containsExactlyInAnyOrder("tear-gas", "narrative-1");
        assertThat(first.citations()).singleElement().satisfies(c -> {
            assertThat(c.source().url()).isEqualTo("https://example.org/photo-1.jpg");
            assertThat(c.source().title()).isEqualTo("Gaza");
        });
        assertThat(events.get(1).citations().getFirst().source().url()).as("the first path that is a web address")
                .isEqualTo("https://example.org/photo-2.jpg");
        assertThat(events.get(1).content().summary()).as("the description is the headline: said once").isNull();
        assertThat(first.externalRef()).startsWith("timemap:").isNotEqualTo(events.get(1).externalRef());
        // the same sheet again keys each row the same way: a re-import adds nothing
        assertThat(new TimeMapReader(EventType.HUMANITARIAN, Map.of()).readZip(new ByteArrayInputStream(zip(Map.of("e.csv", EVENTS,
                "s.csv", SOURCES)))).getFirst().externalRef()).isEqualTo(first.externalRef());
    }

    @Test
    void the_events_sheet_alone_names_each_source_it_cannot_resolve_and_imports_nothing() {
        assertThatThrownBy(() -> reader.readEventsSheet(new ByteArrayInputStream(EVENTS.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 2: source 'src1' is not a web address, and no sources sheet came with the events")
                .hasMessageContaining("line 3: source 'src2'");
        List<ImportedEvent> events = new TimeMapReader(EventType.MILITARY, Map.of()).readEventsSheet(new ByteArrayInputStream("""
                id,title,description,date,location,latitude,longitude,type,category,source1
                7,Depot struck,A depot was struck at night.,24/02/2022,Test Town,50.1,30.2,Military,night,https://example.org/report
                8,,Talks held.,2022-03-01,,,,diplomatic;talks,,
                """.getBytes(StandardCharsets.UTF_8)));
        assertThat(events.getFirst().content().start().nominal()).as("a first number over 12: the file writes days first")
                .hasToString("2022-02-24");
        assertThat(events.getFirst().externalRef()).isEqualTo("timemap:7");
        assertThat(events.getFirst().content().headline()).isEqualTo("Depot struck");
        assertThat(events.getFirst().content().tags()).containsExactly("night");
        assertThat(events.getFirst().citations().getFirst().source().url()).isEqualTo("https://example.org/report");
        assertThat(events.get(1).content().types()).containsExactly(EventType.DIPLOMATIC);
        assertThat(events.get(1).content().tags()).containsExactly("talks");
    }

    @Test
    void hostile_sheets_are_refused_with_words() throws IOException {
        assertThatThrownBy(() -> reader.readEventsSheet(csv("description,date,time,latitude,longitude\nA.,24/02/2022,,1,2\nB.,02/24/2022,,1,2\n")))
                .hasMessageContaining("mix month/day/year and day/month/year");
        assertThatThrownBy(() -> reader.readEventsSheet(csv("description,date,time,latitude,longitude\nA.,02/30/2022,,1,2\nB.,yesterday,,1,2\nC.,03/01/2022,,95,2\n,03/01/2022,,,\n")))
                .hasMessageContaining("line 2: date '02/30/2022' is not a day of the calendar")
                .hasMessageContaining("line 3: date 'yesterday' is neither")
                .hasMessageContaining("line 4:")
                .hasMessageContaining("line 5: description is empty");
        assertThatThrownBy(() -> reader.readZip(new ByteArrayInputStream("PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1))))
                .hasMessageContaining("not a readable zip");
        assertThatThrownBy(() -> reader.readZip(new ByteArrayInputStream(zip(Map.of("notes.csv", "a,b\n1,2\n")))))
                .hasMessageContaining("no TimeMap events sheet");
        // a bomb: 65 MB of one byte packs into a few kilobytes; it is refused past 64 MB unpacked, not held
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("events.csv"));
            byte[] line = new byte[1 << 20];
            java.util.Arrays.fill(line, (byte) 'a');
            for (int i = 0; i < 65; i++) {
                out.write(line);
            }
        }
        assertThat(bomb.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> reader.readZip(new ByteArrayInputStream(bomb.toByteArray())))
                .hasMessageContaining("unpacks to more than 64 MB");
    }

    @Test
    void two_rows_with_one_key_are_named_and_a_macos_zip_with_folders_is_read() throws IOException {
        assertThatThrownBy(() -> reader.readEventsSheet(csv("id,description,date,time,latitude,longitude\n"
                + "4,U.S. forces arrive at the test base.,03/01/2022,,1,2\n4,Another arrival at the base.,03/02/2022,,1,2\n")))
                .hasMessageContaining("line 3: the same event as line 2 (key timemap:4)");
        assertThat(reader.readEventsSheet(csv("description,date,time\nU.S. forces arrive at the test base. More follow.,03/01/2022,\n"))
                .getFirst().content().headline()).isEqualTo("U.S. forces arrive at the test base.");
        ByteArrayOutputStream macos = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(macos)) {
            out.putNextEntry(new ZipEntry("timemap/"));
            for (int i = 0; i < 20; i++) {
                out.putNextEntry(new ZipEntry("__MACOSX/timemap/._sheet" + i + ".csv"));
                out.write(new byte[] {0, 5, 22, 7});
            }
            out.putNextEntry(new ZipEntry("timemap/Події.csv"));
            out.write(EVENTS.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("timemap/sources.csv"));
            out.write(SOURCES.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(reader.readZip(new ByteArrayInputStream(macos.toByteArray()))).hasSize(2);
        // a cell the export guarded is read without its guard once: a title that itself began with "''=" keeps both
        assertThat(reader.readEventsSheet(csv("title,description,date,time\n'''=1+1 in the ledger,A test.,03/01/2022,\n"))
                .getFirst().content().headline()).isEqualTo("''=1+1 in the ledger");
        String wide = "description,date,time,latitude," + String.join(",", java.util.stream.IntStream.range(0, 600).mapToObj(i -> "c" + i).toList());
        assertThatThrownBy(() -> reader.readZip(new ByteArrayInputStream(zip(Map.of("e.csv", wide + "\nA.,03/01/2022,\n")))))
                .hasMessageContaining("more than 500 columns");
    }

    @Test
    void only_a_timemap_events_sheet_is_taken_for_one() {
        assertThat(TimeMapReader.isEventsSheet(CsvRows.headers("Description,Date,Time,Location,Association 1,Source\n".getBytes()))).isTrue();
        assertThat(TimeMapReader.isEventsSheet(CsvRows.headers(AcledRows.HEADER.getBytes()))).isFalse();
        assertThat(TimeMapReader.isEventsSheet(CsvRows.headers("ref,headline,edtf,start_precision,description,date,time,latitude\n".getBytes()))).isFalse();
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
