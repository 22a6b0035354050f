package id.ukur.bench;

import id.ukur.generator.GeneratorCommand;
import java.util.Arrays;

/**
 * The one entry point of the benchmarks ({@code ./mvnw -Pbench test-compile exec:exec
 * -Dbench="NAME OPTIONS"}); see {@code docs/performance.md}.
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		String name = (args.length > 0) ? args[0] : "help";
		String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
		switch (name) {
			case "generate" -> GeneratorCommand.main(rest);
			case "calculation" -> CalculationBench.main(rest);
			case "recap" -> RecapBench.main(rest);
			case "reports" -> ReportBench.main(rest);
			case "dashboard" -> DashboardBench.main(rest);
			case "load" -> LoadBench.main(rest);
			case "scale-out" -> ScaleOutCheck.main(rest);
			default -> System.out.println(
					"""
							Benchmarks: ./mvnw -Pbench test-compile exec:exec -Dbench="NAME OPTIONS"
							  generate --regions N --agencies M --indicators K|MIN-MAX [--seed S] [--year Y] [--prefix P]
							           fills the configured database (H2 ./data, or PostgreSQL with SPRING_PROFILES_ACTIVE=postgres)
							  calculation        JMH: recaps of one agency and one region against plain doubles
							  recap [--regions N] recap of an agency, a region and N regions on an embedded PostgreSQL
							  dashboard [--regions N] the region dashboard of 35 agencies against one SQL aggregate
							  reports [--rows R]  report PDF/XLSX of 200 indicators and the region export of R rows
							  load [--agencies M] the deadline day: every unit saves and submits at once, against a trivial request
							  scale-out          two nodes on one PostgreSQL: sessions, a round and reminders across them
							""");
		}
		// the embedded PostgreSQL and the pools keep threads alive
		System.exit(0);
	}

}
