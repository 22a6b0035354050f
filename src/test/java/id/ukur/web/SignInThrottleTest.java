package id.ukur.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of docs/security.md, "Sign-in", with the shipped settings. */
class SignInThrottleTest {

	private final MovingClock clock = new MovingClock();

	private final SignInThrottle throttle = new SignInThrottle(this.clock, 3, Duration.ofSeconds(1),
			Duration.ofMinutes(5), 50, Duration.ofMinutes(15));

	@ParameterizedTest(name = "after {0} failures: wait {1}")
	@CsvSource({ "0, PT0S", "1, PT0S", "2, PT0S", "3, PT1S", "4, PT2S", "5, PT4S", "8, PT32S", "11, PT4M16S",
			"12, PT5M", "40, PT5M", "100, PT5M" })
	void waitsDoubleAfterThreeFreeFailuresUpToFiveMinutes(int failures, Duration wait) {
		assertThat(this.throttle.delayAfter(failures)).isEqualTo(wait);
	}

	@Test
	void theWaitBindsTheGuessingAddressForThatAccountOnly() {
		for (int i = 0; i < 4; i++) {
			this.throttle.failed("budi", "10.0.0.9");
		}
		assertThat(this.throttle.waitBefore("budi", "10.0.0.9")).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.throttle.waitBefore("budi", "10.0.0.1")).as("the owner elsewhere").isZero();
		assertThat(this.throttle.waitBefore("sari", "10.0.0.9")).as("another account from there").isZero();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.throttle.waitBefore("budi", "10.0.0.9")).isZero();
		this.throttle.failed("budi", "10.0.0.9");
		assertThat(this.throttle.waitBefore("budi", "10.0.0.9")).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void aRightPasswordStartsTheAddressAfreshForThatAccount() {
		for (int i = 0; i < 3; i++) {
			this.throttle.failed("budi", "10.0.0.9");
		}
		this.clock.advance(Duration.ofSeconds(1));
		this.throttle.succeeded("budi", "10.0.0.9");
		this.throttle.failed("budi", "10.0.0.9");
		assertThat(this.throttle.waitBefore("budi", "10.0.0.9")).isZero();
	}

	@Test
	void longAfterTheLastWaitTheCountStartsAgain() {
		for (int i = 0; i < 12; i++) {
			this.throttle.failed("budi", "10.0.0.9");
		}
		this.clock.advance(Duration.ofMinutes(16));
		this.throttle.failed("budi", "10.0.0.9");
		assertThat(this.throttle.waitBefore("budi", "10.0.0.9")).isZero();
	}

	@Test
	void fiftyFailuresOfOneAddressStopItForTheRestOfTheWindow() {
		for (int i = 0; i < 49; i++) {
			this.throttle.failed("nama" + i, "10.0.0.7");
		}
		assertThat(this.throttle.waitBefore("budi", "10.0.0.7")).isZero();
		this.throttle.failed("nama49", "10.0.0.7");
		assertThat(this.throttle.waitBefore("budi", "10.0.0.7")).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.throttle.waitBefore("budi", "10.0.0.8")).isZero();
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(this.throttle.waitBefore("budi", "10.0.0.7")).isZero();
	}

	@Test
	void sprayingManyNamesDoesNotFillMemory() {
		for (int i = 0; i < 30_000; i++) {
			this.throttle.failed("nama" + i, "10.1." + (i / 250) + "." + (i % 250));
			this.clock.advance(Duration.ofMillis(100));
		}
		assertThat(this.throttle.remembered()).isLessThanOrEqualTo(2 * 10_001);
		assertThat(this.throttle.waitBefore("nama0", "10.1.0.0")).isZero();
	}

	/** A clock the test moves forward. */
	private static final class MovingClock extends Clock {

		private Instant now = Instant.parse("2026-12-07T01:00:00Z");

		void advance(Duration step) {
			this.now = this.now.plus(step);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
