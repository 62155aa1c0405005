package org.annals.source.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.annals.source.CaptureService;
import org.annals.source.LinkHealth;
import org.annals.source.QueuedCapture;
import org.annals.source.SourceCapture;
import org.jspecify.annotations.Nullable;

/**
 * The capture queue as administrators watch it (issue 17): what waits or runs, how often it failed so far, and the
 * newest attempts with the reason of each failure; a failed URL can be queued again; and the cited links the link
 * check found gone, moved or unreachable, with since when.
 */
@Route("admin/captures")
@Menu(title = "Captures", order = 12)
@RolesAllowed("ADMIN")
class CapturesAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 100;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final CaptureService captures;
    private final Paragraph summary = new Paragraph();
    private final Grid<QueuedCapture> queue = new Grid<>();
    private final Grid<SourceCapture> recent = new Grid<>();
    private final Grid<LinkHealth> links = new Grid<>();

    CapturesAdminView(CaptureService captures) {
        this.captures = captures;
        add(new H1(getTranslation("admin.captures.heading")), summary);
        summary.setId("captures-summary");
        queue.setId("capture-queue");
        queue.addColumn(QueuedCapture::url).setHeader(getTranslation("admin.captures.url")).setFlexGrow(3);
        queue.addColumn(q -> q.running() ? getTranslation("admin.captures.running") : when(q.due()))
                .setHeader(getTranslation("admin.captures.due"));
        queue.addColumn(q -> q.failures() == 0 ? "" : getTranslation("admin.captures.failures", q.failures(), when(q.lastFailure())))
                .setHeader(getTranslation("admin.captures.failedSoFar"));
        queue.setAllRowsVisible(true);
        recent.setId("capture-recent");
        recent.addColumn(SourceCapture::url).setHeader(getTranslation("admin.captures.url")).setFlexGrow(3);
        recent.addColumn(c -> when(c.capturedAt())).setHeader(getTranslation("admin.captures.when"));
        recent.addColumn(c -> c.captured() ? getTranslation("admin.captures.captured", c.httpStatus(),
                        c.payloadSha256() == null ? "" : c.payloadSha256().substring(0, 12))
                        : getTranslation("admin.captures.failed", c.failure()))
                .setHeader(getTranslation("admin.captures.outcome")).setFlexGrow(2);
        recent.addComponentColumn(c -> {
            Button again = new Button(getTranslation("admin.captures.again"), e -> {
                captures.request(c.url());
                refresh();
            });
            again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            again.setVisible(!c.captured());
            return again;
        }).setAutoWidth(true).setFlexGrow(0);
        recent.setAllRowsVisible(true);
        links.setId("link-health");
        links.addColumn(LinkHealth::url).setHeader(getTranslation("admin.captures.url")).setFlexGrow(3);
        links.addColumn(h -> getTranslation("admin.links.state." + h.state().name(), h.detail() == null ? "" : h.detail(),
                h.movedTo() == null ? "" : h.movedTo())).setHeader(getTranslation("admin.captures.outcome")).setFlexGrow(2);
        links.addColumn(h -> when(h.since())).setHeader(getTranslation("admin.links.since"));
        links.addColumn(h -> when(h.checkedAt())).setHeader(getTranslation("admin.links.checked"));
        links.setAllRowsVisible(true);
        Button checkLinks = new Button(getTranslation("admin.links.checkNow"), e -> {
            int checked = captures.checkDueLinks();
            refresh();
            com.vaadin.flow.component.notification.Notification.show(getTranslation("admin.links.checked.count", checked));
        });
        checkLinks.setId("check-links");
        Button reload = new Button(getTranslation("admin.captures.reload"), e -> refresh());
        reload.setId("captures-reload");
        add(reload, new H2(getTranslation("admin.captures.queue")), queue, new H2(getTranslation("admin.captures.recent")), recent,
                new H2(getTranslation("admin.links.heading")), new Paragraph(getTranslation("admin.links.intro")), checkLinks, links);
        refresh();
    }

    private void refresh() {
        var waiting = captures.queue(SHOWN);
        var attempts = captures.recent(SHOWN);
        queue.setItems(waiting);
        recent.setItems(attempts);
        links.setItems(captures.troubledLinks(SHOWN));
        summary.setText(getTranslation("admin.captures.summary", waiting.size(), waiting.stream().filter(QueuedCapture::running).count(),
                attempts.stream().filter(c -> !c.captured()).count(), attempts.size()));
    }

    private static String when(@Nullable Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.captures.heading") + " · Annals";
    }
}
