package org.annals.importexport;

import org.annals.event.PossibleDuplicate;
import org.annals.shared.Wording;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An import as a background job (decision 0030): the uploaded file, where the job is, how far the phase under way has
 * read, what the check found (rows in all, new, unchanged, changed upstream with the first of them said, refused with
 * the first problems) and what the import did (events added, updated, left as editors have them; the history
 * revision of the events it added). Its problems, changes and error are also kept as {@link Wording}s, for each desk's language
 * (none for jobs from before V0052). New rows that likely describe an event the timeline has from another source are
 * counted, the first of them named with that event (V0053).
 */
public record ImportJob(long id, String timelineSlug, String fileName, long fileBytes, ImportJobState state,
        String createdBy, Instant createdAt, @Nullable String confirmedBy, Instant updatedAt, @Nullable Instant phaseStarted,
        int rowsDone, @Nullable Integer rowsTotal, @Nullable Integer rowsNew, @Nullable Integer rowsPresent,
        @Nullable Integer rowsRefused, List<String> problems, @Nullable Integer eventsCreated, @Nullable String error,
        @Nullable Integer rowsChanged, List<String> changes, @Nullable Integer eventsUpdated, @Nullable Integer eventsKept,
        @Nullable String undoneBy, @Nullable Integer eventsRemoved, String format, @Nullable Integer rowsMissing,
        List<String> missing, @Nullable Long revision, List<Wording> problemWordings, @Nullable Wording errorWording,
        List<Wording> changeWordings, @Nullable Integer rowsDuplicates, List<PossibleDuplicate> duplicates) {

    public ImportJob {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
        missing = List.copyOf(missing);
        problemWordings = List.copyOf(problemWordings);
        changeWordings = List.copyOf(changeWordings);
        duplicates = List.copyOf(duplicates);
    }

    /** Rows read a second in the phase under way, once it has read some. */
    public Optional<Double> rowsPerSecond(Instant now) {
        if (!state.running() || phaseStarted == null || rowsDone == 0) {
            return Optional.empty();
        }
        double seconds = Math.max(0.001, Duration.between(phaseStarted, now).toMillis() / 1000.0);
        return Optional.of(rowsDone / seconds);
    }

    /** About how long the import has left, at the rate so far (the check counts the rows, so only the import knows). */
    public Optional<Duration> timeLeft(Instant now) {
        if (state != ImportJobState.IMPORTING || rowsTotal == null) {
            return Optional.empty();
        }
        return rowsPerSecond(now).map(rate -> Duration.ofSeconds(Math.round(Math.max(0, rowsTotal - rowsDone) / rate)));
    }
}
