package id.ukur.round;

import static org.assertj.core.api.Assertions.assertThat;

import id.ukur.sop.Checkpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which "no" holds a round (docs/rounds.md, "The inbox"): Lima Puluh Kota's review (step
 * 8) returns to the calculation (step 5).
 */
class RoundReturnTest {

	private static final Instant T1 = Instant.parse("2026-12-01T03:00:00Z");

	private static final Instant T2 = Instant.parse("2026-12-02T03:00:00Z");

	private static final Instant T3 = Instant.parse("2026-12-03T03:00:00Z");

	private final List<StepView> steps = new ArrayList<>();

	@Test
	void noReturnOnTheFirstPass() {
		step(5, 1, Checkpoint.CALCULATE, StepStatus.CURRENT, T1, null, null);
		assertThat(RoundReturn.holding(this.steps)).isEmpty();
	}

	@Test
	void theReviewsNoHoldsTheStepsItReturnedTo() {
		returned();
		step(5, 2, Checkpoint.CALCULATE, StepStatus.CURRENT, T1, null, null);
		assertThat(RoundReturn.holding(this.steps)).hasValueSatisfying((r) -> {
			assertThat(r.stepNumber()).isEqualTo(8);
			assertThat(r.reason()).isEqualTo("Tidak: periksa IKU 2");
			assertThat(r.by()).isEqualTo("sekretaris");
		});
		this.steps.remove(this.steps.size() - 1);
		step(5, 2, Checkpoint.CALCULATE, StepStatus.DONE, T1, T2, null);
		step(7, 2, Checkpoint.SUBMIT_FOR_REVIEW, StepStatus.CURRENT, T2, null, null);
		assertThat(RoundReturn.holding(this.steps)).as("still, until the review passes").isPresent();
	}

	@Test
	void anApprovalEndsIt() {
		returned();
		step(5, 2, Checkpoint.CALCULATE, StepStatus.DONE, T1, T2, null);
		step(8, 2, Checkpoint.REVIEW, StepStatus.DONE, T2, T2, "Ya");
		step(9, 2, Checkpoint.SIGN, StepStatus.CURRENT, T2, null, null);
		assertThat(RoundReturn.holding(this.steps)).isEmpty();
	}

	@Test
	void aSignersReopeningIsNoReturn() {
		returned();
		step(5, 2, Checkpoint.CALCULATE, StepStatus.REOPENED, T1, T2, null);
		step(8, 2, Checkpoint.REVIEW, StepStatus.REOPENED, T2, T2, "Ya");
		step(5, 3, Checkpoint.CALCULATE, StepStatus.CURRENT, T3, null, null);
		assertThat(RoundReturn.holding(this.steps)).isEmpty();
	}

	/**
	 * The review said no at T1: its instance and the calculation's first one reopened.
	 */
	private void returned() {
		step(5, 1, Checkpoint.CALCULATE, StepStatus.REOPENED, T1.minusSeconds(3600), T1.minusSeconds(1800), null);
		step(8, 1, Checkpoint.REVIEW, StepStatus.REOPENED, T1.minusSeconds(600), T1, "Tidak: periksa IKU 2");
	}

	private void step(int number, int iteration, Checkpoint binding, StepStatus status, Instant started,
			Instant completed, String note) {
		this.steps.add(new StepView(this.steps.size(), iteration, number, "Langkah " + number, List.of(), binding,
				binding == Checkpoint.REVIEW, status, started, completed, (completed != null) ? "sekretaris" : null,
				note, null, null, null, null, null, false, null));
	}

}
