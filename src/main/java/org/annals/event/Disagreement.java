package org.annals.event;

import java.util.LinkedHashSet;
import java.util.List;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * Sources disagree about the event: what they claim, which reading the event uses, and why. {@code sources}: the
 * addresses of the sources it names, each one the event cites (checked by {@link EventLinks}), so readers can open them.
 */
public record Disagreement(String topic, String claims, String reading, @Nullable String rationale, List<String> sources) {

    public static final int MAX_SOURCES = 20;

    public Disagreement {
        topic = PlainText.required("topic", topic, 200);
        claims = PlainText.required("claims", claims, 5000);
        reading = PlainText.required("reading", reading, 500);
        rationale = PlainText.optional("rationale", rationale, 5000);
        // stored documents from before sources were named have none
        sources = sources == null ? List.of() : List.copyOf(new LinkedHashSet<>(sources.stream().filter(java.util.Objects::nonNull)
                .map(String::strip).filter(url -> !url.isEmpty()).toList()));
        if (sources.size() > MAX_SOURCES) {
            throw new InvalidInputException("sources", "A disagreement names at most " + MAX_SOURCES + " sources",
                    "form.refusal.disagreement.tooManySources", MAX_SOURCES);
        }
    }

    /** A disagreement that names none of the event's sources. */
    public Disagreement(String topic, String claims, String reading, @Nullable String rationale) {
        this(topic, claims, reading, rationale, List.of());
    }
}
