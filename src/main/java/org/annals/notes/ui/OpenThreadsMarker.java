package org.annals.notes.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.annals.notes.AnnotationNotices;
import org.annals.notes.AnnotationService;
import org.annals.event.ui.spi.EventGridMarker;
import org.annals.live.LiveNotice;
import org.springframework.stereotype.Component;

/** The events grid's "Open threads" column and its "has open threads" filter. */
@Component
class OpenThreadsMarker implements EventGridMarker {

    private final AnnotationService notes;

    OpenThreadsMarker(AnnotationService notes) {
        this.notes = notes;
    }

    @Override
    public String key() {
        return "open-threads";
    }

    @Override
    public String header() {
        return I18NProvider.translate("notes.openThreads.header");
    }

    @Override
    public String filterLabel() {
        return I18NProvider.translate("notes.openThreads.filter");
    }

    @Override
    public Map<Long, Integer> counts(String timelineSlug, Collection<Long> eventIds) {
        return notes.openThreadCounts(timelineSlug, eventIds);
    }

    @Override
    public boolean changesWith(LiveNotice notice) {
        return notice.kind() == AnnotationNotices.NOTE;
    }

    @Override
    public Set<Long> eventsWithAny(String timelineSlug) {
        return notes.eventsWithOpenThreads(timelineSlug);
    }
}
