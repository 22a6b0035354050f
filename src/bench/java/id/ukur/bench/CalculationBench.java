package id.ukur.bench;

import id.ukur.generator.Samples;
import id.ukur.generator.Samples.Sample;
import id.ukur.round.Recap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CalculationBenchmark} in a forked JVM and prints each figure with its floor
 * and the ratio; {@code --quick} for a shorter run.
 */
final class CalculationBench {

	private CalculationBench() {
	}

	static void main(String[] args) throws Exception {
		boolean quick = Arrays.asList(args).contains("--quick");
		int warmups = quick ? 2 : 5;
		int iterations = quick ? 2 : 5;
		Options options = new OptionsBuilder().include(CalculationBenchmark.class.getName() + "\\.")
			.forks(1)
			.warmupIterations(warmups)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(iterations)
			.measurementTime(TimeValue.seconds(1))
			.jvmArgsAppend("-Xmx512m", "-XX:+UseG1GC")
			.build();
		Map<String, double[]> scores = new HashMap<>();
		CalculationBenchmark state = new CalculationBenchmark();
		for (RunResult result : new Runner(options).run()) {
			state.indicators = Integer.parseInt(result.getParams().getParam("indicators"));
			state.agencies = Integer.parseInt(result.getParams().getParam("agencies"));
			String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
			scores.put(name,
					new double[] { result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError() });
		}
		Sample first = Samples.agencies(42, 1, state.indicators).get(0);
		Recap recap = state.recap(first);
		double floor = new DoubleRecap(first, 3).compute();
		System.out.printf(
				"%nCalculation: recap of a TW IV round, %d indicators per agency, %d agencies per region"
						+ " (JMH 1.37, 1 fork, %d x 1 s warm-up, %d x 1 s measured)%n",
				state.indicators, state.agencies, warmups, iterations);
		System.out.printf("  agency achievement: Ukur %s, floor %.2f (same data, same arithmetic)%n",
				recap.agency().achievement(), floor);
		System.out.printf("  %-22s %16s %16s %12s %16s%n", "", "Ukur ops/s", "floor ops/s", "floor/Ukur",
				"achievements/s");
		line("one agency", scores.get("agency"), scores.get("agencyFloor"), state.indicators);
		line("region (" + state.agencies + " agencies)", scores.get("region"), scores.get("regionFloor"),
				state.indicators * state.agencies);
	}

	private static void line(String label, double[] ukur, double[] floor, int achievements) {
		System.out.printf("  %-22s %,10.0f ±%3.0f%% %,10.0f ±%3.0f%% %11.0fx %,16.0f%n", label, ukur[0],
				100 * ukur[1] / ukur[0], floor[0], 100 * floor[1] / floor[0], floor[0] / ukur[0],
				ukur[0] * achievements);
	}

}
