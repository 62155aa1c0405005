package org.annals.importexport.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongConsumer;
import org.annals.event.ui.spi.EventScreens;
import org.annals.importexport.ImportJob;
import org.annals.importexport.ImportJobState;

/**
 * One import job as the administrator follows it: checking (rows read, rate), the check's report (new, already there,
 * refused with the reasons) with the choice to import or discard, the import's progress (rows, rate, time left), and
 * how it ended. Redrawn from the job as stored, so it shows the same wherever and whenever it is opened.
 */
class ImportJobPanel extends Div {

    private final LongConsumer confirm;
    private final LongConsumer discard;
    private final java.util.function.LongFunction<DownloadHandler> refusedRows;
    private final LongConsumer undo;

    ImportJobPanel(LongConsumer confirm, LongConsumer discard, java.util.function.LongFunction<DownloadHandler> refusedRows,
            LongConsumer undo) {
        this.undo = undo;
        this.confirm = confirm;
        this.discard = discard;
        this.refusedRows = refusedRows;
        setId("import-job");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(ImportJob job, Instant now) {
        removeAll();
        add(new H2(getTranslation("import.job.heading", job.fileName())));
        Paragraph state = new Paragraph();
        state.setId("import-job-state");
        add(state);
        switch (job.state()) {
            case CHECKING -> {
                state.setText(getTranslation("import.job.checking", job.rowsDone(), rate(job, now)));
                add(progress(null));
            }
            case READY -> ready(job, state);
            case IMPORTING -> {
                int total = job.rowsTotal() == null ? 0 : job.rowsTotal();
                String left = job.timeLeft(now).map(this::duration).orElse("…");
                state.setText(getTranslation("import.job.importing", job.rowsDone(), total, rate(job, now), left));
                add(progress(total == 0 ? null : Math.min(1.0, job.rowsDone() / (double) total)));
            }
            case DONE -> {
                state.setText(getTranslation("import.job.done", job.eventsCreated() == null ? 0 : job.eventsCreated(),
                        job.timelineSlug()));
                int updated = job.eventsUpdated() == null ? 0 : job.eventsUpdated();
                int kept = job.eventsKept() == null ? 0 : job.eventsKept();
                if (updated + kept > 0) {
                    Paragraph changes = new Paragraph(getTranslation("import.job.updated", updated, kept));
                    changes.setId("import-job-updated");
                    add(changes);
                }
                int created = job.eventsCreated() == null ? 0 : job.eventsCreated();
                // the events it added, to review together; with none added, the timeline's events
                Anchor open = created > 0 && job.revision() != null
                        ? new Anchor(EventScreens.gridHref(job.timelineSlug(), job.revision()), getTranslation("import.openAdded", created))
                        : new Anchor(EventScreens.gridHref(job.timelineSlug()), getTranslation("import.openEvents"));
                open.setId("import-open-events");
                add(open);
                if (created > 0) {
                    add(new Paragraph(undoButton(job, created)));
                }
            }
            case UNDONE -> state.setText(getTranslation("import.job.undone", job.eventsRemoved() == null ? 0 : job.eventsRemoved(),
                    String.valueOf(job.undoneBy())));
            case REFUSED, FAILED -> {
                String[] lines = error(job).split("\n- ");
                state.setText(lines[0]);
                state.getStyle().set("color", "var(--lumo-error-text-color)");
                if (lines.length > 1) {
                    add(list(java.util.Arrays.copyOfRange(lines, 1, lines.length)));
                }
            }
            // a job nobody confirmed in time is discarded by the instance, with its reason
            case DISCARDED -> state.setText(getTranslation("import.job.discarded") + (job.error() == null ? "" : " " + error(job)));
        }
    }

    /** Why the job ended, in this desk's language when the job kept the sentence. */
    private static String error(ImportJob job) {
        return job.errorWording() != null ? org.annals.shared.ui.ErrorTexts.of(job.errorWording()) : String.valueOf(job.error());
    }

    private void ready(ImportJob job, Paragraph state) {
        int fresh = job.rowsNew() == null ? 0 : job.rowsNew();
        int changed = job.rowsChanged() == null ? 0 : job.rowsChanged();
        // Annals' own CSV adds rows and leaves the events a timeline has, whatever the rows say (ImportFormat)
        state.setText(getTranslation(job.format().equals("ANNALS_CSV") ? "import.job.checkedAddsOnly" : "import.job.checked",
                job.rowsTotal(), fresh, job.rowsPresent(), changed, job.rowsRefused()));
        if (!job.changes().isEmpty()) {
            Paragraph heading = new Paragraph(getTranslation(changed > job.changes().size() ? "import.job.changedFirst"
                    : "import.job.changed", job.changes().size(), changed));
            UnorderedList changes = list(job.changeWordings().isEmpty() ? job.changes().toArray(String[]::new)
                    : job.changeWordings().stream().map(org.annals.shared.ui.ErrorTexts::of).toArray(String[]::new));
            changes.setId("import-job-changes");
            add(heading, changes);
        }
        int duplicates = job.rowsDuplicates() == null ? 0 : job.rowsDuplicates();
        if (duplicates > 0) {
            Paragraph heading = new Paragraph(getTranslation(duplicates > job.duplicates().size() ? "import.job.duplicatesFirst"
                    : "import.job.duplicates", job.duplicates().size(), duplicates));
            UnorderedList same = new UnorderedList();
            same.setId("import-job-duplicates");
            for (org.annals.event.PossibleDuplicate d : job.duplicates()) {
                // the event it may repeat, opened in its editor, where the imported row is merged into it
                same.add(new ListItem(new Span(d.ref() + " → "),
                        new Anchor(org.annals.event.ui.spi.EventScreens.editorHref(d.eventId()), d.headline())));
            }
            add(heading, same);
        }
        int missing = job.rowsMissing() == null ? 0 : job.rowsMissing();
        if (missing > 0) {
            Paragraph heading = new Paragraph(getTranslation(missing > job.missing().size() ? "import.job.missingFirst"
                    : "import.job.missing", job.missing().size(), missing));
            UnorderedList refs = list(job.missing().toArray(String[]::new));
            refs.setId("import-job-missing");
            add(heading, refs);
        }
        if (!job.problems().isEmpty()) {
            int refused = job.rowsRefused() == null ? 0 : job.rowsRefused();
            Paragraph heading = new Paragraph(getTranslation(refused > job.problems().size() ? "import.job.refusedFirst"
                    : "import.job.refused", job.problems().size(), refused));
            // in this desk's language when the job kept its sentences (jobs from before V0052 kept English only)
            UnorderedList problems = list(job.problemWordings().isEmpty() ? job.problems().toArray(String[]::new)
                    : job.problemWordings().stream().map(org.annals.shared.ui.ErrorTexts::of).toArray(String[]::new));
            problems.setId("import-job-problems");
            Anchor download = new Anchor(refusedRows.apply(job.id()), getTranslation("import.job.refusedCsv", refused));
            download.setId("import-job-refused-csv");
            add(heading, problems, new Paragraph(download));
        }
        Button go = new Button(fresh + changed == 0 ? getTranslation("import.job.nothingNew")
                : getTranslation("import.job.confirm", fresh, changed), e -> confirm.accept(job.id()));
        go.setId("import-confirm");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.setEnabled(fresh + changed > 0);
        go.setDisableOnClick(true);
        Button drop = new Button(getTranslation("import.job.discard"), e -> discard.accept(job.id()));
        drop.setId("import-discard");
        drop.setDisableOnClick(true);
        HorizontalLayout actions = new HorizontalLayout(go, drop);
        actions.setWrap(true);
        add(actions);
    }

    /** Undoing removes events: the administrator confirms it, told what goes and what stays. */
    private Button undoButton(ImportJob job, int created) {
        Button button = new Button(getTranslation("import.job.undo", created), e -> {
            ConfirmDialog sure = new ConfirmDialog(getTranslation("import.job.undoConfirm.heading"),
                    getTranslation("import.job.undoConfirm.text", created, job.timelineSlug()),
                    getTranslation("import.job.undoConfirm.confirm"), yes -> undo.accept(job.id()),
                    getTranslation("import.job.undoConfirm.cancel"), no -> { });
            sure.setConfirmButtonTheme("error primary");
            sure.setId("import-undo-confirm");
            sure.open();
        });
        button.setId("import-undo");
        button.addThemeVariants(ButtonVariant.ERROR);
        return button;
    }

    private String rate(ImportJob job, Instant now) {
        return job.rowsPerSecond(now).map(r -> getTranslation("import.job.rate", Math.round(r))).orElse("");
    }

    private static ProgressBar progress(Double done) {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-job-progress");
        if (done == null) {
            bar.setIndeterminate(true);
        } else {
            bar.setValue(done);
        }
        return bar;
    }

    private static UnorderedList list(String[] lines) {
        UnorderedList items = new UnorderedList();
        for (String line : lines) {
            items.add(new ListItem(line));
        }
        return items;
    }

    /** "1 h 5 min", "4 min 10 s", "12 s": how long, as a person says it. */
    private String duration(Duration left) {
        long seconds = left.toSeconds();
        if (seconds >= 3600) {
            return getTranslation("import.job.left.hours", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? getTranslation("import.job.left.minutes", seconds / 60, seconds % 60)
                : getTranslation("import.job.left.seconds", seconds);
    }

    /** Whether the job has work left, so the page keeps asking for its news. */
    static boolean watching(ImportJob job) {
        return job.state().running() || job.state() == ImportJobState.READY;
    }
}
