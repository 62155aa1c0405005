package org.annals.timeline;

import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.jspecify.annotations.Nullable;

/** A timeline to create; the slug becomes part of every public link, so it is checked strictly. */
public record NewTimeline(String slug, String title, @Nullable String description, Visibility visibility) {

    public NewTimeline {
        if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
            throw new InvalidInputException("slug", "A slug has up to 80 lower-case letters, digits and single hyphens", "admin.refusal.timelineSlug");
        }
        title = PlainText.required("title", title, 200);
        description = PlainText.optional("description", description, 2000);
        if (visibility == null) {
            throw new InvalidInputException("visibility", "Choose public or private", "admin.refusal.visibility");
        }
    }
}
