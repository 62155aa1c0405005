package org.annals.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes uncertain dates for people, honestly: "24 Feb 2022", "June 2023", "2023", "c. 2 Apr 2022",
 * "23–24 Jun 2023", "30 Jun – 2 Jul 2023". English and Ukrainian wording; other locales get English words with
 * their own month names.
 */
public final class DateLabels {

    private DateLabels() {
    }

    public static String of(UncertainDate date, Locale requested) {
        Locale locale = wording(requested);
        return switch (date.precision()) {
            case DAY -> day(date.earliest(), locale);
            case MONTH -> capitalise(formatter("LLLL yyyy", locale).format(date.earliest()), locale);
            case YEAR -> String.valueOf(date.earliest().getYear());
            case APPROXIMATE -> circa(locale) + " " + day(date.nominal(), locale);
            case RANGE -> interval(date.earliest(), date.latest(), locale);
        };
    }

    /** The label of an event that has a start and maybe an end; two day-precise ends read as one interval. */
    public static String of(UncertainDate start, @Nullable UncertainDate end, Locale requested) {
        Locale locale = wording(requested);
        if (end == null || end.equals(start)) {
            return of(start, locale);
        }
        if (start.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY) {
            return interval(start.earliest(), end.earliest(), locale);
        }
        return of(start, locale) + " – " + of(end, locale);
    }

    private static String interval(LocalDate first, LocalDate last, Locale locale) {
        if (first.getYear() != last.getYear()) {
            return day(first, locale) + " – " + day(last, locale);
        }
        if (first.getMonth() != last.getMonth()) {
            return formatter("d MMM", locale).format(first) + " – " + day(last, locale);
        }
        return first.getDayOfMonth() + "–" + day(last, locale);
    }

    // British English abbreviates September as "Sept"; every English reader gets the plain "Sep".
    private static Locale wording(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : locale;
    }

    private static String day(LocalDate day, Locale locale) {
        return formatter("d MMM yyyy", locale).format(day);
    }

    private static String circa(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? "бл." : "c.";
    }

    private static String capitalise(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private static final java.util.Map<String, DateTimeFormatter> FORMATTERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Formatters are immutable and costly to build from a pattern: one per pattern and language, reused. */
    private static DateTimeFormatter formatter(String pattern, java.util.Locale locale) {
        return FORMATTERS.computeIfAbsent(pattern + "|" + locale.toLanguageTag(), k -> DateTimeFormatter.ofPattern(pattern, locale));
    }
}
