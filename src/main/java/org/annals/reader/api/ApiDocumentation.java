package org.annals.reader.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} says about the API: its name and version, that every read operation is public
 * ({@code security: []}: no account, no key), and that the import API's operations need an administrator's API token
 * (HTTP bearer, scheme {@code apiToken}). The build lints it with Redocly's recommended rules ({@code OpenApiDocumentIT}).
 */
@Configuration
class ApiDocumentation {

    static final String VERSION = "1";
    /** The import controller's {@code @SecurityRequirement} names the same scheme. */
    static final String TOKEN = "apiToken";

    @Bean
    OpenAPI annalsReadApi() {
        return new OpenAPI().components(new io.swagger.v3.oas.models.Components().addSecuritySchemes(TOKEN,
                new io.swagger.v3.oas.models.security.SecurityScheme().type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP)
                        .scheme("bearer").description("An administrator's API token, made at /admin/tokens")))
                .info(new Info()
                .title("Annals API")
                .version(VERSION)
                .description("Published events of public timelines: honest uncertain dates (EDTF), places, actors, "
                        + "sources with verbatim quotes, disagreements between sources, published revisions and the "
                        + "corrections log, read without an account; and the import API (data set exports imported as background "
                        + "jobs) for administrators' API tokens. Errors are RFC 9457 problem+json.")
                .license(new License().name("Code: see the project's repository; data: as each timeline states")));
    }

    /** The import API's operations ask for a token; every other one is public: say so on each, so nobody guesses. */
    @Bean
    OpenApiCustomizer everyReadOperationIsPublic() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                operation.setSecurity(List.of());
            }
        }));
    }
}
