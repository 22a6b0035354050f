package id.ukur.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * What the generator makes: {@code regions} × {@code agencies} × an indicator count per
 * agency drawn from {@code minIndicators}–{@code maxIndicators}, each agency with
 * {@code units} units, a plan of {@code year} and its four quarterly rounds, all derived
 * from {@code seed}. Codes start with {@code prefix}, so that several data sets can share
 * a database.
 *
 * @param copy whether to load PostgreSQL with COPY (else JDBC batches, as on H2)
 * @param threads how many threads make plans, values and recaps while one writes
 * @param objectivesOnly every indicator on the goal and the objectives, none on programs
 * and activities: the report, which prints those, then prints them all
 */
public record GeneratorOptions(int regions, int agencies, int minIndicators, int maxIndicators, int units, long seed,
		int year, String prefix, boolean copy, int threads, boolean objectivesOnly) {

	static final String USAGE = "--regions N --agencies M --indicators K|MIN-MAX [--units U] [--seed S]"
			+ " [--year Y] [--prefix P] [--threads T] [--no-copy] [--objectives-only]";

	public GeneratorOptions {
		if (regions < 1 || agencies < 1 || minIndicators < 1 || maxIndicators < minIndicators || units < 2) {
			throw new IllegalArgumentException("Nothing to generate: " + USAGE);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("At least one thread");
		}
		if (agencies > 99 || regions > 9999 || maxIndicators > 999) {
			throw new IllegalArgumentException("At most 9999 regions, 99 agencies and 999 indicators");
		}
		if (prefix == null || !prefix.matches("[a-z][a-z0-9]{0,5}")) {
			throw new IllegalArgumentException("The prefix is 1–6 lower-case letters or digits");
		}
	}

	/** A small data set: 1 region, 2 agencies, 10 indicators each. */
	public static GeneratorOptions small(String prefix) {
		return new GeneratorOptions(1, 2, 10, 10, 4, 42, 2025, prefix, true, 1, false);
	}

	/**
	 * @return the options of a command line; unknown flags are refused
	 */
	public static GeneratorOptions parse(String... args) {
		int regions = 1;
		int agencies = 35;
		int min = 30;
		int max = 100;
		int units = 4;
		long seed = 42;
		int year = 2025;
		String prefix = "g";
		boolean copy = true;
		boolean objectivesOnly = false;
		int threads = Runtime.getRuntime().availableProcessors();
		List<String> rest = new ArrayList<>(List.of(args));
		while (!rest.isEmpty()) {
			String flag = rest.remove(0);
			if (flag.equals("--no-copy")) {
				copy = false;
				continue;
			}
			if (flag.equals("--objectives-only")) {
				objectivesOnly = true;
				continue;
			}
			if (rest.isEmpty()) {
				throw new IllegalArgumentException("A value is missing after " + flag + ": " + USAGE);
			}
			String value = rest.remove(0);
			switch (flag) {
				case "--regions" -> regions = Integer.parseInt(value);
				case "--agencies" -> agencies = Integer.parseInt(value);
				case "--indicators" -> {
					String[] range = value.split("-");
					min = Integer.parseInt(range[0]);
					max = Integer.parseInt(range[range.length - 1]);
				}
				case "--units" -> units = Integer.parseInt(value);
				case "--seed" -> seed = Long.parseLong(value);
				case "--year" -> year = Integer.parseInt(value);
				case "--prefix" -> prefix = value;
				case "--threads" -> threads = Integer.parseInt(value);
				default -> throw new IllegalArgumentException("Unknown option " + flag + ": " + USAGE);
			}
		}
		return new GeneratorOptions(regions, agencies, min, max, units, seed, year, prefix, copy, threads,
				objectivesOnly);
	}

	String regionCode(int region) {
		return this.prefix + String.format("%04d", region + 1);
	}

	String agencyCode(int region, int agency) {
		return regionCode(region) + "-opd" + String.format("%02d", agency + 1);
	}

}
