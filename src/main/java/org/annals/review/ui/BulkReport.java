package org.annals.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import org.annals.review.BulkOutcome;

/** What a bulk step did to each selected event: a count per outcome, then every event with its outcome and reason. */
final class BulkReport {

    private BulkReport() {
    }

    static void show(List<BulkOutcome> outcomes, Runnable afterwards) {
        Dialog dialog = new Dialog();
        dialog.setId("bulk-report");
        dialog.setHeaderTitle(I18NProvider.translate("review.bulk.report.title"));
        Paragraph counts = new Paragraph(counts(count(outcomes, BulkOutcome.Result.CHANGED),
                count(outcomes, BulkOutcome.Result.UNCHANGED), count(outcomes, BulkOutcome.Result.REFUSED)));
        counts.setId("bulk-report-counts");
        Grid<BulkOutcome> grid = grid(outcomes);
        grid.setId("bulk-report-events");
        Button close = new Button(I18NProvider.translate("review.bulk.report.close"), e -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("bulk-report-close");
        dialog.add(counts, grid);
        dialog.getFooter().add(close);
        dialog.setWidth("min(48rem, calc(100vw - 1rem))");
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                afterwards.run();
            }
        });
        dialog.open();
    }

    static String counts(long changed, long unchanged, long refused) {
        return I18NProvider.translate("review.bulk.report.counts", changed, unchanged, refused);
    }

    /** Each event with its outcome and, when it was not changed, why. */
    static Grid<BulkOutcome> grid(List<BulkOutcome> outcomes) {
        Grid<BulkOutcome> grid = new Grid<>();
        grid.addColumn(BulkOutcome::headline).setHeader(I18NProvider.translate("review.bulk.report.event")).setFlexGrow(1);
        grid.addColumn(o -> I18NProvider.translate("review.bulk.result." + o.result().name()))
                .setHeader(I18NProvider.translate("review.bulk.report.result")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.reason() == null ? "" : org.annals.shared.ui.ErrorTexts.of(o.reason())).setHeader(I18NProvider.translate("review.bulk.report.reason"))
                .setFlexGrow(1);
        grid.setItems(outcomes);
        grid.setAllRowsVisible(outcomes.size() <= 20);
        return grid;
    }

    private static long count(List<BulkOutcome> outcomes, BulkOutcome.Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }
}
