package org.annals.review;

import java.util.LinkedHashSet;
import java.util.Set;
import org.annals.event.EventContent;
import org.annals.event.EventType;

/** Types and tags to add to and remove from many events at once; what an event already has is left as it is. */
public record LabelChange(Set<EventType> addTypes, Set<EventType> removeTypes, Set<String> addTags, Set<String> removeTags) {

    public LabelChange {
        addTypes = Set.copyOf(addTypes);
        removeTypes = Set.copyOf(removeTypes);
        addTags = Set.copyOf(addTags);
        removeTags = Set.copyOf(removeTags);
    }

    public boolean isEmpty() {
        return addTypes.isEmpty() && removeTypes.isEmpty() && addTags.isEmpty() && removeTags.isEmpty();
    }

    /** The content with the change applied (its own rules run again: an event keeps at least one type). */
    EventContent applyTo(EventContent content) {
        Set<EventType> types = new LinkedHashSet<>(content.types());
        types.removeAll(removeTypes);
        types.addAll(addTypes);
        Set<String> tags = new LinkedHashSet<>(content.tags());
        tags.removeAll(normalised(removeTags));
        tags.addAll(addTags);
        return new EventContent(content.headline(), content.summary(), content.start(), content.end(), content.dateNote(),
                content.place(),
                types, tags, content.confidence(), content.data());
    }

    /** A tag to remove is matched as tags are stored (EventContent.normalTag). */
    private static Set<String> normalised(Set<String> tags) {
        Set<String> result = new LinkedHashSet<>();
        tags.forEach(t -> result.add(EventContent.normalTag(t)));
        return result;
    }
}
