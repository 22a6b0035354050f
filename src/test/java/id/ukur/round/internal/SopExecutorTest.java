package id.ukur.round.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.StepStatus;
import id.ukur.shared.ConflictException;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Decision;
import id.ukur.sop.SopDefinition.Lane;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.Symbol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The SOP executor on a small SOP shaped like the seeds: every transition and refusal.
 */
class SopExecutorTest {

	private static final Instant T0 = Instant.parse("2026-11-23T01:00:00Z");

	/**
	 * Order (head), meeting (secretary, team), collect, validate, review (secretary,
	 * team; no → 4), sign (head, secretary), archive (staff).
	 */
	private static final SopDefinition SOP = new SopDefinition(null,
			List.of(new Lane("kadis", "Kepala Dinas", Role.HEAD), new Lane("sek", "Sekretaris", Role.SECRETARY),
					new Lane("tim", "Tim", Role.TEAM), new Lane("staf", "Staf", Role.UNIT_STAFF)),
			List.of(step(1, Checkpoint.ORDER, null, "kadis"), step(2, Checkpoint.MANUAL, null, "sek", "tim"),
					step(3, Checkpoint.COLLECT, null, "tim"), step(4, Checkpoint.VALIDATE, null, "tim"),
					step(5, Checkpoint.REVIEW, new Decision("Sesuai?", null, null, 4, null), "sek", "tim"),
					step(6, Checkpoint.SIGN, null, "kadis", "sek"), step(7, Checkpoint.ARCHIVE, null, "staf")));

	private final SopExecutor executor = new SopExecutor(SOP);

	@Test
	void theOrderStepIsDoneWhenTheRoundStartsAndTheNextIsCurrent() {
		List<StepRecord> steps = started();
		assertThat(steps.get(0).status).isEqualTo(StepStatus.DONE);
		assertThat(steps.get(0).completedBy).isEqualTo("kepala");
		assertThat(SopExecutor.current(steps).number).isEqualTo(2);
		assertThat(SopExecutor.current(steps).startedAt).isEqualTo(T0);
	}

	@Test
	void conditionsCompleteOnlyWhenCurrentAndTrue() {
		List<StepRecord> steps = started();
		Set<Checkpoint> holding = EnumSet.of(Checkpoint.COLLECT, Checkpoint.VALIDATE);
		assertThat(this.executor.advance(steps, holding::contains, T0)).as("a manual step holds the round").isEmpty();
		this.executor.complete(steps, T0.plusSeconds(60), "sekretaris", "Notulen");
		List<StepRecord> became = this.executor.advance(steps, holding::contains, T0.plusSeconds(60));
		assertThat(became).extracting((s) -> s.number).containsExactly(4, 5);
		assertThat(SopExecutor.current(steps).number).isEqualTo(5);
		assertThat(steps.get(2).completedBy).isEqualTo(SopExecutor.SYSTEM);
	}

	@Test
	void anActOutOfOrderNamesTheStepThatComesFirst() {
		List<StepRecord> steps = started();
		assertThatThrownBy(() -> this.executor.requireAct(steps, Checkpoint.SIGN, null, user(Role.HEAD)))
			.isInstanceOf(ConflictException.class)
			.hasMessage("round.step.notCurrent")
			.satisfies((ex) -> assertThat(((ConflictException) ex).args()).containsExactly(2, "Kegiatan 2",
					"Sekretaris, Tim"));
	}

	@Test
	void aCheckpointTheSopDoesNotHaveIsRefused() {
		assertThatThrownBy(() -> this.executor.requireAct(started(), Checkpoint.SEND, null, user(Role.PLANNER)))
			.isInstanceOf(ConflictException.class)
			.hasMessage("round.step.notInSop");
	}

	@ParameterizedTest(name = "step {0} by {1}: {2}")
	@CsvSource({ "2, SECRETARY, true", "2, TEAM, true", "2, HEAD, false", "2, UNIT_STAFF, false", "5, SECRETARY, true",
			"5, TEAM, false", "6, HEAD, true", "6, SECRETARY, false", "7, UNIT_STAFF, true", "7, PLANNER, false",
			"1, HEAD, true", "1, PLANNER, true", "1, SECRETARY, false" })
	void whoActsInAStep(int number, Role role, boolean allowed) {
		assertThat(this.executor.mayAct(SOP.step(number), user(role))).isEqualTo(allowed);
	}

	@Test
	void aUserOutsideTheLaneIsRefused() {
		List<StepRecord> steps = started();
		assertThatThrownBy(() -> this.executor.requireAct(steps, Checkpoint.MANUAL, 2, user(Role.HEAD)))
			.isInstanceOf(ForbiddenException.class)
			.hasMessage("round.step.notYourLane");
	}

	@Test
	void aReturnOpensTheStepsFromItsTargetAsNewInstances() {
		List<StepRecord> steps = started();
		this.executor.complete(steps, T0, "sekretaris", "Notulen");
		this.executor.advance(steps, (c) -> true, T0);
		StepRecord review = SopExecutor.current(steps);
		assertThat(review.number).isEqualTo(5);
		review.status = StepStatus.DONE;
		review.completedAt = T0.plusSeconds(120);
		List<StepRecord> opened = this.executor.returnTo(steps, 4, T0.plusSeconds(120));
		assertThat(opened).extracting((s) -> s.number + "/" + s.iteration + "/" + s.status)
			.containsExactly("4/2/CURRENT", "5/2/WAITING");
		assertThat(steps).filteredOn((s) -> s.status == StepStatus.REOPENED)
			.extracting((s) -> s.number)
			.containsExactly(4, 5);
		assertThat(SopExecutor.latest(steps)).extracting((s) -> s.status)
			.containsExactly(StepStatus.DONE, StepStatus.DONE, StepStatus.DONE, StepStatus.CURRENT, StepStatus.WAITING,
					StepStatus.WAITING, StepStatus.WAITING);
		this.executor.advance(steps, (c) -> true, T0.plusSeconds(180));
		assertThat(SopExecutor.current(steps).number).isEqualTo(5);
		assertThat(SopExecutor.current(steps).iteration).isEqualTo(2);
	}

	@Test
	void theDeciderOfSeveralLanesIsTheHighestOfficial() {
		assertThat(this.executor.decider(SOP.step(6))).isEqualTo(Role.HEAD);
		assertThat(this.executor.decider(SOP.step(5))).isEqualTo(Role.SECRETARY);
		assertThat(this.executor.decider(SOP.step(7))).isEqualTo(Role.UNIT_STAFF);
	}

	/**
	 * A refusal names the rule that decided it: a lane of a review or signature on
	 * several lanes is told that the highest official of them decides, and who that is.
	 */
	@ParameterizedTest
	@CsvSource({ "5, round.step.deciderOnly, Sekretaris", "6, round.step.deciderOnly, Kepala Dinas",
			"2, round.step.notYourLane, 'Sekretaris, Tim'", "7, round.step.notYourLane, Staf" })
	void aRefusalNamesTheRuleThatDecided(int number, String code, String named) {
		ForbiddenException refusal = this.executor.refusal(SOP.step(number));
		assertThat(refusal).hasMessage(code);
		assertThat(refusal.args()[0]).isEqualTo(number);
		assertThat(refusal.args()[1]).isEqualTo(named);
	}

	@Test
	void theTeamIsToldThatTheSecretaryDecidesTheReview() {
		List<StepRecord> steps = started();
		this.executor.complete(steps, T0, "x", null);
		this.executor.advance(steps, (checkpoint) -> true, T0);
		assertThat(SopExecutor.current(steps).number).isEqualTo(5);
		assertThatThrownBy(() -> this.executor.requireAct(steps, Checkpoint.REVIEW, null, user(Role.TEAM)))
			.isInstanceOf(ForbiddenException.class)
			.hasMessage("round.step.deciderOnly")
			.satisfies((ex) -> assertThat(((ForbiddenException) ex).args()).containsExactly(5, "Sekretaris",
					"Sekretaris, Tim"));
	}

	@Test
	void afterTheLastStepNothingIsCurrent() {
		List<StepRecord> steps = started();
		for (int i = 2; i <= 7; i++) {
			this.executor.complete(steps, T0, "x", null);
		}
		assertThat(SopExecutor.current(steps)).isNull();
		assertThatThrownBy(() -> this.executor.requireAct(steps, Checkpoint.ARCHIVE, null, user(Role.UNIT_STAFF)))
			.hasMessage("round.step.allDone");
	}

	/**
	 * A MANUAL decision (the head's meeting at step 6, "no" → 2): the lane's "no" closes
	 * the decision with its note and opens the steps from the target again.
	 */
	private static final SopDefinition MANUAL_DECISION = new SopDefinition(null, SOP.lanes(),
			List.of(step(1, Checkpoint.ORDER, null, "kadis"), step(2, Checkpoint.MANUAL, null, "sek", "tim"),
					step(3, Checkpoint.COLLECT, null, "tim"), step(4, Checkpoint.VALIDATE, null, "tim"),
					step(5, Checkpoint.MANUAL, null, "tim"),
					step(6, Checkpoint.MANUAL, new Decision("Disetujui rapat?", "Setuju", "Belum", 2, null), "kadis"),
					step(7, Checkpoint.SIGN, null, "kadis")));

	@Test
	void aManualDecisionsNoGoesBackToItsTarget() {
		SopExecutor manual = new SopExecutor(MANUAL_DECISION);
		List<StepRecord> steps = new ArrayList<>(manual.start(1, T0, "kepala"));
		manual.complete(steps, T0, "kepala", "800/1/2026");
		manual.complete(steps, T0, "sekretaris", "Rapat");
		manual.advance(steps, (c) -> true, T0);
		manual.complete(steps, T0, "tim", "Draf");
		assertThat(manual.requireAct(steps, Checkpoint.MANUAL, 6, user(Role.HEAD)).decision().noTarget()).isEqualTo(2);
		List<StepRecord> opened = manual.decline(steps, 2, T0.plusSeconds(60), "kepala", "Belum: data kurang");
		assertThat(opened).extracting((s) -> s.number + "/" + s.iteration + "/" + s.status)
			.containsExactly("2/2/CURRENT", "3/2/WAITING", "4/2/WAITING", "5/2/WAITING", "6/2/WAITING");
		StepRecord decided = steps.stream().filter((s) -> s.number == 6 && s.iteration == 1).findFirst().orElseThrow();
		assertThat(decided.status).isEqualTo(StepStatus.REOPENED);
		assertThat(decided.note).isEqualTo("Belum: data kurang");
		assertThat(decided.completedBy).isEqualTo("kepala");
		assertThat(SopExecutor.current(steps).number).isEqualTo(2);
		// the second pass: the conditions still hold, the acts are done again, and "yes"
		// goes on
		manual.complete(steps, T0.plusSeconds(120), "sekretaris", "Rapat lagi");
		manual.advance(steps, (c) -> true, T0.plusSeconds(120));
		manual.complete(steps, T0.plusSeconds(180), "tim", "Draf baru");
		assertThat(SopExecutor.current(steps).number).isEqualTo(6);
		assertThat(SopExecutor.current(steps).iteration).isEqualTo(2);
		manual.complete(steps, T0.plusSeconds(240), "kepala", "Setuju: lengkap");
		assertThat(SopExecutor.current(steps).number).isEqualTo(7);
	}

	@ParameterizedTest(name = "step {0}, decision \"{1}\": {2}")
	@CsvSource(nullValues = "null", value = { "6, YES, true", "6, yes, true", "6, ' no ', false", "6, null, refused",
			"6, MAYBE, refused", "6, '', refused", "5, null, none", "5, '', none", "5, NO, refused" })
	void aManualDecisionNeedsYesOrNoAndOtherStepsNone(int number, String decision, String outcome) {
		Step step = MANUAL_DECISION.step(number);
		switch (outcome) {
			case "refused" ->
				assertThatThrownBy(() -> ManualDecision.read(step, decision)).isInstanceOf(InvalidInputException.class)
					.satisfies((ex) -> assertThat(((InvalidInputException) ex).problems().get(0).field())
						.isEqualTo("decision"));
			case "none" -> assertThat(ManualDecision.read(step, decision)).isNull();
			default -> assertThat(ManualDecision.read(step, decision)).isEqualTo(Boolean.valueOf(outcome));
		}
	}

	private List<StepRecord> started() {
		List<StepRecord> steps = new ArrayList<>(this.executor.start(1, T0, "kepala"));
		this.executor.complete(steps, T0, "kepala", "800/1/2026");
		return steps;
	}

	private static Step step(int number, Checkpoint binding, Decision decision, String... lanes) {
		return new Step(number, "Kegiatan " + number, List.of(lanes),
				(decision != null) ? Symbol.DECISION : Symbol.PROCESS, binding, decision, List.of(), null, null, null);
	}

	private static CurrentUser user(Role role) {
		return new CurrentUser(1, "u", "", "U", 1, "r", 1L, "a", null, null, Set.of(role), true);
	}

}
