package org.annals.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.shared.Registration;
import org.annals.review.BulkReviewJob;
import org.annals.review.BulkReviewJobs;

/**
 * A whole list submitted or approved in the background, watched: how many of how many, at what rate, the time left,
 * and when it is over what it did, with the events it refused or left as they were. Closing it leaves the job running
 * (any desk member sees it on "My work").
 */
final class BulkJobDialog extends Dialog {

    private final BulkReviewJobs jobs;
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div report = new Div();
    private final Button close = new Button();
    /** Shown to the person who started the job and to administrators while it runs (BulkReviewJobs#stop). */
    private final Button stop = new Button();
    private BulkReviewJob job;
    private Registration polling = () -> { };

    private BulkJobDialog(BulkReviewJob job, BulkReviewJobs jobs, Runnable afterwards) {
        this.job = job;
        this.jobs = jobs;
        setId("bulk-job");
        setHeaderTitle(I18NProvider.translate("review.job.title." + job.step().name(), job.total()));
        bar.setId("bulk-job-progress");
        status.setId("bulk-job-status");
        report.setWidthFull();
        close.setId("bulk-job-close");
        close.addClickListener(e -> close());
        stop.setId("bulk-job-stop");
        stop.setText(I18NProvider.translate("review.job.stop"));
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        stop.addClickListener(e -> stopJob());
        add(bar, status, report);
        getFooter().add(stop, close);
        setWidth("min(48rem, calc(100vw - 1rem))");
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                polling.remove();
                afterwards.run();
            }
        });
        addAttachListener(e -> watch(e.getUI()));
        addDetachListener(e -> polling.remove());
        show();
    }

    static void open(BulkReviewJob job, BulkReviewJobs jobs, Runnable afterwards) {
        new BulkJobDialog(job, jobs, afterwards).open();
    }

    /** Asks for the job's state each second while it runs, and stops asking when it ends or the dialog goes. */
    private void watch(UI ui) {
        polling.remove();
        if (!job.running()) {
            return;
        }
        polling = org.annals.shared.ui.Polling.watch(ui, 1000, e -> {
            job = jobs.job(job.id());
            show();
            if (!job.running()) {
                polling.remove();
            }
        });
    }

    private void stopJob() {
        try {
            job = jobs.stop(job.id());
        } catch (org.annals.shared.InvalidInputException refused) {
            // ended meanwhile, or not this person's to stop: the status line says what it came to
            status.setText(org.annals.shared.ui.ErrorTexts.of(refused));
            job = jobs.job(job.id());
        }
        show();
    }

    private boolean mayStop() {
        return job.state() == BulkReviewJob.State.RUNNING && (job.requestedBy().equals(org.annals.security.CurrentUser.name())
                || org.annals.security.CurrentUser.roles().contains("ADMIN"));
    }

    private void show() {
        stop.setVisible(mayStop());
        bar.setValue(job.total() == 0 ? 1 : (double) job.done() / job.total());
        status.setText(statusOf(job));
        close.setText(I18NProvider.translate(job.running() ? "review.job.closeRunning" : "review.bulk.report.close"));
        if (!job.running()) {
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        report.removeAll();
        Paragraph counts = new Paragraph(BulkReport.counts(job.changed(), job.unchanged(), job.refused()));
        counts.setId("bulk-job-counts");
        report.add(counts);
        if (!job.outcomes().isEmpty()) {
            if (job.unchanged() + job.refused() > job.outcomes().size()) {
                report.add(new Paragraph(I18NProvider.translate("review.job.firstNamed", job.outcomes().size())));
            }
            var grid = BulkReport.grid(job.outcomes());
            grid.setId("bulk-job-events");
            report.add(grid);
        }
    }

    /** "340 of 1,000 events taken · 70 a second · about 10 s left", or what the job came to. */
    static String statusOf(BulkReviewJob job) {
        return switch (job.state()) {
            case RUNNING -> {
                java.util.List<String> parts = new java.util.ArrayList<>();
                parts.add(I18NProvider.translate("review.job.progress", job.done(), job.total()));
                if (job.perSecond() > 0) {
                    parts.add(I18NProvider.translate("review.job.rate", Math.max(1, Math.round(job.perSecond()))));
                }
                java.time.Duration left = job.left();
                if (left != null) {
                    parts.add(left.toMinutes() >= 2 ? I18NProvider.translate("review.job.leftMinutes", left.toMinutes())
                            : I18NProvider.translate("review.job.leftSeconds", Math.max(1, left.toSeconds())));
                }
                yield String.join(" · ", parts);
            }
            case STOPPING -> I18NProvider.translate("review.job.stopping", job.done(), job.total());
            case DONE -> I18NProvider.translate("review.job.done", job.done());
            case FAILED, STOPPED -> I18NProvider.translate("review.job.failed", job.done(), job.total(),
                    job.error() == null ? "" : org.annals.shared.ui.ErrorTexts.of(job.error()));
        };
    }
}
