package org.annals.importexport;

/** TimelineJS's Google Sheets template as CSV, its columns in its order, with made-up rows (for the sheet tests). */
public final class TimelineJsSheetFixture {

    private TimelineJsSheetFixture() {
    }

    /** The template's columns in its order, with made-up rows. */
    public static final String SHEET = """
            Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background
            ,,,,,,,,,Test timeline,<p>A sheet for the test</p>,,,,,title,,
            2022,2,24,05:00,,,,,,Full-scale invasion,"<p>Forces crossed the border. <a href=""https://example.org/report"">Report</a></p>",https://example.org/photo.jpg,Test Agency,Troops at dawn,,,military,
            2022,4,,,,,,,Early April 2022,Withdrawal from the north,<p>Forces withdrew.</p>,,,,,,,
            2023,,,,2024,,,,,A long year,<p>Talks went on.</p>,,,,,,talks,
            2022,,,,2023,,,,,An era,,,,,,era,,
            """;
}
