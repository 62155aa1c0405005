package org.annals.reader.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document describes the read API and nothing else, and passes a standard linter: Redocly's CLI with its
 * recommended rules, run on the document the running application serves (0 errors; warnings are printed).
 */
@IntegrationTest
class OpenApiDocumentIT {

    private static final Path DOCUMENT = Path.of("target/openapi.json");
    private static final Path NODE = Path.of(".node/bin/node");
    private static final Path REDOCLY = Path.of("target/test-npm/node_modules/@redocly/cli/bin/cli.js");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private JsonNode document() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Files.writeString(DOCUMENT, response.body());
        return json.readTree(response.body());
    }

    @Test
    void the_document_names_the_api_and_only_its_operations_each_public_but_the_imports_with_a_summary() throws Exception {
        JsonNode api = document();
        assertThat(api.get("info").get("title").asString()).isEqualTo("Annals API");
        assertThat(api.get("info").get("version").asString()).isEqualTo(ApiDocumentation.VERSION);
        List<String> paths = new ArrayList<>(api.get("paths").propertyNames());
        assertThat(paths).allMatch(path -> path.startsWith("/api/v1/timelines"), "a path of the API")
                .noneMatch(path -> path.contains("*"))
                .contains("/api/v1/timelines", "/api/v1/timelines/{slug}/events", "/api/v1/timelines/{slug}/window",
                        "/api/v1/timelines/{slug}/imports", "/api/v1/timelines/{slug}/imports/{id}");
        assertThat(api.get("components").get("securitySchemes").get(ApiDocumentation.TOKEN).get("scheme").asString())
                .isEqualTo("bearer");
        api.get("paths").properties().forEach(path -> path.getValue().forEach(operation -> {
            assertThat(operation.get("summary")).as("summary of %s", operation).isNotNull();
            assertThat(operation.get("security")).as("security of %s", operation.get("summary")).isNotNull();
            if (path.getKey().contains("/imports")) {
                assertThat(operation.get("security").toString()).as("%s needs a token", operation.get("summary"))
                        .isEqualTo("[{\"" + ApiDocumentation.TOKEN + "\":[]}]");
            } else {
                assertThat(operation.get("security").isEmpty()).as("%s is public", operation.get("summary")).isTrue();
            }
        }));
    }

    @Test
    void the_document_passes_redoclys_recommended_rules_without_an_error() throws Exception {
        document();
        Process lint = new ProcessBuilder(NODE.toString(), REDOCLY.toString(), "lint", DOCUMENT.toString(),
                "--extends=recommended", "--format=stylish")
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(2, TimeUnit.MINUTES)).as("the linter finished").isTrue();
        System.out.println("Redocly lint of " + DOCUMENT + ":\n" + output);
        assertThat(lint.exitValue()).as(output).isZero();
    }
}
