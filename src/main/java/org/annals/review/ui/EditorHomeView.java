package org.annals.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.annals.event.EventEditingService;
import org.annals.event.EventHistoryService;
import org.annals.event.EventRow;
import org.annals.event.RecentChange;
import org.annals.event.WorkItem;
import org.annals.review.BulkReviewJob;
import org.annals.review.BulkReviewJobs;
import org.annals.event.ui.spi.EventScreens;
import org.annals.shared.DateLabels;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;

/** Where an editor or reviewer starts: their drafts, what came back, what waits for review, and recent changes. */
@Route("editor")
@Menu(title = "My work", order = 0)
@RolesAllowed({"EDITOR", "REVIEWER", "ADMIN"})
class EditorHomeView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** Month names in this person's language (English ones the same for every English, as in {@link DateLabels}). */
    private DateTimeFormatter when() {
        Locale locale = getLocale();
        return WHEN.withLocale("en".equals(locale.getLanguage()) ? Locale.ENGLISH : locale);
    }

    private final EventEditingService events;
    private final EventHistoryService history;
    private final AuthenticationContext authentication;
    private final BulkReviewJobs jobs;
    private final Div lists = new Div();

    EditorHomeView(EventEditingService events, EventHistoryService history, TimelineService timelines,
            AuthenticationContext authentication, BulkReviewJobs jobs) {
        this.jobs = jobs;
        this.events = events;
        this.history = history;
        this.authentication = authentication;
        ComboBox<TimelineSummary> timeline = new ComboBox<>(getTranslation("review.home.timeline"));
        List<TimelineSummary> all = timelines.all();
        timeline.setItems(all);
        timeline.setItemLabelGenerator(TimelineSummary::title);
        timeline.addValueChangeListener(e -> show(e.getValue()));
        lists.setWidthFull();
        add(timeline, lists);
        if (!all.isEmpty()) {
            timeline.setValue(all.getFirst());
        }
    }

    private void show(TimelineSummary timeline) {
        lists.removeAll();
        if (timeline == null) {
            return;
        }
        // first: a list being taken in the background is what its desk watches
        jobsSection(timeline);
        if (authentication.hasAnyRole("EDITOR", "ADMIN")) {
            section("review.home.returned", "returned", events.worklist(timeline.slug(), WorkItem.RETURNED_TO_ME, 50));
            section("review.home.myDrafts", "my-drafts", events.worklist(timeline.slug(), WorkItem.MY_DRAFTS, 50));
        }
        section("review.home.awaitingReview", "awaiting-review", events.worklist(timeline.slug(), WorkItem.AWAITING_REVIEW, 50));
        lists.add(new H2(getTranslation("review.home.recentChanges")));
        Grid<RecentChange> feed = new Grid<>();
        feed.setId("recent-changes");
        feed.addColumn(c -> when().format(c.entry().at())).setHeader(getTranslation("review.home.when")).setAutoWidth(true).setFlexGrow(0);
        feed.addColumn(c -> c.entry().author()).setHeader(getTranslation("review.home.who")).setAutoWidth(true).setFlexGrow(0);
        feed.addColumn(RecentChange::headline).setHeader(getTranslation("review.home.event")).setFlexGrow(1);
        feed.addColumn(c -> c.entry().message() == null ? "" : c.entry().message()).setHeader(getTranslation("review.home.message")).setFlexGrow(1);
        feed.setItems(history.recentChanges(timeline.slug(), 30));
        feed.setAllRowsVisible(true);
        feed.addItemClickListener(e -> feed.getUI()
                .ifPresent(ui -> EventScreens.toEditor(ui, e.getItem().eventId())));
        lists.add(feed);
    }

    /** The latest whole lists submitted or approved in the background, running or not; one opens to watch it. */
    private void jobsSection(TimelineSummary timeline) {
        List<BulkReviewJob> recent = jobs.recent(timeline.slug(), 5);
        if (recent.isEmpty()) {
            return;
        }
        lists.add(new H2(getTranslation("review.home.jobs")));
        Grid<BulkReviewJob> grid = new Grid<>();
        grid.setId("bulk-jobs");
        // one column of two lines (who did what when; how far it got): it reads on a phone as on a desk
        grid.addComponentColumn(j -> {
            com.vaadin.flow.component.html.Div who = new com.vaadin.flow.component.html.Div(when().format(j.createdAt()) + " · "
                    + getTranslation("review.home.job." + j.step().name()) + " · " + j.requestedBy());
            who.getStyle().set("font-weight", "600");
            com.vaadin.flow.component.html.Div far = new com.vaadin.flow.component.html.Div(BulkJobDialog.statusOf(j) + " "
                    + BulkReport.counts(j.changed(), j.unchanged(), j.refused()));
            return new com.vaadin.flow.component.html.Div(who, far);
        }).setHeader(getTranslation("review.home.job.progress")).setFlexGrow(1);
        grid.addThemeName("wrap-cell-content");
        grid.setItems(recent);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> BulkJobDialog.open(jobs.job(e.getItem().id()), jobs, () -> show(timeline)));
        lists.add(grid);
        if (recent.stream().anyMatch(BulkReviewJob::running)) {
            // while one runs its line moves on by itself, and stops asking once none does
            com.vaadin.flow.shared.Registration[] watching = {() -> { }};
            grid.addAttachListener(attach -> watching[0] = org.annals.shared.ui.Polling.watch(attach.getUI(), 1000, poll -> {
                List<BulkReviewJob> now = jobs.recent(timeline.slug(), 5);
                grid.setItems(now);
                if (now.stream().noneMatch(BulkReviewJob::running)) {
                    watching[0].remove();
                }
            }));
            grid.addDetachListener(detach -> watching[0].remove());
        }
    }

    private void section(String titleKey, String id, List<EventRow> rows) {
        lists.add(new H2(getTranslation(titleKey, rows.size())));
        Grid<EventRow> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(r -> DateLabels.of(r.start(), r.end(), getLocale())).setHeader(getTranslation("review.home.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(EventRow::headline).setHeader(getTranslation("review.home.headline")).setFlexGrow(1);
        grid.addColumn(r -> when().format(r.updatedAt())).setHeader(getTranslation("review.home.changed")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> EventScreens.toEditor(ui, e.getItem().id())));
        lists.add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.home.title") + " · Annals";
    }
}
