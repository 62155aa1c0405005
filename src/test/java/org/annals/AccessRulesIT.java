package org.annals;

import org.annals.event.EventId;
import static org.annals.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.annals.event.Confidence;
import org.annals.event.EventContent;
import org.annals.event.EventDetails;
import org.annals.event.EventEditingService;
import org.annals.event.EventFilter;
import org.annals.event.EventHistoryService;
import org.annals.event.EventSort;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.Place;
import org.annals.importexport.TimelineImportService;
import org.annals.review.ReviewService;
import org.annals.security.AccountService;
import org.annals.security.NewAccount;
import org.annals.security.Role;
import org.annals.shared.UncertainDate;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.TimelineService;
import org.annals.timeline.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every protected service method called as each kind of person: administrator, the timeline's editor, reviewer and
 * annotator, an editor of another timeline, and a stranger without an account. The rule is in the services, so
 * this holds whatever the screens show. Business errors (a step out of order) count as "let in".
 */
@IntegrationTest
class AccessRulesIT {

    private static final String DESK = "access-desk";
    private static final List<String> PEOPLE = List.of("admin", "editor", "reviewer", "annotator", "outsider", "stranger");

    @Autowired
    EventEditingService editing;
    @Autowired
    ReviewService workflow;
    @Autowired
    EventHistoryService history;
    @Autowired
    TimelineService timelines;
    @Autowired
    AccountService accounts;
    @Autowired
    TimelineImportService importer;
    @LocalServerPort
    int port;

    private EventDetails draft;

    @BeforeEach
    void desks() {
        Teams.on(timelines, accounts, DESK, "acc-editor:EDITOR", "acc-reviewer:REVIEWER", "acc-annotator:ANNOTATOR");
        Teams.on(timelines, accounts, "access-elsewhere", "acc-outsider:EDITOR");
        draft = as("acc-editor", "EDITOR", () -> editing.createDraft(DESK, content()));
    }

    private static EventContent content() {
        return new EventContent("Access probe", null, UncertainDate.parse("2024-01-01"), null, Place.UNKNOWN,
                Set.of(EventType.AID), Set.of(), Confidence.UNVERIFIED);
    }

    /** Runs the call as the person; true when let in (even if the call then fails for another reason). */
    private static boolean letIn(String person, Supplier<?> call) {
        Supplier<Boolean> attempt = () -> {
            try {
                call.get();
                return true;
            } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException e) {
                return false;
            } catch (RuntimeException e) {
                return true;
            }
        };
        return switch (person) {
            case "admin" -> as("acc-admin", "ADMIN", attempt);
            case "editor" -> as("acc-editor", "EDITOR", attempt);
            case "reviewer" -> as("acc-reviewer", "REVIEWER", attempt);
            case "annotator" -> as("acc-annotator", "ANNOTATOR", attempt);
            case "outsider" -> as("acc-outsider", "EDITOR", attempt);
            default -> attempt.get();
        };
    }

    @Test
    void each_protected_method_admits_exactly_the_roles_it_should() {
        long id = draft.id().value();
        long v = draft.version();
        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("createDraft", () -> editing.createDraft(DESK, content()));
        calls.put("update", () -> editing.update(EventId.of(id), v, content()));
        calls.put("get", () -> editing.get(EventId.of(id)));
        calls.put("state", () -> editing.state(EventId.of(id)));
        calls.put("rows", () -> editing.rows(DESK, EventFilter.ALL, EventSort.DATE_ASC, 0, 10));
        calls.put("count", () -> editing.count(DESK, EventFilter.ALL));
        calls.put("actors", () -> editing.actors(DESK));
        calls.put("submit", () -> workflow.submit(EventId.of(id), v, "probe"));
        calls.put("approve", () -> workflow.approve(EventId.of(id), v, null));
        calls.put("returnToEditor", () -> workflow.returnToEditor(EventId.of(id), v, "probe"));
        calls.put("retract", () -> workflow.retract(EventId.of(id), v, "probe"));
        calls.put("revisions", () -> history.revisions(EventId.of(id)));
        calls.put("relate", () -> editing.relate(EventId.of(id), org.annals.event.RelationKind.FOLLOWS, EventId.of(id)));
        calls.put("relations", () -> editing.relations(EventId.of(id)));
        calls.put("merge", () -> workflow.merge(EventId.of(id), v, EventId.of(id), "probe"));
        calls.put("restore", () -> history.restore(EventId.of(id), 1, v));
        calls.put("recentChanges", () -> history.recentChanges(DESK, 5));
        calls.put("createTimeline", () -> timelines.create(new NewTimeline("probe-" + System.nanoTime(), "Probe", null, Visibility.PRIVATE)));
        calls.put("grant", () -> {
            timelines.grant(DESK, "acc-outsider", Role.REVIEWER);
            return null;
        });
        calls.put("members", () -> timelines.members(DESK));
        calls.put("setFourEyes", () -> timelines.setFourEyes("access-elsewhere", true));
        calls.put("import", () -> importer.importFile(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), EventStatus.DRAFT));
        calls.put("createAccount", () -> {
            accounts.create(new NewAccount("probe" + System.nanoTime(), "Probe", "long-enough-password", Set.of(Role.EDITOR)));
            return null;
        });

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        Set<String> writers = Set.of("admin", "editor");
        Set<String> readers = Set.of("admin", "editor", "reviewer");
        Set<String> reviewers = Set.of("admin", "reviewer");
        Set<String> admins = Set.of("admin");
        expected.put("createDraft", writers);
        expected.put("update", writers);
        expected.put("get", readers);
        expected.put("state", readers);
        expected.put("rows", readers);
        expected.put("count", readers);
        expected.put("actors", readers);
        expected.put("submit", writers);
        expected.put("approve", reviewers);
        expected.put("returnToEditor", reviewers);
        expected.put("retract", reviewers);
        expected.put("revisions", readers);
        expected.put("relate", writers);
        expected.put("relations", readers);
        expected.put("merge", reviewers);
        expected.put("restore", writers);
        expected.put("recentChanges", readers);
        expected.put("createTimeline", admins);
        expected.put("grant", admins);
        expected.put("members", admins);
        expected.put("setFourEyes", admins);
        expected.put("import", admins);
        expected.put("createAccount", admins);

        List<String> wrong = new ArrayList<>();
        calls.forEach((name, call) -> {
            for (String person : PEOPLE) {
                boolean allowed = letIn(person, call);
                if (allowed != expected.get(name).contains(person)) {
                    wrong.add(name + " as " + person + (allowed ? " was let in" : " was refused"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void editor_screens_send_a_stranger_to_sign_in() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/editor", "/editor/events", "/editor/events/" + draft.id(), "/admin/timelines")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }
}
