package org.annals.importexport;

/** Rows shaped like a UCDP GED export (its columns in its order), about a made-up Testland, for the GED import tests. */
final class UcdpGedRows {

    static final String HEADER = "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
            + "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,"
            + "side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,"
            + "source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,"
            + "priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,"
            + "deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob\n";

    private UcdpGedRows() {
    }

    /** A row: its id, type of violence, sides, where_prec, coordinates, date_prec, first and last day, deaths. */
    static String row(String id, int violence, String sideA, String sideB, int wherePrecision, double latitude,
            double longitude, int datePrecision, String start, String end, int best, int low, int high) {
        return String.join(",", id, "TEST-" + id, "2022", "TRUE", "Clear", String.valueOf(violence), "1", "1",
                "Testland: Government", "1", "1", "\"" + sideA + " - " + sideB + "\"", "1", "1", "\"" + sideA + "\"", "2", "2",
                "\"" + sideB + "\"", "1", "\"Test Wire,2022-02-25,\"\"Strike reported\"\"\"", "", "", "", "",
                String.valueOf(wherePrecision), "Testville town", "\"Testville, near the river\"", "Test oblast", "",
                String.valueOf(latitude), String.valueOf(longitude), "", "", "Testland", "999", "Europe", "1",
                String.valueOf(datePrecision), start + " 00:00:00.000", end + " 00:00:00.000", "0", "0", "0", "0",
                String.valueOf(best), String.valueOf(high), String.valueOf(low), "999", "") + "\n";
    }
}
