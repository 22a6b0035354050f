package id.ukur.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API is what the docs say: the OpenAPI document declares how to sign in, and the
 * reference in docs/api.md lists exactly the endpoints the application serves.
 */
class ApiDocumentationIT extends IntegrationTest {

	private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

	private static final Pattern DOCUMENTED = Pattern.compile("`(GET|POST|PUT|DELETE|PATCH) (/api/v1/[^`?\\s]*)`");

	@Test
	void theOpenApiDocumentDeclaresBasicAndTokenAndRequiresThemOutsideVerification() {
		JsonNode doc = anonymousApi().get("/v3/api-docs").json();
		JsonNode schemes = doc.get("components").get("securitySchemes");
		assertThat(schemes.get("basic").get("type").asString()).isEqualTo("http");
		assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
		assertThat(schemes.get("token").get("scheme").asString()).isEqualTo("bearer");
		Set<String> required = new TreeSet<>();
		doc.get("security").forEach((requirement) -> required.addAll(requirement.propertyNames()));
		assertThat(required).containsExactly("basic", "token");
		JsonNode verify = doc.get("paths").get("/api/v1/verify/{code}").get("get");
		assertThat(verify.get("security")).as("the public verification needs no credentials").isEmpty();
		JsonNode rounds = doc.get("paths").get("/api/v1/rounds/{id}").get("get");
		assertThat(rounds.get("security")).as("other operations inherit the global requirement").isNull();
	}

	@Test
	void theReferenceListsEveryEndpointTheApplicationServesAndNoOther() throws IOException {
		JsonNode paths = anonymousApi().get("/v3/api-docs").json().get("paths");
		Set<String> served = new TreeSet<>();
		paths.properties().forEach((path) -> path.getValue().propertyNames().forEach((method) -> {
			if (METHODS.contains(method)) {
				served.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
			}
		}));
		Set<String> documented = new TreeSet<>();
		Matcher matcher = DOCUMENTED.matcher(Files.readString(Path.of("docs/api.md")));
		while (matcher.find()) {
			documented.add(matcher.group(1) + " " + matcher.group(2));
		}
		assertThat(served).as("served endpoints").isNotEmpty();
		assertThat(documented).as("docs/api.md lists what is served, and only that").isEqualTo(served);
	}

	@Test
	void aRefusalNamesTheRuleInTheReadersLanguage() {
		Api.Response indonesian = tokenApi("lmg-disnaker.tim").put("/api/v1/agencies/lmg-disnaker/plans/2026", "{}");
		assertThat(indonesian.status()).isEqualTo(403);
		assertThat(indonesian.json().get("code").asString()).isEqualTo("access.plan.plannerOnly");
		assertThat(indonesian.json().get("detail").asString()).contains("perencana");
		Api.Response english = tokenApi("lmg-disnaker.tim").acceptLanguage("en")
			.put("/api/v1/agencies/lmg-disnaker/plans/2026", "{}");
		assertThat(english.json().get("detail").asString())
			.isEqualTo("Only the agency’s planner changes its performance plan");
	}

}
