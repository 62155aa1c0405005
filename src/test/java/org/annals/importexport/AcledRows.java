package org.annals.importexport;

/**
 * Generated rows shaped like a current ACLED export (31 columns, two actors, coordinates, notes): 30 towns over 120
 * days, so many rows of a day share their headline's first words, as a busy day of a real export does. For the import
 * tests and bench/import-acled.sh.
 */
public final class AcledRows {

    private AcledRows() {
    }

    public static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
            + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,"
            + "timestamp";

    /** {@code count} rows whose ACLED event ids are {@code prefix} and their number. */
    public static String generated(int count, String prefix) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            row(csv, i, prefix);
        }
        return csv.toString();
    }

    /** The same rows written to a file as they are made: a benchmark's 200,000 rows are never held in memory. */
    public static void write(int count, String prefix, java.nio.file.Path file) throws java.io.IOException {
        try (var out = java.nio.file.Files.newBufferedWriter(file)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < count; i++) {
                line.setLength(0);
                out.append(row(line, i, prefix));
            }
        }
    }

    private static StringBuilder row(StringBuilder csv, int i, String prefix) {
        java.time.LocalDate day = java.time.LocalDate.of(2022, 3, 1).plusDays(i % 120);
        int town = (i * 7) % 30;
        return csv.append(prefix).append(i).append(',').append(day).append(",2022,1,Political violence,"
                        + "Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Testland (2000-),,"
                        + "State forces,Civilians (Otherland),,Civilians,,Civilian targeting,999,Europe,Otherland,Test Oblast,,,"
                        + "Town ").append(town).append(',').append(48 + town / 10.0).append(',').append(30 + town / 10.0)
                .append(",1,Test Wire,National,\"Shelling hit Town ").append(town).append(", damaging houses, row ")
                .append(i).append(".\",").append(i % 4).append(",,1700000000\n");
    }
}
