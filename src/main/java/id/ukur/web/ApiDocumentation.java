package id.ukur.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's head: what the API is and how a client signs in. Both schemes
 * are declared and required on every operation, so that generated clients send
 * credentials; the public verification is the one operation without them (docs/api.md).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BASIC = "basic";

	static final String TOKEN = "token";

	private static final String PUBLIC_PREFIX = "/api/v1/verify/";

	@Bean
	OpenAPI ukurOpenApi() {
		SecurityScheme basic = new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("basic")
			.description("A user's name and password (can be switched off with ukur.api.basic-enabled=false)");
		SecurityScheme token = new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("ukr_…")
			.description("A personal API token created on the profile page: Authorization: Bearer ukr_…");
		return new OpenAPI()
			.info(new Info().title("Ukur API")
				.version("v1")
				.description("Performance measurement (SAKIP) of regional agencies. Reference: docs/api.md"))
			.components(new Components().addSecuritySchemes(BASIC, basic).addSecuritySchemes(TOKEN, token))
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.addSecurityItem(new SecurityRequirement().addList(TOKEN));
	}

	/**
	 * Public operations carry an empty security list: no credentials are needed there.
	 */
	@Bean
	OpenApiCustomizer publicOperations() {
		return (api) -> api.getPaths().forEach((path, item) -> {
			if (path.startsWith(PUBLIC_PREFIX)) {
				item.readOperations().forEach(ApiDocumentation::anonymous);
			}
		});
	}

	private static void anonymous(Operation operation) {
		operation.setSecurity(java.util.List.of());
	}

}
