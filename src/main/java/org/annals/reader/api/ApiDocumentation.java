package org.annals.reader.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} says about the read API: its name and version, and that every operation is public
 * ({@code security: []}: no account, no key). The build lints it with Redocly's recommended rules
 * ({@code OpenApiDocumentIT}).
 */
@Configuration
class ApiDocumentation {

    static final String VERSION = "1";

    @Bean
    OpenAPI annalsReadApi() {
        return new OpenAPI().info(new Info()
                .title("Annals read API")
                .version(VERSION)
                .description("Published events of public timelines: honest uncertain dates (EDTF), places, actors, "
                        + "sources with verbatim quotes, disagreements between sources, published revisions and the "
                        + "corrections log. Read-only, no account; errors are RFC 9457 problem+json.")
                .license(new License().name("Code: see the project's repository; data: as each timeline states")));
    }

    /** Every operation of the read API is public: say so on each, so no reader of the document guesses. */
    @Bean
    OpenApiCustomizer everyOperationIsPublic() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations()
                .forEach(operation -> operation.setSecurity(List.of())));
    }
}
