package id.ukur.organization;

import java.util.List;

import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Agency isolation through the real HTTP stack: who sees which agencies and units. */
class AgencyIsolationIT extends IntegrationTest {

	@ParameterizedTest(name = "{0} sees exactly {1}")
	@CsvSource(delimiter = ';',
			value = { "lpk-disperinaker.kepala; lpk-disperinaker", "pwk-dkupp.perencana; pwk-dkupp",
					"pwk-dinkes.tim; pwk-dinkes", "pwk-dkupp.koperasi.staf; pwk-dkupp",
					"pbl-disperinaker.sekretaris; pbl-disperinaker", "pwk.bappeda; pwk-dinkes,pwk-dkupp",
					"pwk.inspektorat; pwk-dinkes,pwk-dkupp", "pwk.admin; pwk-dinkes,pwk-dkupp", "wkn.bappeda; wkn-dpmk",
					"lmg.inspektorat; lmg-disnaker" })
	void agenciesAreThoseTheCallerMaySee(String username, String expected) {
		Api.Response response = api(username).get("/api/v1/agencies");
		assertThat(response.status()).isEqualTo(200);
		List<String> codes = response.json().valueStream().map((agency) -> agency.get("code").asString()).toList();
		assertThat(codes).containsExactly(expected.split(","));
		response.json().valueStream().forEach((agency) -> {
			assertThat(agency.get("name").asString()).isNotBlank();
			assertThat(agency.get("regionName").asString()).isNotBlank();
		});
	}

	@Test
	void unitsOfOwnAgencyAreListed() {
		Api.Response response = api("pwk-dkupp.kepala").get("/api/v1/agencies/pwk-dkupp/units");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().valueStream().map((unit) -> unit.get("code").asString()).toList())
			.contains("SEKRETARIAT", "KOPERASI", "UKM", "PERDAGANGAN", "PERINDUSTRIAN");
	}

	@ParameterizedTest(name = "{0} may not list units of {1}")
	@CsvSource({ "pwk-dkupp.kepala, pwk-dinkes", "pwk-dkupp.koperasi.staf, pwk-dinkes",
			"pwk-dinkes.perencana, pwk-dkupp", "lpk-disperinaker.tim, pwk-dkupp", "pwk.bappeda, lpk-disperinaker",
			"lpk.inspektorat, wkn-dpmk", "pwk.admin, pbl-disperinaker" })
	void anotherAgencysUnitsAreForbidden(String username, String agency) {
		Api.Response response = api(username).get("/api/v1/agencies/" + agency + "/units");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(403);
	}

	@Test
	void regionWideRolesReadEveryAgencyOfTheirRegion() {
		assertThat(api("pwk.bappeda").get("/api/v1/agencies/pwk-dinkes/units").status()).isEqualTo(200);
		assertThat(api("pwk.inspektorat").get("/api/v1/agencies/pwk-dkupp/units").status()).isEqualTo(200);
	}

	@Test
	void unknownAgencyIsNotFound() {
		Api.Response response = api("pwk.bappeda").get("/api/v1/agencies/nope/units");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void withoutCredentialsTheApiAnswers401Problem() {
		Api.Response response = anonymousApi().get("/api/v1/agencies");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}

	@Test
	void onlyTheRegionAdminChangesUnits() {
		String body = "{\"code\":\"UPT-X\",\"name\":\"UPT Uji\",\"kind\":\"TECHNICAL_UNIT\"}";
		assertThat(api("pwk-dkupp.kepala").post("/api/v1/agencies/pwk-dkupp/units", body).status()).isEqualTo(403);
		assertThat(api("lpk.admin").post("/api/v1/agencies/pwk-dkupp/units", body).status()).isEqualTo(403);
		assertThat(api("pwk.inspektorat").post("/api/v1/agencies/pwk-dkupp/units", body).status()).isEqualTo(403);
	}

}
