package org.annals.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * What an import file says of an event, as one hash (SHA-256, hex): the import keeps it with the event, so importing
 * the file again tells a row that changed upstream from one that did not, and tells whether editors have changed the
 * event since (its content no longer has the hash the import kept). Status and review are not part of it: publishing
 * an imported event unchanged does not make it "edited here".
 */
public final class ImportFingerprint {

    private ImportFingerprint() {
    }

    public static String of(ImportedEvent event) {
        return of(event.content(), new EventLinks(event.actors(), event.citations(), event.disagreements()));
    }

    public static String of(EventDetails event) {
        return of(event.content(), EventLinks.of(event));
    }

    private static String of(EventContent content, EventLinks links) {
        StringBuilder text = new StringBuilder();
        part(text, content.headline(), content.summary(), content.dateNote(), content.start().toEdtf(),
                content.end() == null ? null : content.end().toEdtf(), content.place().name(),
                content.place().point() == null ? null : content.place().point().latitude() + "," + content.place().point().longitude(),
                content.place().precision().name(),
                content.types().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                content.tags().stream().sorted().collect(Collectors.joining(",")), content.confidence().name());
        DataSetFields data = content.data();
        if (!data.hasNone()) {
            // only when there are any, so an event without them keeps the hash its import kept before they existed
            part(text, "data", data.fatalitiesLow(), data.fatalitiesBest(), data.fatalitiesHigh(), data.admin1(), data.admin2(),
                    data.admin3(), data.disorderType(), data.interaction(), data.codesText());
        }
        links.actors().forEach(a -> part(text, "actor", a.name(), a.kind().name(), a.role().name()));
        links.citations().forEach(c -> part(text, "citation", c.source().url(), c.quote(), c.supports(), c.stance().name()));
        links.disagreements().forEach(d -> part(text, "disagreement", d.topic(), d.claims(), d.reading(), d.rationale(),
                String.join(" ", d.sources())));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Values separated so that no two different lists read the same (a unit separator, and a mark for null). */
    private static void part(StringBuilder text, Object... values) {
        for (Object value : values) {
            text.append(value == null ? "\u0000" : value).append('\u001f');
        }
        text.append('\u001e');
    }
}
