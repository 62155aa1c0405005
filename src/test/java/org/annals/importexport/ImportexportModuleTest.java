package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.annals.ModuleTestDatabase;
import org.annals.event.EventPublished;
import org.annals.event.EventStatus;
import org.annals.security.SystemActor;
import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The import module with everything it uses: an event imported as published goes through the same door as an
 * approval ({@link EventPublished}), importing the file again adds nothing, and a broken file changes nothing.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class ImportexportModuleTest {

    private static final String FILE = """
            {"format": "annals-timeline/1",
             "timeline": {"slug": "ie-module-desk", "title": "Import desk", "visibility": "PUBLIC"},
             "events": [{"ref": "1", "slug": "2022-03-29-istanbul-talks", "headline": "Talks held in Istanbul",
                         "summary": "Delegations of Russia and Ukraine met at the Dolmabahçe Palace.",
                         "start": {"edtf": "2022-03-29"}, "types": ["DIPLOMATIC"], "confidence": "VERIFIED"}]}
            """;

    @Autowired
    TimelineImportService importer;

    private ImportReport importFile(String json) {
        return SystemActor.run(() -> importer.importFile(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), EventStatus.PUBLISHED));
    }

    @Test
    void an_event_imported_as_published_goes_through_the_one_door_and_only_once(Scenario scenario) {
        scenario.stimulate(() -> importFile(FILE))
                .andWaitForEventOfType(EventPublished.class)
                .matchingMappedValue(published -> published.event().slug(), "2022-03-29-istanbul-talks")
                .toArriveAndVerify((published, report) -> {
                    assertThat(published.event().status()).isEqualTo(EventStatus.PUBLISHED);
                    assertThat(published.by()).isEqualTo(SystemActor.NAME);
                    assertThat(report.eventsCreated()).isEqualTo(1);
                });

        ImportReport again = importFile(FILE);
        assertThat(again.eventsCreated()).isZero();
        assertThat(again.eventsAlreadyPresent()).isEqualTo(1);
    }

    @Test
    void a_file_that_is_not_json_is_refused_at_its_field() {
        assertThatThrownBy(() -> importFile("{\"format\": \"annals-timeline/1\", \"events\": ["))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("file"));
    }

    @Test
    void a_key_given_twice_is_refused_rather_than_read_as_its_last_value() {
        String twice = FILE.replace("\"confidence\": \"VERIFIED\"", "\"status\": \"DRAFT\", \"status\": \"PUBLISHED\"")
                .replace("ie-module-desk", "ie-module-twice");
        assertThatThrownBy(() -> importFile(twice))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("status"));
    }

    @Test
    void an_import_cannot_make_an_event_merged_or_retracted() {
        for (String status : new String[] {"MERGED", "RETRACTED"}) {
            String file = FILE.replace("\"confidence\": \"VERIFIED\"", "\"status\": \"" + status + "\"")
                    .replace("ie-module-desk", "ie-module-" + status.toLowerCase(java.util.Locale.ROOT));
            assertThatThrownBy(() -> importFile(file)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not imported");
        }
    }
}
