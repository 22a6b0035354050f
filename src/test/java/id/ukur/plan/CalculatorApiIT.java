package id.ukur.plan;

import id.ukur.support.Api;
import id.ukur.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculator answers the worked examples of calculation.md through HTTP. */
class CalculatorApiIT extends IntegrationTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"reverse difference 7 / 6.5 | {\"polarity\":\"LOWER_IS_BETTER\",\"formula\":\"REVERSE_DIFFERENCE\",\"target\":7,\"actual\":6.5} | 107.14 | SANGAT_TINGGI",
			"reverse difference 8 / 9 | {\"polarity\":\"LOWER_IS_BETTER\",\"formula\":\"REVERSE_DIFFERENCE\",\"target\":8,\"actual\":9} | 87.50 | TINGGI",
			"range above | {\"polarity\":\"HIGHER_IS_BETTER\",\"targetMin\":80,\"targetMax\":90,\"actual\":92} | 102.22 | SANGAT_TINGGI",
			"range below | {\"polarity\":\"HIGHER_IS_BETTER\",\"targetMin\":80,\"targetMax\":90,\"actual\":70} | 87.50 | TINGGI",
			"range inside | {\"polarity\":\"HIGHER_IS_BETTER\",\"targetMin\":80,\"targetMax\":90,\"actual\":85} | 100.00 | SANGAT_TINGGI",
			"lower range below | {\"polarity\":\"LOWER_IS_BETTER\",\"targetMin\":7,\"targetMax\":8,\"actual\":6.5} | 107.14 | SANGAT_TINGGI",
			"lower range above | {\"polarity\":\"LOWER_IS_BETTER\",\"targetMin\":7,\"targetMax\":8,\"actual\":9} | 87.50 | TINGGI",
			"lower zero target zero actual | {\"polarity\":\"LOWER_IS_BETTER\",\"target\":0,\"actual\":0} | 100.00 | SANGAT_TINGGI",
			"lower zero target positive actual | {\"polarity\":\"LOWER_IS_BETTER\",\"target\":0,\"actual\":2} | 0.00 | SANGAT_RENDAH",
			"qualitative | {\"polarity\":\"HIGHER_IS_BETTER\",\"target\":\"WTP\",\"actual\":\"WDP\",\"scale\":[{\"value\":\"WTP\",\"score\":4},{\"value\":\"WDP\",\"score\":3}]} | 75.00 | SEDANG" })
	void workedExamples(String name, String body, String achievement, String rating) {
		Api.Response response = api("lpk-disperinaker.perencana").post("/api/v1/achievement", body);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("achievement").decimalValue()).isEqualByComparingTo(achievement);
		assertThat(response.json().get("rating").asString()).isEqualTo(rating);
		assertThat(response.json().get("status").asString()).isEqualTo("COMPUTED");
		assertThat(response.json().get("explanation").asString()).isNotBlank();
	}

	@Test
	void theExampleOfApiMdAnswersWithItsExplanation() {
		Api.Response response = api("lpk-disperinaker.perencana").post("/api/v1/achievement",
				"{\"polarity\":\"LOWER_IS_BETTER\",\"formula\":\"REVERSE_DIFFERENCE\",\"target\":8,\"actual\":9}");
		assertThat(response.json().get("ratingLabel").asString()).isEqualTo("Tinggi");
		assertThat(response.json().get("explanation").asString()).isEqualTo("(2 − 9 / 8) × 100 = 87,50");
	}

	@Test
	void zeroTargetHigherIsBetterIsNotComputableWithTheReason() {
		Api.Response response = api("lpk-disperinaker.tim").post("/api/v1/achievement",
				"{\"polarity\":\"HIGHER_IS_BETTER\",\"target\":0,\"actual\":5}");
		assertThat(response.json().get("status").asString()).isEqualTo("NOT_COMPUTABLE");
		assertThat(response.json().get("achievement").isNull()).isTrue();
		assertThat(response.json().get("explanation").asString()).contains("tidak dapat dihitung");
	}

	@Test
	void aMissingActualIsNotReportedNotZero() {
		Api.Response response = api("lpk-disperinaker.tim").post("/api/v1/achievement",
				"{\"polarity\":\"HIGHER_IS_BETTER\",\"target\":10}");
		assertThat(response.json().get("status").asString()).isEqualTo("NOT_REPORTED");
	}

	@Test
	void batchesAndPeriodsAnswerInOrder() {
		Api.Response response = api("lpk-disperinaker.tim").post("/api/v1/achievement",
				"{\"cases\":[{\"polarity\":\"HIGHER_IS_BETTER\",\"target\":100,\"actual\":50},"
						+ "{\"polarity\":\"HIGHER_IS_BETTER\",\"aggregation\":\"CUMULATIVE\",\"periods\":["
						+ "{\"target\":10,\"actual\":12},{\"target\":20,\"actual\":18},{\"target\":30}]}]}");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("cases").get(0).get("achievement").decimalValue()).isEqualByComparingTo("50");
		assertThat(response.json().get("cases").get(1).get("achievement").decimalValue()).isEqualByComparingTo("100");
		assertThat(response.json().get("cases").get(1).get("provisional").asBoolean()).isTrue();
	}

	@Test
	void badCasesNameTheirFieldsAndTheCalculatorNeedsAUser() {
		Api.Response response = api("lpk-disperinaker.tim").post("/api/v1/achievement",
				"{\"cases\":[{\"polarity\":\"HIGHER_IS_BETTER\",\"target\":1,\"actual\":1},"
						+ "{\"polarity\":\"HIGHER_IS_BETTER\",\"formula\":\"REVERSE_RATIO\",\"actual\":1}]}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("cases[1].formula", "cases[1].target");
		assertThat(
				anonymousApi().post("/api/v1/achievement", "{\"polarity\":\"HIGHER_IS_BETTER\",\"target\":1}").status())
			.isEqualTo(401);
	}

}
