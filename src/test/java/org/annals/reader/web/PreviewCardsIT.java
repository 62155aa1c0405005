package org.annals.reader.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.annals.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16: a shared link previews as a picture of what it is about — a card per timeline and per event, named in the
 * page's og:image — and nothing unpublished can be drawn.
 */
@IntegrationTest
class PreviewCardsIT {

    private static final String WAR = "russia-ukraine-war";
    private static final String EVENT = "2025-10-08-ryabkov-anchorage-momentum-largely-exhausted";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void timelines_and_events_have_a_card_named_in_their_page() throws Exception {
        for (String path : new String[] {"/previews/" + WAR + ".png", "/previews/" + WAR + "/" + EVENT + ".png"}) {
            HttpResponse<byte[]> card = get(path, "image/png,image/*");
            assertThat(card.statusCode()).as(path).isEqualTo(200);
            assertThat(card.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(card.headers().firstValue("Cache-Control").orElse("")).contains("public");
            assertThat(card.headers().firstValue("Set-Cookie")).isEmpty();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.body()));
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(630);
        }
        String page = new String(get("/timelines/" + WAR + "/events/" + EVENT, "text/html").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<meta property=\"og:image\" content=\"http://localhost:" + port + "/previews/" + WAR + "/" + EVENT + ".png\">")
                .contains("summary_large_image")
                // the JSON-LD keeps the date as known
                .contains("\"temporalCoverage\":\"2025-10-08\"");
    }

    @Test
    void nothing_unpublished_or_missing_is_drawn() throws Exception {
        assertThat(get("/previews/no-such-war.png", "image/png").statusCode()).isEqualTo(404);
        assertThat(get("/previews/" + WAR + "/no-such-event.png", "image/png").statusCode()).isEqualTo(404);
    }
}
