package id.ukur.sop.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Importing a definition lists every problem at once, each naming its step (or lane) and
 * field in the reader's language, and never a Java class name; what the executor cannot
 * run is refused at import.
 */
class SopImportTest {

	static final String SOP = """
			identity:
			  agencyName: DINAS CONTOH
			  name: Pengukuran Kinerja
			lanes:
			  - { key: kadis, name: Kepala Dinas, role: HEAD }
			  - { key: sekretaris, name: Sekretaris, role: SECRETARY }
			  - { key: tim, name: Tim SAKIP, role: TEAM }
			  - { key: bappeda, name: BAPPEDA, role: PLANNING_AGENCY }
			steps:
			  - number: 1
			    activity: Memerintahkan pengukuran
			    lanes: [ kadis ]
			    symbol: START
			    binding: ORDER
			    time: { amount: 10, unit: MINUTES }
			  - number: 2
			    activity: Rapat tim
			    lanes: [ tim ]
			    symbol: PROCESS
			    binding: MANUAL
			    time: { amount: 20, unit: MINUTES }
			    output: Notulen
			  - number: 3
			    activity: Mengumpulkan data
			    lanes: [ tim ]
			    symbol: PROCESS
			    binding: COLLECT
			    time: { amount: 3, unit: WORKING_DAYS }
			  - number: 4
			    activity: Menghitung capaian
			    lanes: [ tim ]
			    symbol: PROCESS
			    binding: CALCULATE
			    time: { amount: 1, unit: HOURS }
			  - number: 5
			    activity: Mereviu hasil
			    lanes: [ sekretaris ]
			    symbol: DECISION
			    binding: REVIEW
			    decision: { question: Sesuai?, noTarget: 3 }
			    time: { amount: 1, unit: HOURS }
			  - number: 6
			    activity: Menandatangani
			    lanes: [ kadis ]
			    symbol: PROCESS
			    binding: SIGN
			    time: { amount: 30, unit: MINUTES }
			  - number: 7
			    activity: Mengirim laporan
			    lanes: [ sekretaris, bappeda ]
			    symbol: END
			    binding: SEND
			    time: { amount: 30, unit: MINUTES }
			""";

	private static final ResourceBundleMessageSource MESSAGES = messages();

	private final SopService service = new SopService(null, null, JsonMapper.builder().build(), Clock.systemUTC(), null,
			null);

	static Stream<Arguments> broken() {
		return Stream.of(
				Arguments.of("time zero", swap("amount: 20,", "amount: 0,"), "steps[1].time.amount",
						"Langkah 2, jumlah waktu baku: waktu baku harus lebih dari nol",
						"Step 2, standard time amount: a standard time must be more than zero"),
				Arguments.of("time negative", swap("amount: 20,", "amount: -5,"), "steps[1].time.amount",
						"Langkah 2, jumlah waktu baku: waktu baku harus lebih dari nol",
						"Step 2, standard time amount: a standard time must be more than zero"),
				Arguments.of("unknown time unit", swap("amount: 20, unit: MINUTES", "amount: 20, unit: MENIT"),
						"steps[1].time.unit", "Langkah 2, satuan waktu baku: MENIT tidak dikenal",
						"Step 2, standard time unit: MENIT is unknown"),
				Arguments.of("unknown role", swap("role: TEAM", "role: TIM"), "lanes[2].role",
						"Pelaksana 3, peran: TIM tidak dikenal", "Actor 3, role: TIM is unknown"),
				Arguments.of("fractional step number", swap("number: 3", "number: 3.5"), "steps[2].number",
						"Langkah 3, nomor: harus bilangan bulat, tertulis 3.5",
						"Step 3, number: must be a whole number, found 3.5"),
				Arguments.of("text as step number", swap("number: 3", "number: tiga"), "steps[2].number",
						"Langkah 3, nomor: harus bilangan bulat, tertulis tiga",
						"Step 3, number: must be a whole number, found tiga"),
				Arguments.of("text as time", swap("amount: 20,", "amount: dua puluh,"), "steps[1].time.amount",
						"Langkah 2, jumlah waktu baku: harus angka", "Step 2, standard time amount: must be a number"),
				Arguments.of("text as return target", swap("noTarget: 3", "noTarget: tiga"),
						"steps[4].decision.noTarget", "Langkah 5, langkah tujuan Tidak: harus bilangan bulat",
						"Step 5, step No returns to: must be a whole number"),
				Arguments.of("unknown field", swap("output: Notulen", "ouput: Notulen"), "steps[1].ouput",
						"Langkah 2, ouput: kolom ouput tidak dikenal", "Step 2, ouput: field ouput is unknown"),
				Arguments.of("list where text belongs", swap("activity: Rapat tim", "activity: [ Rapat, tim ]"),
						"steps[1].activity", "Langkah 2, kegiatan: harus berupa teks",
						"Step 2, activity: must be text"),
				Arguments.of("order not first",
						swap("binding: ORDER", "binding: MANUAL").andThen(
								swap("symbol: PROCESS\n    binding: MANUAL", "symbol: PROCESS\n    binding: ORDER")),
						"steps[1].binding", "Langkah 2, ikatan (binding): perintah pengukuran harus langkah 1",
						"Step 2, binding: the order of the measurement must be step 1"),
				Arguments.of("region-wide lanes only",
						swap("lanes: [ tim ]\n    symbol: PROCESS\n    binding: MANUAL",
								"lanes: [ bappeda ]\n    symbol: PROCESS\n    binding: MANUAL"),
						"steps[1].lanes", "Langkah 2, pelaksana: semua pelaksananya peran tingkat daerah",
						"Step 2, actors: all its actors are region-wide roles"),
				Arguments.of("decision bound to VALIDATE", swap("binding: REVIEW", "binding: VALIDATE"),
						"steps[4].binding",
						"Langkah 5, ikatan (binding): keputusan yang terikat VALIDATE tidak pernah dapat mengambil arah Tidak",
						"Step 5, binding: a decision bound to VALIDATE can never take its No"),
				Arguments.of("decision bound to CALCULATE", swap("binding: REVIEW", "binding: CALCULATE"),
						"steps[4].binding", "keputusan yang terikat CALCULATE", "a decision bound to CALCULATE"),
				Arguments.of("decision returning to the order", swap("noTarget: 3", "noTarget: 1"),
						"steps[4].decision.noTarget", "Langkah 5, langkah tujuan Tidak: kembali ke langkah 1",
						"Step 5, step No returns to: returns to step 1, the order of the measurement"),
				Arguments.of("two ends", swap("symbol: PROCESS\n    binding: SIGN", "symbol: END\n    binding: SIGN"),
						"steps", "Langkah-langkah: SOP paling banyak memiliki satu langkah Selesai (ada 2)",
						"Steps: An SOP has at most one End step (found 2)"),
				Arguments.of("end before the last step",
						swap("symbol: PROCESS\n    binding: SIGN", "symbol: END\n    binding: SIGN"), "steps[5].symbol",
						"Langkah 6, simbol: simbol Selesai hanya untuk langkah terakhir",
						"Step 6, symbol: the End symbol belongs to the last step only"),
				Arguments.of("follow-up branch on a review", swap("noTarget: 3", "noBranch: FOLLOW_UP"),
						"steps[4].decision.noBranch", "cabang tindak lanjut hanya untuk FOLLOW_UP",
						"a follow-up branch is for FOLLOW_UP only"),
				Arguments.of("broken YAML", swap("lanes:\n  - { key: kadis", "lanes:\n - { key: kadis: x"), "",
						"SOP: definisi SOP tidak terbaca sebagai YAML/JSON di baris",
						"SOP: the SOP definition cannot be read as YAML/JSON at line"));
	}

	@Test
	void theSampleImportsAndPassesEveryRule() {
		SopDefinition sop = this.service.parse(SOP, true);
		assertThat(SopValidator.check(sop)).isEmpty();
		assertThat(sop.steps()).hasSize(7);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("broken")
	void eachProblemNamesItsStepAndFieldInBothLanguages(String name, Function<String, String> change, String field,
			String indonesian, String english) {
		List<FieldProblem> problems = problems(change.apply(SOP));
		assertThat(problems).extracting(FieldProblem::field).contains(field);
		FieldProblem problem = problems.stream().filter((p) -> p.field().equals(field)).findFirst().orElseThrow();
		String id = text(problem, Locale.forLanguageTag("id"));
		String en = text(problem, Locale.ENGLISH);
		assertThat(id).contains(indonesian);
		assertThat(en).contains(english);
		for (FieldProblem each : problems) {
			assertThat(text(each, Locale.forLanguageTag("id"))).doesNotContain("id.ukur", "java.", "Cannot ", "{");
			assertThat(text(each, Locale.ENGLISH)).doesNotContain("id.ukur", "java.", "Cannot ", "{");
		}
	}

	@Test
	void everyProblemComesAtOnceWithTheRulesTheRestBreaks() {
		String broken = SOP.replace("amount: 20,", "amount: 0,")
			.replace("unit: WORKING_DAYS", "unit: DAYS")
			.replace("role: TEAM", "role: TIM")
			.replace("number: 3", "number: tiga")
			.replace("noTarget: 3", "noTarget: 1")
			.replace("symbol: PROCESS\n    binding: SIGN", "symbol: END\n    binding: SIGN");
		List<FieldProblem> problems = problems(broken);
		assertThat(problems).extracting(FieldProblem::field)
			.as(problems.stream().map(FieldProblem::field).toList().toString())
			.contains("steps[1].time.amount", "steps[2].time.unit", "lanes[2].role", "steps[2].number",
					"steps[4].decision.noTarget", "steps[5].symbol", "steps");
	}

	@Test
	void aManualDecisionWithAReturnImports() {
		String manual = SOP.replace("  - number: 7\n", "  - number: 8\n").replace("  - number: 6\n", """
				  - number: 6
				    activity: Rapat pimpinan
				    lanes: [ kadis ]
				    symbol: DECISION
				    binding: MANUAL
				    decision: { question: Disetujui rapat?, noTarget: 2 }
				    time: { amount: 1, unit: HOURS }
				  - number: 7
				""");
		SopDefinition sop = this.service.parse(manual, true);
		assertThat(SopValidator.check(sop)).isEmpty();
		assertThat(sop.step(6).symbol()).isEqualTo(Symbol.DECISION);
		assertThat(sop.step(6).binding()).isEqualTo(Checkpoint.MANUAL);
	}

	@Test
	void jsonIsReadTheSameWay() {
		String json = """
				{"identity": {"agencyName": "X", "name": "Y"}, "lanes": [{"key": "k", "name": "K", "role": "BOSS"}],
				 "steps": [{"number": "satu", "activity": "A", "lanes": ["k"], "symbol": "START", "binding": "ORDER",
				            "time": {"amount": -1, "unit": "MINUTES"}}]}
				""";
		List<FieldProblem> problems = catchThrowableOfType(InvalidInputException.class,
				() -> this.service.parse(json, false))
			.problems();
		assertThat(problems).extracting(FieldProblem::field)
			.as(problems.stream().map(FieldProblem::field).toList().toString())
			.contains("lanes[0].role", "steps[0].number", "steps[0].time.amount", "steps");
	}

	/** What an import answers: the problems of reading, or else the rules broken. */
	private List<FieldProblem> problems(String yaml) {
		try {
			List<FieldProblem> rules = this.service.check(this.service.parse(yaml, true));
			assertThat(rules).as("refused").isNotEmpty();
			return rules;
		}
		catch (InvalidInputException refused) {
			return refused.problems();
		}
	}

	private static Function<String, String> swap(String from, String to) {
		return (text) -> {
			assertThat(text).contains(from);
			return text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
		};
	}

	private static String text(FieldProblem problem, Locale locale) {
		return MESSAGES.getMessage(problem.code(), problem.args(), locale);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
