package org.annals.reader;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.annals.ModuleTestDatabase;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventEditingService;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.Place;
import org.annals.security.SystemActor;
import org.annals.shared.UncertainDate;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The reader module with what it reads (the readers' copy and the modules under it), without the editors' modules:
 * the read API serves what was published and answers 404 for a draft, as if it did not exist.
 */
// the reader uses only records of event; the event module (with what it uses) is here to publish the events read
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"event", "live", "history", "source",
        "security"})
@ModuleTestDatabase
class ReaderModuleTest {

    private static final String DESK = "reader-module-desk";

    @Autowired
    EventEditingService editing;
    @Autowired
    TimelineService timelines;

    private MockMvc http;

    @BeforeEach
    void publishedAndDraft(@Autowired WebApplicationContext context) {
        http = MockMvcBuilders.webAppContextSetup(context).build();
        SystemActor.run(() -> {
            if (timelines.find(DESK).isPresent()) {
                return null;
            }
            timelines.create(new NewTimeline(DESK, "Reader desk", null, Visibility.PUBLIC));
            editing.importEvent(DESK, imported("R1", "kerch-bridge-struck", "Kerch bridge struck", EventStatus.PUBLISHED));
            editing.importEvent(DESK, imported("R2", "unconfirmed-claim", "Unconfirmed claim", EventStatus.DRAFT));
            return null;
        });
    }

    private static ImportedEvent imported(String ref, String slug, String headline, EventStatus status) {
        return new ImportedEvent(ref, slug, new EventContent(headline, null, UncertainDate.parse("2022-10-08"), null,
                Place.UNKNOWN, Set.of(EventType.MILITARY), Set.of(), Confidence.VERIFIED), List.of(), List.of(),
                List.of(), status);
    }

    @Test
    void the_read_api_serves_the_published_event() throws Exception {
        http.perform(get("/api/v1/timelines/" + DESK + "/events/kerch-bridge-struck"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headline").value("Kerch bridge struck"))
                .andExpect(jsonPath("$.edtf").value("2022-10-08"));
    }

    @Test
    void a_draft_is_not_found_on_the_read_api() throws Exception {
        http.perform(get("/api/v1/timelines/" + DESK + "/events/unconfirmed-claim"))
                .andExpect(status().isNotFound());
        http.perform(get("/api/v1/timelines/" + DESK + "/events"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events[*].headline").value(org.hamcrest.Matchers.contains("Kerch bridge struck")));
    }
}
