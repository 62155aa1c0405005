package org.annals.event.ui.spi;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.live.Presence;

/**
 * Who has this event open right now, as avatars with a line of text (for screen readers and tests too): on the editor
 * and on the annotators' notes page.
 */
public class PresenceBar extends HorizontalLayout {

    private final AvatarGroup avatars = new AvatarGroup();
    private final Span text = new Span();

    public PresenceBar() {
        setId("presence");
        text.setId("presence-text");
        avatars.setMaxItemsVisible(8);
        setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(avatars, text);
        setVisible(false);
    }

    public void show(List<Presence> here, String me) {
        avatars.setItems(here.stream().map(p -> new AvatarGroup.AvatarGroupItem(p.user())).toList());
        text.setText(getTranslation("editor.presence.hereNow", here.stream()
                .map(p -> (p.user().equals(me) ? getTranslation("editor.presence.you", p.user()) : p.user()) + " – "
                        + activity(p))
                .collect(Collectors.joining(", "))));
        setVisible(!here.isEmpty());
    }

    private String activity(Presence p) {
        return getTranslation("editor.presence.activity." + p.activity().name());
    }
}
