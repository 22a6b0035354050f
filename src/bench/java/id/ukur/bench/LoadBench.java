package id.ukur.bench;

import id.ukur.organization.UserAccounts;
import id.ukur.support.Api;
import id.ukur.support.RoundDriver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The deadline-day load: one region's agencies each with an {@code S1} round open for its
 * units; every unit at once saves its values and submits its form through the real HTTP
 * stack of a Ukur node in a JVM of its own (Gatling's Java DSL in this one, API tokens),
 * against the floor of the same users sending as many trivial authenticated requests.
 * Afterwards every acknowledged save is looked up in the database. Options:
 * {@code --agencies M} (35, plus one for warming up), {@code --indicators K|MIN-MAX}
 * (30-100), {@code --correct N} (every Nth value is saved a second time, 5),
 * {@code --heap H} (the node's heap, 1g), {@code --jfr} (a flight recording of the node,
 * {@code target/load/node.jfr}).
 */
final class LoadBench {

	private static final String PASSWORD = "ukur2026";

	private static final Path LOGS = Path.of("target", "load");

	private final List<String> failures = new ArrayList<>();

	private LoadBench() {
	}

	static void main(String[] args) throws Exception {
		System.exit(new LoadBench().run(RecapBench.options(args)) ? 0 : 1);
	}

	private boolean run(Map<String, String> options) throws Exception {
		int agencies = Integer.parseInt(options.getOrDefault("--agencies", "35"));
		int correct = Integer.parseInt(options.getOrDefault("--correct", "5"));
		String heap = options.getOrDefault("--heap", "1g");
		try (BenchApp app = BenchApp.start()) {
			app.generate("--regions", "1", "--agencies", String.valueOf(agencies + 1), "--indicators",
					options.getOrDefault("--indicators", "30-100"), "--year", "2026", "--seed", "42");
			List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap));
			if (options.containsKey("--jfr")) {
				jvm.add("-XX:StartFlightRecording=filename=" + LOGS.resolve("node.jfr").toAbsolutePath()
						+ ",settings=profile");
			}
			AppNode node = AppNode.start("load", LOGS, jvm,
					List.of("spring.datasource.url=" + app.jdbcUrl(), "spring.datasource.username=postgres",
							"spring.datasource.password=postgres", "ukur.demo.enabled=false",
							"ukur.reminders.enabled=false"));
			try {
				node.awaitReady((n) -> true);
				List<String> codes = app.jdbc().sql("select code from agency order by code").query(String.class).list();
				System.out.printf("Node on port %d (pid %d, heap %s); ordering an S1 round for %d agencies%n",
						node.port(), node.pid(), heap, codes.size());
				List<UnitWork> all = new ArrayList<>();
				for (String code : codes) {
					all.addAll(open(app, node, code, correct));
				}
				String warmAgency = codes.get(codes.size() - 1);
				List<UnitWork> warm = all.stream().filter((w) -> w.agency().equals(warmAgency)).toList();
				List<UnitWork> measured = all.stream().filter((w) -> !w.agency().equals(warmAgency)).toList();
				String base = "http://localhost:" + node.port();

				System.out.printf("%nWarming up: %s, %d units%n", warmAgency, warm.size());
				gatling(FloorLoad.class, new LoadRun(base, warm));
				gatling(DeadlineDay.class, new LoadRun(base, warm));
				Recorder.phase("warm-up");

				CpuSampler cpu = new CpuSampler(app.jdbc(), node.pid());
				System.out.printf("%nFloor: %d users at once%n", measured.size());
				cpu.start();
				gatling(FloorLoad.class, new LoadRun(base, measured));
				double[] floorCpu = cpu.stop();
				Recorder.Phase floor = Recorder.phase("floor");

				System.out.printf("%nDeadline day: %d users at once%n", measured.size());
				cpu.start();
				gatling(DeadlineDay.class, new LoadRun(base, measured));
				double[] dayCpu = cpu.stop();
				Recorder.Phase day = Recorder.phase("deadline day");

				report(agencies, measured, floor, floorCpu, day, dayCpu, heap);
				check(app.jdbc(), all);
			}
			finally {
				node.stop();
			}
		}
		System.out.println(this.failures.isEmpty() ? "LOAD CHECK PASSED" : "LOAD CHECK FAILED");
		this.failures.forEach((failure) -> System.out.println("  FAILED: " + failure));
		return this.failures.isEmpty();
	}

	/**
	 * Orders an S1 round for the agency and takes it to the unit forms (steps 2-4 of its
	 * SOP), then lays out each unit's saves and creates its users' API tokens.
	 */
	private static List<UnitWork> open(BenchApp app, AppNode node, String agency, int correct) {
		Function<String, Api> users = (username) -> Api.withBasic(node.port(), username, PASSWORD);
		RoundDriver driver = new RoundDriver(agency, users);
		driver.order("kepala", "S1", null);
		driver.completeStep("sekretaris", 2, "Notulen rapat arahan");
		driver.completeStep("tim", 3, "Rencana kegiatan pengukuran");
		driver.completeStep("tim", 4, "Metodologi pengukuran capaian");
		Map<String, List<JsonNode>> byUnit = new LinkedHashMap<>();
		for (JsonNode entry : driver.entries()) {
			byUnit.computeIfAbsent(entry.get("unitCode").asString(), (unit) -> new ArrayList<>()).add(entry);
		}
		UserAccounts accounts = app.bean(UserAccounts.class);
		List<UnitWork> units = new ArrayList<>();
		byUnit.forEach((unit, entries) -> {
			String prefix = agency + "." + unit.toLowerCase(Locale.ROOT) + ".";
			Random random = new Random(42L * 31 + (agency + unit).hashCode());
			List<UnitWork.Save> saves = new ArrayList<>();
			Map<String, Long> versions = new HashMap<>();
			for (JsonNode entry : entries) {
				saves.add(save(entry, random, false));
				versions.put(entry.get("indicatorCode").asString(), entry.get("version").asLong());
			}
			for (int i = 0; i < entries.size(); i += correct) {
				saves.add(save(entries.get(i), random, true));
			}
			units.add(new UnitWork(driver.id(), agency, unit,
					accounts.createToken(app.user(prefix + "staf"), "beban hari tenggat"),
					accounts.createToken(app.user(prefix + "kepala"), "beban hari tenggat"), saves, versions));
		});
		return units;
	}

	/**
	 * A value near the target (85-100 %), or the target itself for a correction; a scale
	 * value for a qualitative indicator.
	 */
	private static UnitWork.Save save(JsonNode entry, Random random, boolean onTarget) {
		String code = entry.get("indicatorCode").asString();
		JsonNode targetNode = entry.get("target");
		String target = (targetNode == null || targetNode.isNull()) ? "" : targetNode.asString().trim();
		if (entry.get("valueType").asString().equals("QUALITATIVE")) {
			JsonNode scale = entry.get("scaleValues");
			String value = scale.get(random.nextInt(scale.size())).asString();
			if (onTarget) {
				for (JsonNode candidate : scale) {
					if (candidate.asString().equalsIgnoreCase(target)) {
						value = candidate.asString();
					}
				}
			}
			return new UnitWork.Save(code, "\"" + value + "\"", value);
		}
		BigDecimal number;
		try {
			int dash = target.indexOf('–');
			number = new BigDecimal((dash > 0) ? target.substring(0, dash).trim() : target);
		}
		catch (NumberFormatException ex) {
			number = BigDecimal.TEN;
		}
		BigDecimal value = onTarget ? number
				: number.multiply(BigDecimal.valueOf(85 + random.nextInt(16))).divide(BigDecimal.valueOf(100), 2,
						RoundingMode.HALF_UP);
		return new UnitWork.Save(code, value.toPlainString(), value.toPlainString());
	}

	private static void gatling(Class<?> simulation, LoadRun run) {
		LoadRun.set(run);
		int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] { "--simulation", simulation.getName(),
				"--results-folder", LOGS.resolve("gatling").toAbsolutePath().toString(), "--no-reports" });
		if (status != 0) {
			throw new IllegalStateException("Gatling ended with status " + status);
		}
	}

	private static void report(int agencies, List<UnitWork> units, Recorder.Phase floor, double[] floorCpu,
			Recorder.Phase day, double[] dayCpu, String heap) {
		Recorder.Phase saves = day.only("save value");
		Recorder.Phase submits = day.only("submit form");
		System.out.printf("%nDeadline-day load: %d agencies, %d unit users at once (no pauses), %,d saves and %d"
				+ " submissions through the HTTP API with API tokens;%n", agencies, units.size(), saves.count(),
				submits.count());
		System.out.printf("Ukur in its own JVM (-Xmx%s) on PostgreSQL 15 (embedded), Gatling in the benchmark's JVM,"
				+ " loopback, %d cores%n", heap, Runtime.getRuntime().availableProcessors());
		System.out.printf("  %-36s %9s %8s %8s %8s %8s %8s %7s%n", "", "requests", "req/s", "p50 ms", "p95 ms",
				"p99 ms", "max ms", "errors");
		line("floor: GET /api/v1/agencies", floor);
		line("deadline day: all requests", day);
		line("  save a value (PUT entry)", saves);
		line("  submit a form (POST submit)", submits);
		System.out.printf("  %-36s %9s %7.2fx %7.1fx %7.1fx %7.1fx%n", "deadline day / floor", "",
				day.throughput() / floor.throughput(), ratio(day, floor, 50), ratio(day, floor, 95),
				ratio(day, floor, 99));
		System.out.printf("  CPU per request (ms): floor %.1f in Ukur + %.1f in PostgreSQL (+ %.1f in Gatling);"
				+ " deadline day %.1f + %.1f (+ %.1f)%n", floorCpu[0] / floor.count(), floorCpu[1] / floor.count(),
				floorCpu[2] / floor.count(), dayCpu[0] / day.count(), dayCpu[1] / day.count(),
				dayCpu[2] / day.count());
		if (day.errors() > 0 || floor.errors() > 0) {
			System.out.printf("  errors by status (0: no answer): floor %s, deadline day %s%n", floor.errorsByStatus(),
					day.errorsByStatus());
		}
	}

	private static double ratio(Recorder.Phase phase, Recorder.Phase floor, double p) {
		return (double) phase.percentile(p) / Math.max(1, floor.percentile(p));
	}

	private static void line(String label, Recorder.Phase phase) {
		System.out.printf(Locale.ROOT, "  %-36s %,9d %8.1f %,8d %,8d %,8d %,8d %7d%n", label, phase.count(),
				phase.throughput(), phase.percentile(50), phase.percentile(95), phase.percentile(99),
				phase.percentile(100), phase.errors());
	}

	/**
	 * Every acknowledged save is in the database exactly once (one kept version with the
	 * value sent), nothing else was saved, each value holds its last acknowledged version,
	 * the journal has one entry per save, and every acknowledged submission left its form
	 * submitted.
	 */
	private void check(JdbcClient jdbc, List<UnitWork> units) {
		List<Recorder.Ack> acks = Recorder.acks();
		String rounds = units.stream().map((w) -> String.valueOf(w.round())).distinct().collect(Collectors.joining(","));
		System.out.printf("%nIn the database (rounds %s):%n", rounds);
		Map<String, List<String>> saved = new HashMap<>();
		jdbc.sql("select e.round_id, e.indicator_code, h.version, h.actual_number, h.actual_text"
				+ " from round_entry_history h join round_entry e on e.id = h.entry_id"
				+ " where h.action = 'SAVED' and e.round_id in (" + rounds + ")")
			.query((rs) -> {
				saved.computeIfAbsent(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getLong(3), (k) -> new ArrayList<>())
					.add(value(rs.getBigDecimal(4), rs.getString(5)));
			});
		long savedRows = saved.values().stream().mapToLong(List::size).sum();
		int missing = 0;
		int twice = 0;
		int wrong = 0;
		Map<String, Recorder.Ack> last = new HashMap<>();
		for (Recorder.Ack ack : acks) {
			List<String> rows = saved.getOrDefault(ack.round() + "|" + ack.code() + "|" + ack.version(), List.of());
			if (rows.isEmpty()) {
				missing++;
			}
			else if (rows.size() > 1) {
				twice++;
			}
			else if (!same(rows.get(0), ack.compare())) {
				wrong++;
			}
			last.merge(ack.round() + "|" + ack.code(), ack, (a, b) -> (a.version() >= b.version()) ? a : b);
		}
		check(acks.size() + " acknowledged saves are in the kept versions, each exactly once with the value sent",
				missing == 0 && twice == 0 && wrong == 0, missing + " missing, " + twice + " twice, " + wrong + " wrong");
		check(savedRows + " kept versions saved in these rounds, one per acknowledged save", savedRows == acks.size(),
				savedRows + " rows for " + acks.size() + " acknowledgements");
		int stale = 0;
		for (Map<String, Object> row : jdbc
			.sql("select round_id, indicator_code, version, actual_number, actual_text from round_entry"
					+ " where round_id in (" + rounds + ")")
			.query()
			.listOfRows()) {
			Recorder.Ack ack = last.get(row.get("round_id") + "|" + row.get("indicator_code"));
			// submitting the form keeps one more version of each value, with the same value
			if (ack != null && (((Number) row.get("version")).longValue() < ack.version()
					|| !same(value((BigDecimal) row.get("actual_number"), (String) row.get("actual_text")), ack.compare()))) {
				stale++;
			}
		}
		check(last.size() + " values hold their last acknowledged value", stale == 0, stale + " differ");
		long journal = jdbc
			.sql("select count(*) from audit_entry where action = 'ENTRY_SAVED' and round_id in (" + rounds + ")")
			.query(Long.class)
			.single();
		check(journal + " ENTRY_SAVED journal entries, one per acknowledged save", journal == acks.size(),
				journal + " for " + acks.size());
		Set<String> submitted = new TreeSet<>();
		Recorder.submitted().forEach((s) -> submitted.add(s.round() + "|" + s.unit()));
		Set<String> formsSubmitted = new TreeSet<>(jdbc
			.sql("select round_id || '|' || unit_code from round_form where status = 'SUBMITTED' and round_id in ("
					+ rounds + ")")
			.query(String.class)
			.list());
		check(formsSubmitted.size() + " of " + units.size() + " forms submitted, as acknowledged",
				formsSubmitted.equals(submitted) && submitted.size() == units.size(),
				submitted.size() + " acknowledged, " + formsSubmitted.size() + " in the database");
	}

	private static String value(BigDecimal number, String text) {
		return (number != null) ? number.toPlainString() : text;
	}

	private static boolean same(String stored, String sent) {
		if (stored == null || sent == null) {
			return stored == sent;
		}
		try {
			return new BigDecimal(stored).compareTo(new BigDecimal(sent)) == 0;
		}
		catch (NumberFormatException ex) {
			return stored.equals(sent);
		}
	}

	private void check(String what, boolean ok, String detail) {
		System.out.printf("  %s %s%n", ok ? "ok  " : "FAIL", what);
		if (!ok) {
			this.failures.add(what + ": " + detail);
		}
	}

}
