package id.ukur.sop.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision stored before steps had a reading, with the seed's readings in its remarks,
 * comes out of the migration as the seed is now; remarks someone wrote stay as they are.
 */
class SopReadingsMigrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "lpk-disperinaker", "pwk-dkupp", "pbl-disperinaker", "lmg-disnaker", "wkn-dpmk" })
	void theSeedsReadingsLeaveTheRemarksOfAStoredRevision(String agency) throws IOException {
		SopDefinition seed = SeedSopsTest.load(agency);
		JsonNode stored = JSON.readTree(JSON.writeValueAsString(asBefore(seed)));

		assertThat(SopReadingsMigration.move(stored, SopReadingsMigration.seedSplits())).isTrue();

		assertThat(JSON.treeToValue(stored, SopDefinition.class)).isEqualTo(seed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "lmg-disnaker" })
	void remarksSomeoneWroteAndReadingsAlreadyApartAreLeftAlone(String agency) throws IOException {
		SopDefinition seed = SeedSopsTest.load(agency);
		JsonNode stored = JSON.readTree(JSON.writeValueAsString(seed));
		((ObjectNode) stored.get("steps").get(0)).put("remarks", "Disposisi melalui aplikasi surat");
		JsonNode before = stored.deepCopy();

		assertThat(SopReadingsMigration.move(stored, SopReadingsMigration.seedSplits())).isFalse();

		assertThat(stored).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "wkn-dpmk" })
	void aStoredRevisionWithoutTheFieldGetsIt(String agency) throws IOException {
		SopDefinition seed = SeedSopsTest.load(agency);
		ObjectNode stored = (ObjectNode) JSON.readTree(JSON.writeValueAsString(asBefore(seed)));
		for (JsonNode step : stored.get("steps")) {
			((ObjectNode) step).remove("reading");
		}
		Map<String, SopReadingsMigration.Split> splits = SopReadingsMigration.seedSplits();

		SopReadingsMigration.move(stored, splits);

		assertThat(stored.get("steps").get(0).get("reading").stringValue()).isEqualTo(seed.step(1).reading());
		assertThat(stored.get("steps").get(0).get("remarks").isNull()).isTrue();
	}

	/** The seed as it was stored before: remarks, a space, the reading; no reading. */
	private static SopDefinition asBefore(SopDefinition seed) {
		List<Step> steps = seed.steps()
			.stream()
			.map((s) -> new Step(s.number(), s.activity(), s.lanes(), s.symbol(), s.binding(), s.decision(), s.inputs(),
					s.time(), s.output(), joined(s.remarks(), s.reading()), null))
			.toList();
		return new SopDefinition(seed.identity(), seed.lanes(), steps);
	}

	private static String joined(String remarks, String reading) {
		if (reading == null) {
			return remarks;
		}
		return (remarks == null) ? reading : remarks + " " + reading;
	}

}
