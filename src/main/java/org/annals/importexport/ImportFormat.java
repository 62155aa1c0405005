package org.annals.importexport;

import java.util.Map;
import java.util.Set;
import org.annals.event.ActorKind;

/**
 * The CSV files an import job reads, told apart by their first line: an ACLED export, a UCDP GED export, or Annals'
 * own CSV export. {@code refPrefix} marks the events of the format's data set: a re-import's check names the timeline's
 * events of that data set the file no longer has, and compares new rows only with events from other sources. Annals'
 * own CSV is no data set: its refs are whatever the events came with, so nothing is reported missing from it (a file
 * may be one filtered view) and its new rows are compared with every event.
 */
enum ImportFormat {
    ACLED("acled:", "event_id_cnty", true),
    UCDP("ucdp:", "id", true),
    ANNALS_CSV("annals-csv:", "ref", false);

    final String refPrefix;
    final String idColumn;
    /**
     * Whether a row whose event the timeline has updates it (or tells its editors): a data set's row changed upstream
     * does. A row of Annals' own CSV does not: the CSV leaves out what readers cannot use in a spreadsheet
     * (disagreements), so it would take them away, and which side changed since the export is not known. It adds
     * events; existing ones are changed in the editor.
     */
    final boolean updatesEvents;

    ImportFormat(String refPrefix, String idColumn, boolean updatesEvents) {
        this.refPrefix = refPrefix;
        this.idColumn = idColumn;
        this.updatesEvents = updatesEvents;
    }

    static ImportFormat of(Set<String> headers) {
        return UcdpGedReader.isGed(headers) ? UCDP : AnnalsCsvReader.isAnnalsCsv(headers) ? ANNALS_CSV : ACLED;
    }

    DataSetReader reader(Map<String, ActorKind> timelineActors) {
        return switch (this) {
            case ACLED -> new AcledCsvReader(timelineActors);
            case UCDP -> new UcdpGedReader(timelineActors);
            case ANNALS_CSV -> new AnnalsCsvReader(timelineActors);
        };
    }
}
