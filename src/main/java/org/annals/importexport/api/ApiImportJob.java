package org.annals.importexport.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.annals.importexport.ImportJob;
import org.jspecify.annotations.Nullable;

/**
 * An import job as the API tells it: where it is, its progress while it runs (rows a second, seconds left), what the
 * check found, what the import did, and why it ended if it failed.
 */
@Schema(name = "ImportJob")
record ApiImportJob(
        long id,
        String timeline,
        String fileName,
        long fileBytes,
        @Schema(description = "ACLED, UCDP or ANNALS_CSV (told by the file's columns)") String format,
        @Schema(description = "checking, ready (waiting for confirm or discard), refused, importing, done, failed, "
                + "discarded or undone") String state,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Rows read so far in the phase under way") int rowsDone,
        @Nullable Integer rowsTotal,
        @Nullable Double rowsPerSecond,
        @Schema(description = "About how long the import has left, at its rate so far") @Nullable Long secondsLeft,
        @Nullable Integer rowsNew,
        @Schema(description = "Rows the timeline has as they are") @Nullable Integer rowsPresent,
        @Nullable Integer rowsChanged,
        @Nullable Integer rowsRefused,
        @Schema(description = "Events imported before from the same data set that the file no longer has") @Nullable Integer rowsMissing,
        @Schema(description = "The first problems found, each with its line") List<String> problems,
        @Schema(description = "The first rows changed upstream, and what the import does with each") List<String> changes,
        @Schema(description = "The first refs of the events the file no longer has") List<String> missing,
        @Schema(description = "New rows that likely repeat an event the timeline has from another source (same days, "
                + "a place within about 10 km, an actor in common)") @Nullable Integer rowsPossibleDuplicates,
        @Schema(description = "The first of them, each as \"ref → event slug\"") List<String> possibleDuplicates,
        @Nullable Integer eventsCreated,
        @Nullable Integer eventsUpdated,
        @Schema(description = "Events whose row changed upstream, left as editors have them") @Nullable Integer eventsKept,
        @Nullable Integer eventsRemoved,
        @Nullable String error) {

    static ApiImportJob of(ImportJob job, Instant now) {
        return new ApiImportJob(job.id(), job.timelineSlug(), job.fileName(), job.fileBytes(), job.format(),
                job.state().name().toLowerCase(Locale.ROOT), job.createdBy(), job.createdAt(), job.updatedAt(), job.rowsDone(),
                job.rowsTotal(), job.rowsPerSecond(now).map(rate -> Math.round(rate * 10) / 10.0).orElse(null),
                job.timeLeft(now).map(java.time.Duration::toSeconds).orElse(null), job.rowsNew(), job.rowsPresent(),
                job.rowsChanged(), job.rowsRefused(), job.rowsMissing(), job.problems(), job.changes(), job.missing(),
                job.rowsDuplicates(), job.duplicates().stream().map(d -> d.ref() + " → " + d.slug()).toList(),
                job.eventsCreated(), job.eventsUpdated(), job.eventsKept(), job.eventsRemoved(), job.error());
    }
}
