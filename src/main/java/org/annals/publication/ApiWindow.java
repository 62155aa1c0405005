package org.annals.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * A visual timeline's window in the public API: small items when few enough events match, otherwise counts per
 * bucket ({@code dense}). Each item carries its honest date label and the days it may cover (last day inclusive).
 * The records document the shape (OpenAPI) and write dense answers; items arrive as JSON text already, built by
 * PostgreSQL from the readers' copies, and pass through unparsed.
 */
public record ApiWindow(int total, boolean dense, String bucket, List<ApiItem> items, List<ApiDensityBar> buckets) {

    /**
     * One event of a window. The readers' copy stores it without {@code display} and {@code permalink} (they depend on
     * the request's language and base URL, and are put in front per request), so absent ones are not written.
     */
    public record ApiItem(String slug, String headline,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String display, String edtf, LocalDate earliest,
            LocalDate lastDay, boolean fuzzy, List<String> types, @Nullable String place, @Nullable Double latitude,
            @Nullable Double longitude, boolean sourcesDisagree,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String permalink) {
    }

    public record ApiDensityBar(LocalDate start, LocalDate end, int count) {
    }

    /** The answer as UTF-8 JSON: the items' bytes are copied once, into the response body. */
    public static byte[] json(WireWindow window, ObjectMapper json) {
        String bucket = window.bucket().name().toLowerCase(Locale.ROOT);
        byte[] items = window.items();
        if (items == null) {
            List<ApiDensityBar> bars = window.density().stream()
                    .map(d -> new ApiDensityBar(d.start(), window.bucket().after(d.start()).minusDays(1), d.count())).toList();
            return json.writeValueAsBytes(new ApiWindow(window.total(), true, bucket, List.of(), bars));
        }
        byte[] head = ("{\"total\":" + window.total() + ",\"dense\":false,\"bucket\":\"" + bucket + "\",\"items\":")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ",\"buckets\":[]}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = Arrays.copyOf(head, head.length + items.length + tail.length);
        System.arraycopy(items, 0, body, head.length, items.length);
        System.arraycopy(tail, 0, body, head.length + items.length, tail.length);
        return body;
    }
}
