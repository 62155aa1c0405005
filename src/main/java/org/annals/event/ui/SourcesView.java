package org.annals.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.annals.event.CitedSource;
import org.annals.event.EventEditingService;
import org.annals.event.SourceMergeService;
import org.annals.event.SourcesMerged;
import org.annals.shared.InvalidInputException;
import org.annals.shared.ui.ErrorTexts;
import org.annals.source.CaptureService;
import org.annals.source.LinkHealth;
import org.annals.source.SourceCapture;
import org.annals.timeline.TimelineService;
import org.annals.timeline.TimelineSummary;

/**
 * A timeline's sources in one place (issue 17): search them, see how many events cite each and open those events,
 * each one's archived copy and link health, the ones whose address is another's written differently; capture a page
 * again or check its link now.
 */
@Route("editor/sources")
@Menu(title = "Sources", order = 2)
@RolesAllowed({"EDITOR", "REVIEWER", "ADMIN"})
public class SourcesView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final EventEditingService events;
    private final SourceMergeService merging;
    /** Reviewers see the sources too; merging edits events, which is an editor's step. */
    private final boolean mayMerge;
    private final CaptureService captures;
    private final ComboBox<TimelineSummary> timeline = new ComboBox<>();
    private final TextField search = new TextField();
    private final Paragraph summary = new Paragraph();
    private final Paragraph merged = new Paragraph();
    private final Grid<CitedSource> grid = new Grid<>();
    private Map<String, SourceCapture> copies = Map.of();
    private Map<String, LinkHealth> health = Map.of();

    SourcesView(EventEditingService events, SourceMergeService merging, CaptureService captures, TimelineService timelines,
            com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.events = events;
        this.merging = merging;
        this.mayMerge = authentication.hasAnyRole("EDITOR", "ADMIN");
        this.captures = captures;
        setSizeFull();
        add(new H1(getTranslation("editor.sources.heading")), new Paragraph(getTranslation("editor.sources.intro")));
        List<TimelineSummary> all = timelines.all();
        timeline.setLabel(getTranslation("editor.grid.filter.timeline"));
        timeline.setItems(all);
        timeline.setItemLabelGenerator(TimelineSummary::title);
        timeline.setId("sources-timeline");
        search.setLabel(getTranslation("editor.sources.search"));
        search.setPlaceholder(getTranslation("editor.sources.searchHint"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.setId("sources-search");
        Div filters = new Div(timeline, search);
        filters.addClassName("annals-filters");
        summary.setId("sources-summary");
        merged.setId("source-merged");
        // said only once there is something to say: an empty paragraph would push the list down
        merged.setVisible(false);

        grid.setId("sources-grid");
        grid.addColumn(s -> s.publisher() != null ? s.publisher() : s.url()).setHeader(getTranslation("editor.sources.header.source"))
                .setWidth("12em").setFlexGrow(2).setTooltipGenerator(CitedSource::url);
        grid.addColumn(s -> s.title() == null ? "" : s.title()).setHeader(getTranslation("editor.sources.header.title")).setWidth("12em").setFlexGrow(2)
                .setTooltipGenerator(s -> s.title() == null ? "" : s.title());
        grid.addColumn(CitedSource::citingEvents).setHeader(getTranslation("editor.sources.header.events")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::copyState).setHeader(getTranslation("editor.sources.header.copy")).setWidth("10em").setFlexGrow(1);
        grid.addColumn(this::linkState).setHeader(getTranslation("editor.sources.header.link")).setWidth("10em").setFlexGrow(1);
        grid.addColumn(s -> s.possibleDuplicate() ? getTranslation("editor.sources.duplicate", s.sameAddress() - 1) : "")
                .setHeader(getTranslation("editor.sources.header.duplicate")).setWidth("10em").setFlexGrow(1);
        // a row opens to the events that cite it and what can be done for the page
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(true);

        timeline.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        add(filters, summary, merged, grid);
        // the list takes the rest of the screen, and keeps a usable height on a short one
        grid.setMinHeight("20em");
        setFlexGrow(1, grid);
        all.stream().findFirst().ifPresent(timeline::setValue);
    }

    private void refresh() {
        TimelineSummary chosen = timeline.getValue();
        search.setInvalid(false);
        if (chosen == null) {
            grid.setItems(List.of());
            return;
        }
        List<CitedSource> sources;
        try {
            sources = events.citedSources(chosen.slug(), search.getValue() == null ? "" : search.getValue(), SHOWN);
        } catch (InvalidInputException e) {
            search.setErrorMessage(ErrorTexts.of(e));
            search.setInvalid(true);
            return;
        }
        List<String> urls = sources.stream().map(CitedSource::url).toList();
        // the copies and link checks of the rows shown, two queries in all
        copies = captures.capturedCopies(urls);
        health = captures.linkHealth(urls);
        grid.setItems(sources);
        summary.setText(getTranslation(sources.size() == SHOWN ? "editor.sources.summaryMore" : "editor.sources.summary",
                sources.size(), copies.size(), health.values().stream().filter(h -> h.state() != LinkHealth.State.OK).count(),
                sources.stream().filter(CitedSource::possibleDuplicate).count()));
    }

    private String copyState(CitedSource source) {
        SourceCapture copy = copies.get(source.url());
        return copy == null ? getTranslation("editor.capture.none")
                : getTranslation("editor.capture.done", WHEN.format(copy.capturedAt()),
                        copy.payloadSha256() == null ? "" : copy.payloadSha256().substring(0, 12));
    }

    private String linkState(CitedSource source) {
        LinkHealth link = health.get(source.url());
        return link == null ? getTranslation("editor.sources.link.unchecked") : linkStateOf(link);
    }

    private Div details(CitedSource source) {
        Div box = new Div();
        box.addClassName("annals-source-details");
        Anchor original = new Anchor(source.url(), source.url(), AnchorTarget.BLANK);
        original.getElement().setAttribute("rel", "noopener nofollow");
        box.add(new Paragraph(original));
        VerticalLayout citing = new VerticalLayout();
        citing.setPadding(false);
        citing.setSpacing(false);
        citing.addClassName("annals-citing-events");
        TimelineSummary chosen = timeline.getValue();
        if (chosen != null) {
            events.citingEvents(chosen.slug(), source.sourceId()).forEach(event -> citing.add(new Anchor(
                    "/editor/events/" + event.id().value(), event.headline() + " (" + getTranslation("form.status." + event.status().name()) + ")")));
        }
        Span outcome = new Span();
        Button capture = new Button(getTranslation("editor.sources.captureAgain"), e -> {
            outcome.setText(getTranslation(captures.request(source.url()) ? "editor.sources.queued" : "editor.sources.alreadyQueued"));
        });
        Button check = new Button(getTranslation("editor.sources.checkLink"));
        check.addClickListener(e -> checkLink(source, check, outcome));
        java.util.List.of(capture, check).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        box.add(new Paragraph(getTranslation("editor.sources.citedBy")), citing, new Div(capture, check, outcome));
        if (chosen != null && source.possibleDuplicate() && mayMerge) {
            box.add(spellings(chosen.slug(), source));
        }
        return box;
    }

    /** The other spellings of the address, each with the merge that keeps it (through review for published events). */
    private Div spellings(String timelineSlug, CitedSource source) {
        Div spellings = new Div(new Paragraph(getTranslation("editor.sources.sameAddress")));
        spellings.addClassName("annals-source-spellings");
        for (CitedSource other : merging.sameAddressAs(timelineSlug, source.sourceId())) {
            Button keep = new Button(getTranslation("editor.sources.mergeInto"), e -> {
                try {
                    SourcesMerged result = merging.merge(timelineSlug, source.sourceId(), other.sourceId());
                    // said above the list, which the refresh redraws (and this row's details with it)
                    merged.setText(getTranslation("editor.sources.merged", result.kept(), result.drafts(), result.backFromReview(),
                            result.pendingCorrections(), result.retractedLeft()));
                    merged.setVisible(true);
                    refresh();
                } catch (InvalidInputException refused) {
                    merged.setText(ErrorTexts.of(refused));
                    merged.setVisible(true);
                } catch (org.annals.shared.EditConflictException changed) {
                    // an editor saved one of the events meanwhile: the merge was undone whole
                    merged.setText(getTranslation("editor.sources.mergeConflict"));
                    merged.setVisible(true);
                    refresh();
                }
            });
            keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            keep.addClassName("annals-merge-source");
            spellings.add(new Div(new Span(other.url() + " "), keep));
        }
        return spellings;
    }

    /** A link check waits on a stranger's server (up to its deadline): it runs off the page's thread. */
    private void checkLink(CitedSource source, Button check, Span outcome) {
        check.setEnabled(false);
        outcome.setText(getTranslation("editor.sources.checking"));
        org.annals.shared.ui.BackgroundWork.run("sources-link-check", () -> captures.checkLink(source.url()), result -> {
            check.setEnabled(true);
            outcome.setText(result == null ? getTranslation("editor.sources.checkFailed") : linkStateOf(result));
            refresh();
        });
    }

    private String linkStateOf(LinkHealth link) {
        return getTranslation("editor.sources.link." + link.state().name(), WHEN.format(link.since()),
                link.detail() == null ? "" : link.detail(), link.movedTo() == null ? "" : link.movedTo());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.sources.heading") + " · Annals";
    }
}
