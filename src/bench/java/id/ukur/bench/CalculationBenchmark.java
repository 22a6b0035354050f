package id.ukur.bench;

import id.ukur.generator.Samples;
import id.ukur.generator.Samples.Sample;
import id.ukur.round.Period;
import id.ukur.round.Recap;
import id.ukur.round.internal.GeneratedRecaps;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The recap of a TW IV round (every indicator to date, roll-ups per node and for the
 * agency, ratings, and what each explanation is written from; the texts themselves are
 * written only when a recap is shown, docs/calculation.md) through the round module's
 * calculation, for one agency and for a region of agencies, each against
 * {@link DoubleRecap} on the same data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CalculationBenchmark {

	@Param("60")
	public int indicators;

	@Param("35")
	public int agencies;

	private List<Sample> samples;

	private DoubleRecap[] floors;

	private final Instant at = Instant.parse("2026-01-20T03:00:00Z");

	@Setup
	public void setUp() {
		this.samples = Samples.agencies(42, this.agencies, this.indicators);
		this.floors = this.samples.stream().map((s) -> new DoubleRecap(s, 3)).toArray(DoubleRecap[]::new);
	}

	@Benchmark
	public Recap agency() {
		return recap(this.samples.get(0));
	}

	@Benchmark
	public double agencyFloor() {
		return this.floors[0].compute();
	}

	@Benchmark
	public void region(Blackhole blackhole) {
		for (Sample sample : this.samples) {
			blackhole.consume(recap(sample));
		}
	}

	@Benchmark
	public void regionFloor(Blackhole blackhole) {
		for (DoubleRecap floor : this.floors) {
			blackhole.consume(floor.compute());
		}
	}

	Recap recap(Sample sample) {
		return GeneratedRecaps.recap(Samples.SETTINGS, Period.TW4, sample.plan(), sample.quarters().get(3),
				sample.earlier().get(3), this.at);
	}

}
