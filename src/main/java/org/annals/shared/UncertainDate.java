package org.annals.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only as precisely as the sources allow: the earliest and latest day it can be (inclusive), how it is
 * known ({@link DatePrecision}), and the nominal day its label names (the pinned day of an approximate date; the first
 * day otherwise). Parses and prints EDTF level 1 (ISO 8601-2) for the forms Annals supports; see
 * docs/decisions/0004-uncertain-dates.md for the choices.
 */
public record UncertainDate(LocalDate earliest, LocalDate latest, DatePrecision precision, LocalDate nominal)
        implements Comparable<UncertainDate> {

    /** The first and the last day a date may name: EDTF's four-digit years, as PostgreSQL and browsers read them. */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /** Window an approximate day gets when only "about this day" is known: a day either side. */
    public static final int DEFAULT_APPROXIMATE_MARGIN_DAYS = 1;

    private static final Comparator<UncertainDate> ORDER = Comparator.comparing(UncertainDate::earliest)
            .thenComparing(UncertainDate::latest)
            .thenComparing(UncertainDate::nominal)
            .thenComparing(UncertainDate::precision);

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern APPROXIMATE_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})~");
    private static final Pattern UNSPECIFIED_DAY = Pattern.compile("(\\d{4}-\\d{2})-XX");
    private static final Pattern UNSPECIFIED_MONTH = Pattern.compile("(\\d{4})-XX(-XX)?");
    /** EDTF's seasons: 21 spring, 22 summer, 23 autumn, 24 winter (level 1). */
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(2[1-4])");
    /** A day of a month nobody recorded: 2022-XX-15. */
    private static final Pattern UNSPECIFIED_MONTH_OF_DAY = Pattern.compile("(\\d{4})-XX-(\\d{2})");
    /** A decade or a century: 201X, 20XX. */
    private static final Pattern UNSPECIFIED_YEAR = Pattern.compile("(\\d{2})(\\d|X)X");

    public UncertainDate {
        if (earliest == null || latest == null || precision == null || nominal == null) {
            throw new InvalidInputException(null, "A date needs its earliest day, latest day, precision and nominal day",
                    "form.uncertain.parts");
        }
        if (latest.isBefore(earliest)) {
            throw new InvalidInputException(null, "The latest day " + latest + " is before the earliest day " + earliest,
                    "form.uncertain.reversed", latest, earliest);
        }
        if (nominal.isBefore(earliest) || nominal.isAfter(latest)) {
            throw new InvalidInputException(null, "The nominal day " + nominal + " is outside " + earliest + "–" + latest,
                    "form.uncertain.nominalOutside", nominal, earliest, latest);
        }
        if (earliest.isBefore(FIRST_DAY) || latest.isAfter(LAST_DAY)) {
            throw new InvalidInputException(null, "Years must lie between 0001 and 9999", "form.uncertain.years");
        }
        switch (precision) {
            case DAY -> require(earliest.equals(latest), "A day-precise date has one day", "day");
            case MONTH -> require(earliest.getDayOfMonth() == 1 && YearMonth.from(earliest).atEndOfMonth().equals(latest)
                    && nominal.equals(earliest), "A month-precise date covers exactly one calendar month", "month");
            case YEAR -> require(earliest.getDayOfYear() == 1 && latest.equals(Year.from(earliest).atMonth(12).atEndOfMonth())
                    && nominal.equals(earliest), "A year-precise date covers exactly one calendar year", "year");
            case RANGE -> require(earliest.isBefore(latest) && nominal.equals(earliest),
                    "A range runs from one day to a later day", "range");
            case APPROXIMATE -> { /* any window around the nominal day */ }
        }
    }

    /**
     * {@code day}, or the nearest day a date may name: a window computed around dates (a view's margin around the first
     * and last events, a zoomed-out view) stays where every later step can read it.
     */
    public static LocalDate withinYears(LocalDate day) {
        return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
    }

    private static void require(boolean condition, String message, String precision) {
        if (!condition) {
            throw new InvalidInputException(null, message, "form.uncertain." + precision);
        }
    }

    public static UncertainDate day(LocalDate day) {
        return new UncertainDate(day, day, DatePrecision.DAY, day);
    }

    public static UncertainDate month(YearMonth month) {
        return new UncertainDate(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH, month.atDay(1));
    }

    public static UncertainDate year(Year year) {
        LocalDate first = year.atDay(1);
        return new UncertainDate(first, year.atMonth(12).atEndOfMonth(), DatePrecision.YEAR, first);
    }

    /** About {@code nominal}, with the default window of a day either side. */
    public static UncertainDate approximately(LocalDate nominal) {
        return new UncertainDate(nominal.minusDays(DEFAULT_APPROXIMATE_MARGIN_DAYS),
                nominal.plusDays(DEFAULT_APPROXIMATE_MARGIN_DAYS), DatePrecision.APPROXIMATE, nominal);
    }

    /** About {@code nominal}, somewhere between {@code earliest} and {@code latest} as the sources say. */
    public static UncertainDate approximately(LocalDate nominal, LocalDate earliest, LocalDate latest) {
        return new UncertainDate(earliest, latest, DatePrecision.APPROXIMATE, nominal);
    }

    /** A day in, or the days of, the interval; one day collapses to {@link #day}. */
    /**
     * A season (EDTF 21–24) as the months it spans in the northern hemisphere's meteorological reckoning: spring
     * March–May, summer June–August, autumn September–November, winter the December of the year to the end of
     * February after it. Kept as that window: an honest "between", shown and exported as such.
     */
    static UncertainDate season(java.time.Year year, int season) {
        java.time.YearMonth first = year.atMonth(3 + (season - 21) * 3);
        return between(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    public static UncertainDate between(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            throw new InvalidInputException(null, "The interval ends (" + last + ") before it starts (" + first + ")",
                    "form.uncertain.intervalReversed", last, first);
        }
        return first.equals(last) ? day(first) : new UncertainDate(first, last, DatePrecision.RANGE, first);
    }

    /**
     * Reads an EDTF level-1 date: {@code 2022-02-24}, {@code 2023-06}, {@code 2023}, {@code 2022-04-02~},
     * {@code 2023-06-23/2023-06-24}, and the unspecified-digit forms {@code 2023-06-XX}, {@code 2023-XX-XX}.
     *
     * @throws InvalidInputException with a message a person can act on
     */
    public static UncertainDate parse(String edtf) {
        String text = edtf == null ? "" : edtf.strip();
        if (text.isEmpty()) {
            throw invalid(text, "a date is required", "required");
        }
        if (text.length() > 40) {
            throw invalid(text.substring(0, 40) + "…", "too long for a date", "tooLong");
        }
        int slash = text.indexOf('/');
        if (slash >= 0) {
            return parseInterval(text, text.substring(0, slash), text.substring(slash + 1));
        }
        Matcher m;
        if ((m = DAY.matcher(text)).matches()) {
            return day(toDay(text, m.group(1), m.group(2), m.group(3)));
        }
        if ((m = APPROXIMATE_DAY.matcher(text)).matches()) {
            return approximately(parseDayOnly(m.group(1)));
        }
        if ((m = SEASON.matcher(text)).matches()) {
            return season(toYear(text, m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            return month(toMonth(text, m.group(1), m.group(2)));
        }
        if ((m = YEAR.matcher(text)).matches()) {
            return year(toYear(text, m.group(1)));
        }
        if ((m = UNSPECIFIED_DAY.matcher(text)).matches()) {
            return parse(m.group(1));
        }
        if ((m = UNSPECIFIED_MONTH.matcher(text)).matches()) {
            return parse(m.group(1));
        }
        if ((m = UNSPECIFIED_MONTH_OF_DAY.matcher(text)).matches()) {
            // the window is every month's such day of the year: January's (every month has up to 31) to December's
            LocalDate first = toDay(text, m.group(1), "01", m.group(2));
            return between(first, first.withMonth(12));
        }
        if ((m = UNSPECIFIED_YEAR.matcher(text)).matches()) {
            boolean decade = !m.group(2).equals("X");
            int from = Integer.parseInt(m.group(1) + (decade ? m.group(2) : "0") + "0");
            return between(LocalDate.of(from, 1, 1), LocalDate.of(from + (decade ? 9 : 99), 12, 31));
        }
        if (text.endsWith("?") || text.endsWith("%") || text.endsWith("~")) {
            throw invalid(text, "only '~' (approximately) on a full day such as 2022-04-02~ is supported; "
                    + "for an uncertain month or year give the month (2023-06) or the year (2023)", "approximateDayOnly");
        }
        throw invalid(text, "write it as EDTF: 2022-02-24, 2023-06, 2023, 2022-04-02~ or 2023-06-23/2023-06-24", "notEdtf");
    }

    private static UncertainDate parseInterval(String text, String from, String to) {
        if (from.isBlank() || to.isBlank() || from.equals("..") || to.equals("..")) {
            throw invalid(text, "open-ended intervals are not supported; give both ends", "openInterval");
        }
        UncertainDate first = parse(from);
        UncertainDate last = parse(to);
        if (first.precision == DatePrecision.APPROXIMATE || last.precision == DatePrecision.APPROXIMATE) {
            throw invalid(text, "give the ends of an interval as days, months or years, without '~'", "approximateEnds");
        }
        if (last.latest.isBefore(first.earliest)) {
            throw invalid(text, "the interval ends before it starts", "reversed");
        }
        return between(first.earliest, last.latest);
    }

    private static LocalDate parseDayOnly(String text) {
        Matcher m = DAY.matcher(text);
        if (!m.matches()) {
            throw invalid(text, "not a day", "notADay");
        }
        return toDay(text, m.group(1), m.group(2), m.group(3));
    }

    private static LocalDate toDay(String text, String year, String month, String day) {
        YearMonth ym = toMonth(text, year, month);
        int d = Integer.parseInt(day);
        if (d < 1 || d > ym.lengthOfMonth()) {
            throw invalid(text, "there is no day " + d + " in " + ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                    + " " + ym.getYear() + " (it has " + ym.lengthOfMonth() + " days)", "noSuchDay", d,
                    // mid-month at noon UTC: the same month in any time zone the text is formatted in
                    java.util.Date.from(ym.atDay(15).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)), ym.lengthOfMonth());
        }
        return ym.atDay(d);
    }

    private static YearMonth toMonth(String text, String year, String month) {
        int m = Integer.parseInt(month);
        if (m >= 21 && m <= 24) {
            throw invalid(text, "a season (21–24) has no days; give the season alone (2022-21), a month or an interval", "season");
        }
        if (m < 1 || m > 12) {
            throw invalid(text, "there is no month " + m, "noSuchMonth", m);
        }
        return YearMonth.of(toYear(text, year).getValue(), m);
    }

    private static Year toYear(String text, String year) {
        int y = Integer.parseInt(year);
        if (y < 1) {
            throw invalid(text, "years start at 0001", "yearZero");
        }
        try {
            return Year.of(y);
        } catch (DateTimeException e) {
            throw invalid(text, "not a year", "notAYear");
        }
    }

    /** {@code reason}: the last part of the message's key, {@code form.date.<reason>}, whose first argument is the text. */
    private static InvalidInputException invalid(String text, String why, String reason, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = text;
        System.arraycopy(more, 0, args, 1, more.length);
        return new InvalidInputException(null, "'" + text + "' is not a valid date: " + why, "form.date." + reason, args);
    }

    /** EDTF for this date; {@code parse(toEdtf())} gives it back for every value EDTF can express. */
    public String toEdtf() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> String.format("%04d", earliest.getYear());
            case APPROXIMATE -> nominal + "~";
            case RANGE -> earliest + "/" + latest;
        };
    }

    /** Whether the day window overlaps [from, to]: "June 2023" overlaps "10–20 June 2023". */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !earliest.isAfter(to) && !latest.isBefore(from);
    }

    /** Whether this date uses the default approximate window, i.e. EDTF says everything about it. */
    public boolean expressedFullyByEdtf() {
        return parse(toEdtf()).equals(this);
    }

    @Override
    public int compareTo(UncertainDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return toEdtf() + "[" + earliest + ".." + latest + "]";
    }
}
