package org.annals.event;

import org.annals.shared.PlainText;
import org.jspecify.annotations.Nullable;

/** Sources disagree about the event: what they claim, which reading the event uses, and why. */
public record Disagreement(String topic, String claims, String reading, @Nullable String rationale) {

    public Disagreement {
        topic = PlainText.required("topic", topic, 200);
        claims = PlainText.required("claims", claims, 5000);
        reading = PlainText.required("reading", reading, 500);
        rationale = PlainText.optional("rationale", rationale, 5000);
    }
}
