package id.ukur.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PinnableClockTest {

	private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	private static final Instant PAST = Instant.parse("2025-04-07T01:36:00Z");

	private final PinnableClock clock = new PinnableClock(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void showsTheWrappedClockUnlessThisThreadPinnedAnInstant() {
		assertThat(this.clock.instant()).isEqualTo(NOW);
		assertThat(PinnableClock.pinned()).isFalse();
		Instant seen = PinnableClock.at(PAST, () -> {
			assertThat(PinnableClock.pinned()).isTrue();
			return this.clock.instant();
		});
		assertThat(seen).isEqualTo(PAST);
		assertThat(this.clock.instant()).isEqualTo(NOW);
		assertThat(PinnableClock.pinned()).isFalse();
	}

	@Test
	void otherThreadsKeepTheWrappedClockMeanwhile() {
		Instant other = PinnableClock.at(PAST, () -> CompletableFuture.supplyAsync(this.clock::instant).join());
		assertThat(other).isEqualTo(NOW);
	}

	@Test
	void aNestedPinIsUndoneToTheEnclosingOne() {
		Instant later = PAST.plusSeconds(3600);
		Instant after = PinnableClock.at(PAST, () -> {
			PinnableClock.at(later, () -> assertThat(this.clock.instant()).isEqualTo(later));
			return this.clock.instant();
		});
		assertThat(after).isEqualTo(PAST);
	}

	@Test
	void aFailingWorkUnpinsToo() {
		try {
			PinnableClock.at(PAST, () -> {
				throw new IllegalStateException("fails");
			});
		}
		catch (IllegalStateException expected) {
			// the pin is gone all the same
		}
		assertThat(PinnableClock.pinned()).isFalse();
		assertThat(this.clock.millis()).isEqualTo(NOW.toEpochMilli());
	}

}
