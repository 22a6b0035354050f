package id.ukur.round.internal;

import id.ukur.calculation.RatingScale;
import id.ukur.generator.Samples;
import id.ukur.generator.Samples.Sample;
import id.ukur.organization.RegionSettings.Settings;
import id.ukur.plan.PlanOutline;
import id.ukur.round.Period;
import id.ukur.round.Recap;
import id.ukur.round.RecapExplanations;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recap of the round module's calculation is exactly the recap of the implementation
 * before explanations were made on demand ({@link ReferenceRecapCalculator}, frozen) on
 * generated agencies with every kind of indicator, for every period and two region
 * settings: every number, rating, flag and every explanation once rendered in Indonesian.
 * The reference itself is checked against digests of the recaps it gave when it was
 * frozen ({@code recap-equivalence.txt}), so that a change of the {@code calculation}
 * module's texts cannot slip through both sides at once.
 */
class RecapEquivalenceTest {

	/** A region with a cap, the other built-in scale and its own thresholds. */
	static final Settings CAPPED = new Settings(RatingScale.BAIK, BigDecimal.valueOf(100), BigDecimal.valueOf(3),
			"KURANG", 0);

	static final Instant AT = Instant.parse("2026-01-20T03:00:00Z");

	private static final String DIGESTS = "recap-equivalence.txt";

	@Test
	void theCalculationGivesTodaysRecapOnGeneratedAgencies() throws IOException {
		Map<String, String> digests = new LinkedHashMap<>();
		for (Case c : cases()) {
			Recap reference = c.reference();
			assertThat(RecapViews.comparable(c.current())).as(c.name()).isEqualTo(RecapViews.comparable(reference));
			digests.put(c.name(), digest(RecapViews.text(reference)));
		}
		String capture = System.getProperty("ukur.capture");
		if (capture != null) {
			Files.writeString(Path.of(capture), text(digests));
		}
		assertThat(text(digests)).isEqualTo(frozen());
	}

	/**
	 * Agencies of 60 and 100 indicators from two seeds, every period, two settings.
	 */
	static List<Case> cases() {
		List<Sample> samples = new ArrayList<>(Samples.agencies(42, 10, 60));
		samples.addAll(Samples.agencies(7, 4, 100));
		List<Case> cases = new ArrayList<>();
		for (int a = 0; a < samples.size(); a++) {
			for (Period period : Period.values()) {
				cases.add(new Case("default " + a + " " + period, Samples.SETTINGS, period, samples.get(a)));
				cases.add(new Case("capped " + a + " " + period, CAPPED, period, samples.get(a)));
			}
		}
		return cases;
	}

	private static String frozen() throws IOException {
		try (InputStream in = RecapEquivalenceTest.class.getResourceAsStream(DIGESTS)) {
			return (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
		}
	}

	private static String text(Map<String, String> digests) {
		StringBuilder text = new StringBuilder();
		digests.forEach((name, digest) -> text.append(name).append(' ').append(digest).append('\n'));
		return text.toString();
	}

	static String digest(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One recap to compare: an agency's round of a period under a region's settings.
	 */
	record Case(String name, Settings settings, Period period, Sample sample) {

		/** The quarter whose round values a period's round holds (its last quarter). */
		int quarter() {
			return this.period.quartersToDate().size() - 1;
		}

		Recap reference() {
			Map<String, RecapCalculator.Actual> actuals = GeneratedRecaps
				.actuals(this.sample.quarters().get(quarter()));
			return new ReferenceRecapCalculator(this.settings, this.period).compute(PlanOutline.of(this.sample.plan()),
					actuals, this.sample.earlier().get(quarter()), AT, true);
		}

		Recap current() {
			return RecapExplanations.render(calculated());
		}

		/** The recap as calculated, before any explanation is written. */
		Recap calculated() {
			return GeneratedRecaps.recap(this.settings, this.period, this.sample.plan(),
					this.sample.quarters().get(quarter()), this.sample.earlier().get(quarter()), AT);
		}

	}

}
