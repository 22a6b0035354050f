package id.ukur.sop.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.Symbol;
import id.ukur.sop.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each seed SOP as shipped matches its source text: the step count, the lanes in the
 * seed's order and names, and every standard time as the seed writes it.
 */
class SeedSopsTest {

	static Stream<Arguments> seeds() {
		return Stream.of(
				Arguments.of("lpk-disperinaker", 10,
						List.of("Kepala Dinas", "Sekretaris", "Bidang", "Tim AKIP", "Staf"),
						List.of("10 menit", "60 menit", "120 menit", "120 menit", "1 hari", "180 menit", "60 menit",
								"90 menit", "30 menit", "10 menit")),
				Arguments.of("pwk-dkupp", 13, List.of("Kepala Dinas", "Sekretaris", "Tim Evaluasi Kinerja", "Bidang"),
						List.of("15 menit", "60 menit", "25 menit", "30 menit", "120 menit", "120 menit", "240 menit",
								"40 menit", "60 menit", "25 menit", "10 menit", "20 menit", "10 menit")),
				Arguments.of("pbl-disperinaker", 11,
						List.of("Kepala Dinas", "Sekretaris", "Kepala Bidang / Kasubag / Kasie",
								"Kasubag Program dan Keuangan", "BAPPEDA LITBANG"),
						List.of("10 menit", "5 menit", "5 menit", "1 jam", "1 jam", "3 hari", "1 hari", "3 hari",
								"2 hari", "1 hari", "1 jam")),
				Arguments.of("lmg-disnaker", 7,
						List.of("SEKRETARIS", "KASUBBAG. PROGRAM DAN EVALUASI", "SEK. TIM SAKIP", "ANGG. TIM SAKIP"),
						List.of("10 menit", "20 menit", "1 hari", "1 hari", "1 hari", "1 hari", "30 menit")),
				Arguments.of("wkn-dpmk", 9,
						List.of("Kepala Badan", "Sekretaris", "Fungsional Perencana", "Tim SAKIP", "Staf"),
						List.of("15 menit", "15 menit", "1 hari", "1 hari", "1 hari", "1 hari", "1 hari", "1 hari",
								"1 hari")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void theSeedIsEncodedFaithfully(String agency, int steps, List<String> lanes, List<String> times)
			throws IOException {
		SopDefinition sop = load(agency);
		assertThat(sop.steps()).hasSize(steps);
		assertThat(sop.lanes()).extracting(SopDefinition.Lane::name).containsExactlyElementsOf(lanes);
		assertThat(sop.steps()).extracting((step) -> step.time().display()).containsExactlyElementsOf(times);
		assertThat(sop.steps()).allSatisfy((step) -> {
			assertThat(step.activity()).isNotBlank();
			assertThat(step.output()).as("output of step " + step.number()).isNotBlank();
		});
		assertThat(SopValidator.check(sop)).as("the seed passes the import rules").isEmpty();
		assertThat(sop.steps().get(0).symbol()).isEqualTo(Symbol.START);
		assertThat(sop.steps().get(steps - 1).symbol()).isEqualTo(Symbol.END);
		assertThat(sop.identity().approvedBy() == null || sop.identity().approvedBy().nip() == null
				|| !List.of("197007091998031012", "197004071998031008", "196912201990031009", "197511011995031001")
					.contains(sop.identity().approvedBy().nip().replace(" ", "")))
			.as("no real official's NIP from the seed")
			.isTrue();
	}

	/**
	 * Keterangan as the seed SOP writes it: only Lamongan's step 3 has one ("SOP rapat
	 * internal"); how the encoder read the rest is in each step's reading.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void remarksKeepOnlyWhatTheSeedWrites(String agency) throws IOException {
		SopDefinition sop = load(agency);
		Map<Integer, String> written = agency.equals("lmg-disnaker") ? Map.of(3, "SOP rapat internal.") : Map.of();
		Map<Integer, String> remarks = new HashMap<>();
		sop.steps()
			.stream()
			.filter((step) -> step.remarks() != null)
			.forEach((step) -> remarks.put(step.number(), step.remarks()));
		assertThat(remarks).isEqualTo(written);
		assertThat(sop.steps()).anySatisfy((step) -> assertThat(step.reading()).isNotBlank());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("seeds")
	void theSeedsNotableDifferencesAreThere(String agency) throws IOException {
		SopDefinition sop = load(agency);
		switch (agency) {
			case "lpk-disperinaker" -> {
				Step review = decision(sop);
				assertThat(sop.lane(review.lanes().get(0)).name()).isEqualTo("Sekretaris");
				assertThat(review.decision().noTarget()).isLessThan(review.number());
				assertThat(binding(sop, Checkpoint.ARCHIVE).lanes()).contains(laneKey(sop, "Staf"));
			}
			case "pwk-dkupp" -> {
				assertThat(sop.step(4).binding()).isEqualTo(Checkpoint.MANUAL);
				assertThat(sop.step(5).binding()).isEqualTo(Checkpoint.MANUAL);
				assertThat(sop.step(12).binding()).isEqualTo(Checkpoint.MANUAL);
				assertThat(sop.step(13).binding()).isEqualTo(Checkpoint.ARCHIVE);
			}
			case "pbl-disperinaker" -> {
				assertThat(sop.step(1).binding()).isEqualTo(Checkpoint.ORDER);
				assertThat(sop.step(6).time().unit()).isEqualTo(TimeUnit.WORKING_DAYS);
				assertThat(sop.step(6).time().amount()).isEqualByComparingTo(new BigDecimal(3));
				assertThat(binding(sop, Checkpoint.SEND).lanes()).contains(laneKey(sop, "BAPPEDA LITBANG"));
			}
			case "lmg-disnaker" -> {
				assertThat(sop.lanes()).noneMatch((lane) -> lane.role() == id.ukur.organization.Role.HEAD);
				assertThat(sop.step(1).binding()).isEqualTo(Checkpoint.ORDER);
				assertThat(sop.step(1).lanes()).containsExactly(laneKey(sop, "SEKRETARIS"));
				assertThat(sop.step(7).reading()).isNotBlank();
			}
			case "wkn-dpmk" -> {
				Step seven = sop.step(7);
				assertThat(seven.symbol()).isEqualTo(Symbol.DECISION);
				assertThat(seven.decision().noBranch()).isEqualTo(Checkpoint.FOLLOW_UP);
				assertThat(sop.step(8).binding()).isEqualTo(Checkpoint.SIGN);
			}
			default -> throw new IllegalArgumentException(agency);
		}
	}

	private static Step decision(SopDefinition sop) {
		return sop.steps().stream().filter((step) -> step.symbol() == Symbol.DECISION).findFirst().orElseThrow();
	}

	private static Step binding(SopDefinition sop, Checkpoint checkpoint) {
		return sop.steps().stream().filter((step) -> step.binding() == checkpoint).findFirst().orElseThrow();
	}

	private static String laneKey(SopDefinition sop, String name) {
		return sop.lanes().stream().filter((lane) -> lane.name().equals(name)).findFirst().orElseThrow().key();
	}

	static SopDefinition load(String agency) throws IOException {
		try (InputStream in = SeedSopsTest.class.getResourceAsStream("/sop/seeds/" + agency + ".yaml")) {
			// read as an import reads it: field by field, every problem listed
			SopReader.Result read = SopReader.read(SopYaml.mapper().readTree(in));
			assertThat(read.problems()).as(agency).isEmpty();
			return read.definition();
		}
	}

}
