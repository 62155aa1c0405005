package org.annals.notes.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The @usernames a note mentions; "someone@example.org" is an address, not a mention. */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99})");

    private Mentions() {
    }

    public static Set<String> in(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(markdown);
        while (matcher.find()) {
            // a sentence may end right after a name: "ask @anna."
            names.add(matcher.group(1).replaceAll("[._-]+$", ""));
        }
        return names;
    }
}
