package org.annals.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import org.annals.shared.InvalidInputException;
import org.annals.shared.PlainText;
import org.jspecify.annotations.Nullable;

/** A published source as given by an editor or an import file. Only http(s) URLs are accepted. */
public record SourceInput(String url, @Nullable String publisher, @Nullable String title, @Nullable LocalDate publishedOn,
        @Nullable String language, @Nullable String archiveUrl) {

    public SourceInput {
        url = httpUrl("url", url);
        publisher = PlainText.optional("publisher", publisher, 200);
        title = PlainText.optional("title", title, 500);
        language = PlainText.optional("language", language, 35);
        if (language != null && !language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            throw new InvalidInputException("language", "Give the language as a code such as 'en' or 'uk'", "form.refusal.source.language");
        }
        archiveUrl = archiveUrl == null || archiveUrl.isBlank() ? null : httpUrl("archiveUrl", archiveUrl);
    }

    static String httpUrl(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "A source URL is required", "form.refusal.source.urlRequired");
        }
        String text = value.strip();
        if (text.length() > 2000) {
            throw new InvalidInputException(field, "The URL is longer than 2000 characters", "form.refusal.source.urlTooLong");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidInputException(field, "A source URL must be an http:// or https:// address with a host: '" + text + "'", "form.refusal.source.urlScheme", text);
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "Not a valid URL: '" + text + "' (" + e.getReason() + ")", "form.refusal.source.urlInvalid", text, e.getReason());
        }
        return text;
    }
}
