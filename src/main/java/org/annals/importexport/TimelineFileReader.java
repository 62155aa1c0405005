package org.annals.importexport;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.annals.event.ActorKind;
import org.annals.event.ActorLink;
import org.annals.event.ActorRole;
import org.annals.event.CitationInput;
import org.annals.event.CitationStance;
import org.annals.event.Confidence;
import org.annals.event.Disagreement;
import org.annals.event.DataSetFields;
import org.annals.event.EventContent;
import org.annals.event.EventStatus;
import org.annals.event.EventType;
import org.annals.event.ImportedEvent;
import org.annals.event.ImportedRelation;
import org.annals.event.Place;
import org.annals.event.PlacePrecision;
import org.annals.event.RelationKind;
import org.annals.importexport.TimelineFile.DatePart;
import org.annals.importexport.TimelineFile.EventPart;
import org.annals.importexport.TimelineFile.SourcePart;
import org.annals.shared.DatePrecision;
import org.annals.shared.GeoPoint;
import org.annals.shared.InvalidInputException;
import org.annals.shared.MarkdownText;
import org.annals.shared.PlainText;
import org.annals.shared.UncertainDate;
import org.annals.shared.Wording;
import org.annals.source.SourceInput;
import org.annals.timeline.NewTimeline;
import org.annals.timeline.Visibility;
import org.jspecify.annotations.Nullable;

/**
 * Turns a timeline file into validated records, collecting every problem with where it is ("event 12 (ref 12),
 * start: …") instead of stopping at the first, so one report tells the author everything to fix. The file is read as a
 * stream ({@link TimelineFileParser}); problems are counted and the first ones kept ({@link ImportProblems}).
 */
final class TimelineFileReader {

    static final String FORMAT = "annals-timeline/1";

    private final ImportProblems problems = new ImportProblems();

    record Contents(NewTimeline timeline, List<ImportedEvent> events) {
    }

    /** Reads and checks the whole file, event by event as it streams in; refuses it with every problem found. */
    Contents read(InputStream file, EventStatus defaultStatus) {
        List<ImportedEvent> events = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        // the refs each event's relations name, checked once the whole file is read (a relation may point ahead)
        List<Map.Entry<Wording, String>> relationTargets = new ArrayList<>();
        int[] index = {0};
        TimelineFileParser.Header header = TimelineFileParser.parse(file, part -> {
            index[0]++;
            if (part == null) {
                problems.add(ImportProblems.at(Wording.of("event " + index[0], "import.where.event", index[0]),
                        Wording.of("is empty (null)", "import.problem.null")));
                return;
            }
            Wording where = part.ref() == null ? Wording.of("event " + index[0], "import.where.event", index[0])
                    : Wording.of("event " + index[0] + " (ref " + part.ref() + ")", "import.where.eventRef", index[0], part.ref());
            if (part.ref() != null && !refs.add(part.ref())) {
                problems.add(ImportProblems.at(where, Wording.of("ref " + part.ref() + " appears twice",
                        "import.problem.refTwice", part.ref())));
            }
            ImportedEvent event = event(where, part, defaultStatus);
            for (var relation : part.relations() == null ? List.<TimelineFile.RelationPart>of() : part.relations()) {
                if (relation != null && relation.ref() != null && !relation.ref().isBlank()) {
                    relationTargets.add(Map.entry(where, relation.ref().strip()));
                }
            }
            if (event != null && problems.isEmpty()) {
                events.add(event); // once the file is refused, what would be stored no longer matters
            }
        });
        for (var target : relationTargets) {
            if (!refs.contains(target.getValue())) {
                problems.add(() -> ImportProblems.at(target.getKey(), Wording.of("relations: no event with ref " + target.getValue()
                        + " in the file", "import.problem.relationTarget", target.getValue())));
            }
        }
        if (!FORMAT.equals(header.format())) {
            problems.add(header.format() == null
                    ? Wording.of("format: expected \"" + FORMAT + "\", found nothing", "import.problem.formatMissing", FORMAT)
                    : Wording.of("format: expected \"" + FORMAT + "\", found \"" + header.format() + "\"",
                            "import.problem.format", FORMAT, header.format()));
        }
        var timelinePart = header.timeline();
        NewTimeline timeline = timelinePart == null ? null : attempt(Wording.of("timeline", "import.where.timeline"), () -> new NewTimeline(
                timelinePart.slug(), timelinePart.title(), timelinePart.description(),
                enumValue(Visibility.class, "visibility", timelinePart.visibility(), Visibility.PUBLIC)));
        if (timelinePart == null) {
            problems.add(Wording.of("timeline: missing", "import.problem.noTimeline"));
        }
        if (header.events() == 0) {
            problems.add(Wording.of("events: the file has no events", "import.problem.noEvents"));
        }
        problems.refuseIfAny();
        return new Contents(timeline, events);
    }

    /**
     * One event, or null when anything in it is wrong — with every problem of it reported, not only the first: each
     * part is read on its own, and the content's own rules (EventContent) run once the parts are sound.
     */
    private @Nullable ImportedEvent event(Wording where, EventPart part, EventStatus defaultStatus) {
        int before = problems.count();
        // the two parts a hostile file leaves out of every one of 50,000 events are told without an exception each:
        // counting them must cost the server little (HostileFilesTest)
        if (part.start() == null) {
            problems.add(() -> ImportProblems.at(where, Wording.of("start: a date is required", "import.refusal.dateRequired", "start")));
        }
        UncertainDate start = part.start() == null ? null : attempt(where, () -> date("start", part.start()));
        if (part.headline() == null || part.headline().isBlank()) {
            problems.add(() -> ImportProblems.at(where, Wording.of("Headline is required", "import.text.required", "Headline")));
        } else {
            attempt(where, () -> PlainText.required("headline", part.headline(), EventContent.HEADLINE_MAX));
        }
        UncertainDate end = part.end() == null ? null : attempt(where, () -> date("end", part.end()));
        Place place = attempt(where, () -> place(part.place()));
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String type : part.types() == null ? List.<String>of() : part.types()) {
            EventType read = attempt(where, () -> enumValue(EventType.class, "types", type, null));
            if (read != null) {
                types.add(read);
            }
        }
        Confidence confidence = attempt(where, () -> enumValue(Confidence.class, "confidence", part.confidence(), Confidence.UNVERIFIED));
        attempt(where, () -> MarkdownText.validate("summary", part.summary(), EventContent.SUMMARY_MAX));
        List<ActorLink> actors = new ArrayList<>();
        for (var actor : part.actors() == null ? List.<TimelineFile.ActorPart>of() : part.actors()) {
            ActorLink link = attempt(where, () -> new ActorLink(actor.name(), enumValue(ActorKind.class, "actor kind", actor.kind(), null),
                    enumValue(ActorRole.class, "actor role", actor.role(), ActorRole.PARTICIPANT)));
            if (link != null) {
                actors.add(link);
            }
        }
        List<Disagreement> disagreements = new ArrayList<>();
        for (var d : part.disagreements() == null ? List.<TimelineFile.DisagreementPart>of() : part.disagreements()) {
            Disagreement read = attempt(where, () -> new Disagreement(d.topic(), d.claims(), d.reading(), d.rationale(), d.sources()));
            if (read != null) {
                disagreements.add(read);
            }
        }
        List<CitationInput> citations = attempt(where, () -> citations(part));
        List<ImportedRelation> relations = new ArrayList<>();
        for (var r : part.relations() == null ? List.<TimelineFile.RelationPart>of() : part.relations()) {
            ImportedRelation read = attempt(where, () -> relation(part.ref(), r));
            if (read != null) {
                relations.add(read);
            }
        }
        EventStatus status = attempt(where, () -> enumValue(EventStatus.class, "status", part.status(), defaultStatus));
        var d = part.data();
        DataSetFields data = d == null ? DataSetFields.NONE : attempt(where, () -> new DataSetFields(d.fatalitiesLow(),
                d.fatalitiesBest(), d.fatalitiesHigh(), d.admin1(), d.admin2(), d.admin3(), d.disorderType(), d.interaction(),
                d.codes() == null ? java.util.Map.of() : d.codes()));
        if (problems.count() > before) {
            return null;
        }
        return attempt(where, () -> new ImportedEvent(part.ref(), part.slug(), new EventContent(part.headline(), part.summary(),
                start, end, part.dateNote(), place, types, new LinkedHashSet<>(part.tags() == null ? List.of() : part.tags()), confidence, data),
                actors, citations, disagreements, status, relations));
    }

    /** A relation to another event of the file; a duplicate is a reviewer's merge, not something a file states. */
    private static ImportedRelation relation(@Nullable String fromRef, TimelineFile.@Nullable RelationPart part) {
        if (part == null || part.ref() == null || part.ref().isBlank()) {
            throw new InvalidInputException("relations", "relations: each names the ref of another event of the file",
                    "import.refusal.relationRef");
        }
        RelationKind kind = enumValue(RelationKind.class, "relation kind", part.kind(), null);
        if (kind == RelationKind.DUPLICATE_OF) {
            throw new InvalidInputException("relations", "relations: a duplicate is merged by a reviewer, not imported",
                    "import.refusal.relationDuplicate");
        }
        if (part.ref().strip().equals(fromRef)) {
            throw new InvalidInputException("relations", "relations: an event cannot be related to itself",
                    "import.refusal.relationSelf");
        }
        return new ImportedRelation(kind, part.ref().strip());
    }

    /** Quoted citations as given; every listed source without a quote is cited plainly, so no source is lost. */
    private static List<CitationInput> citations(EventPart part) {
        Map<String, SourceInput> sources = new LinkedHashMap<>();
        for (SourcePart s : part.sources() == null ? List.<SourcePart>of() : part.sources()) {
            SourceInput source = new SourceInput(s.url(), s.publisher(), s.title(), day("publishedOn", s.publishedOn()),
                    s.language(), s.archiveUrl());
            if (sources.putIfAbsent(source.url(), source) != null) {
                throw new InvalidInputException("sources", "The source " + source.url() + " is listed twice",
                        "import.refusal.sourceTwice", source.url());
            }
        }
        List<CitationInput> citations = new ArrayList<>();
        Set<String> quoted = new HashSet<>();
        for (var c : part.citations() == null ? List.<TimelineFile.CitationPart>of() : part.citations()) {
            SourceInput source = sources.get(c.sourceUrl() == null ? "" : c.sourceUrl().strip());
            if (source == null) {
                throw c.sourceUrl() == null
                        ? new InvalidInputException("citations", "A citation names no source", "import.refusal.citationNoSource")
                        : new InvalidInputException("citations", "A citation names a source that the event does not list: \""
                                + c.sourceUrl() + "\"", "import.refusal.unlistedSource", c.sourceUrl());
            }
            citations.add(new CitationInput(source, c.quote(), c.supports(),
                    enumValue(CitationStance.class, "stance", c.stance(), CitationStance.AGREES)));
            quoted.add(source.url());
        }
        sources.values().stream().filter(s -> !quoted.contains(s.url()))
                .forEach(s -> citations.add(new CitationInput(s, null, null, CitationStance.AGREES)));
        return citations;
    }

    private static UncertainDate date(String field, @Nullable DatePart part) {
        if (part == null) {
            throw new InvalidInputException(field, field + ": a date is required", "import.refusal.dateRequired", field);
        }
        try {
            if (part.edtf() != null && !part.edtf().isBlank()) {
                UncertainDate parsed = UncertainDate.parse(part.edtf());
                if (parsed.precision() == DatePrecision.APPROXIMATE && part.earliest() != null && part.latest() != null) {
                    return UncertainDate.approximately(parsed.nominal(), day(field, part.earliest()), day(field, part.latest()));
                }
                return parsed;
            }
            DatePrecision precision = enumValue(DatePrecision.class, field + " precision", part.precision(), null);
            LocalDate earliest = day(field + " earliest", part.earliest());
            LocalDate latest = day(field + " latest", part.latest());
            LocalDate nominal = part.nominal() == null ? earliest : day(field + " nominal", part.nominal());
            if (earliest == null || latest == null) {
                throw new InvalidInputException(field, "give edtf, or earliest and latest", "import.refusal.dateParts");
            }
            return new UncertainDate(earliest, latest, precision, nominal);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, field + ": " + e.getMessage(), "import.refusal.inField", field, Wording.of(e));
        }
    }

    private static Place place(TimelineFile.@Nullable PlacePart part) {
        if (part == null) {
            return Place.UNKNOWN;
        }
        GeoPoint point = null;
        if (part.latitude() != null || part.longitude() != null) {
            if (part.latitude() == null || part.longitude() == null) {
                throw new InvalidInputException("place", "give both latitude and longitude, or neither",
                        "import.refusal.bothCoordinates");
            }
            point = new GeoPoint(part.latitude(), part.longitude());
        }
        return new Place(part.name(), point, enumValue(PlacePrecision.class, "place precision", part.precision(), null));
    }

    private static @Nullable LocalDate day(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + ": '" + value + "' is not a day (yyyy-mm-dd)",
                    "import.refusal.notADay", field, value);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, @Nullable String value, @Nullable E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new InvalidInputException(field, field + " is required (one of " + names(type) + ")",
                        "import.refusal.oneRequired", field, names(type));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + ": '" + value + "' is not one of " + names(type),
                    "import.refusal.notOneOf", field, value, names(type));
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private <T> @Nullable T attempt(Wording where, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            problems.add(() -> ImportProblems.at(where, e));
            return null;
        }
    }

}
