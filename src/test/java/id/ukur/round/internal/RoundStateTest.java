package id.ukur.round.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ukur.organization.Role;
import id.ukur.round.EntryStatus;
import id.ukur.round.FormStatus;
import id.ukur.round.Period;
import id.ukur.round.RoundEvents;
import id.ukur.round.RoundStatus;
import id.ukur.round.StepStatus;
import id.ukur.shared.ConflictException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Lane;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Symbol;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The guarded changes of the loaded round: each changes its records and registers the
 * event the act published before, which {@link RoundChanges#finish} publishes.
 */
class RoundStateTest {

	private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

	private static final SopDefinition SOP = new SopDefinition(null,
			List.of(new Lane("kadis", "Kepala Dinas", Role.HEAD), new Lane("tim", "Tim", Role.TEAM)),
			List.of(step(1, Checkpoint.ORDER, "kadis"), step(2, Checkpoint.COLLECT, "tim"),
					step(3, Checkpoint.SIGN, "kadis")));

	@Test
	void distributingOpensEveryFormAndRegistersTheDistribution() {
		RoundState state = state(FormStatus.PREPARED, EntryStatus.EMPTY);
		state.distributeForms(NOW);
		assertThat(state.forms).allSatisfy((f) -> {
			assertThat(f.status).isEqualTo(FormStatus.OPEN);
			assertThat(f.distributedAt).isEqualTo(NOW);
		});
		assertThat(state.round.formsDistributed).isTrue();
		assertThat(state.releaseEvents()).containsExactly(new RoundEvents.FormsDistributed(7, 3, "TW I 2026",
				List.of("SEK", "BID"), LocalDate.parse("2026-04-10")));
		assertThat(state.releaseEvents()).as("released once").isEmpty();
	}

	@Test
	void returningValuesReopensThemAndTheirFormsAndTellsEachUnit() {
		RoundState state = state(FormStatus.SUBMITTED, EntryStatus.ACCEPTED);
		Map<String, List<String>> byUnit = state.returnValues(state.entries, "Data kurang");
		assertThat(byUnit).containsExactly(Map.entry("SEK", List.of("IKU-1")), Map.entry("BID", List.of("IKU-2")));
		assertThat(state.entries).allSatisfy((e) -> {
			assertThat(e.status).isEqualTo(EntryStatus.RETURNED);
			assertThat(e.reason).isEqualTo("Data kurang");
		});
		assertThat(state.forms).allSatisfy((f) -> assertThat(f.status).isEqualTo(FormStatus.RETURNED));
		assertThat(state.releaseEvents()).containsExactly(
				new RoundEvents.ValuesReturned(7, 3, "TW I 2026", "SEK", List.of("IKU-1"), "Data kurang"),
				new RoundEvents.ValuesReturned(7, 3, "TW I 2026", "BID", List.of("IKU-2"), "Data kurang"));
	}

	@Test
	void returningADraftIsRefusedByName() {
		RoundState state = state(FormStatus.OPEN, EntryStatus.DRAFT);
		assertThatThrownBy(() -> state.returnValues(state.entries, "Alasan")).isInstanceOf(ConflictException.class)
			.hasMessage("round.entry.notSubmitted");
		assertThat(state.releaseEvents()).isEmpty();
	}

	@Test
	void cancellingCancelsTheCurrentStepAndRegistersTheCancellation() {
		RoundState state = state(FormStatus.OPEN, EntryStatus.DRAFT);
		StepRecord current = state.cancel(NOW, "kepala", "Anggaran dialihkan");
		assertThat(current.number).isEqualTo(2);
		assertThat(current.status).isEqualTo(StepStatus.CANCELLED);
		assertThat(current.note).isEqualTo("Anggaran dialihkan");
		assertThat(state.round.status).isEqualTo(RoundStatus.CANCELLED);
		assertThat(state.round.cancelReason).isEqualTo("Anggaran dialihkan");
		assertThat(state.releaseEvents())
			.containsExactly(new RoundEvents.RoundCancelled(7, 3, "TW I 2026", "Anggaran dialihkan"));
	}

	@Test
	void aSignedRoundIsNotCancelled() {
		RoundState state = state(FormStatus.SUBMITTED, EntryStatus.ACCEPTED);
		state.round.status = RoundStatus.SEALED;
		assertThatThrownBy(() -> state.cancel(NOW, "kepala", "Alasan")).isInstanceOf(ConflictException.class)
			.hasMessage("round.cancel.signed");
		assertThat(SopExecutor.current(state.steps).status).isEqualTo(StepStatus.CURRENT);
		assertThat(state.releaseEvents()).isEmpty();
	}

	@Test
	void sendingRegistersTheSendingOnce() {
		RoundState state = state(FormStatus.SUBMITTED, EntryStatus.ACCEPTED);
		state.round.status = RoundStatus.SEALED;
		state.send(NOW, "sekretaris");
		assertThat(state.round.sentAt).isEqualTo(NOW);
		assertThat(state.round.sentBy).isEqualTo("sekretaris");
		assertThat(state.releaseEvents()).containsExactly(new RoundEvents.RoundSent(7, 3, 5, "TW I 2026"));
		assertThatThrownBy(() -> state.send(NOW, "sekretaris")).isInstanceOf(ConflictException.class)
			.hasMessage("round.alreadySent");
		assertThat(state.releaseEvents()).isEmpty();
	}

	@Test
	void reopeningASealedRoundStartsANewRevisionAndForgetsWhatFollowedTheSignature() {
		RoundRecord round = state(FormStatus.SUBMITTED, EntryStatus.ACCEPTED).round;
		round.status = RoundStatus.SEALED;
		round.calculatedVersion = 4L;
		round.approvedAt = NOW;
		round.send(NOW, "sekretaris");
		round.acknowledge(NOW, "bappeda");
		round.reopen();
		assertThat(round.status).isEqualTo(RoundStatus.OPEN);
		assertThat(round.revision).isEqualTo(2);
		assertThat(round.calculatedVersion).isNull();
		assertThat(round.approvedAt).isNull();
		assertThat(round.sentAt).isNull();
		assertThat(round.acknowledgedBy).isNull();
	}

	@Test
	void aValueIsEditedByTheUnitOnlyWhileOpenToIt() {
		EntryRecord entry = state(FormStatus.OPEN, EntryStatus.EMPTY).entries.get(0);
		entry.edit(java.math.BigDecimal.TEN, null, "Catatan", null, null);
		assertThat(entry.status).isEqualTo(EntryStatus.DRAFT);
		assertThat(entry.note).isEqualTo("Catatan");
		entry.status = EntryStatus.ACCEPTED;
		assertThatThrownBy(() -> entry.edit(null, null, null, null, null)).isInstanceOf(ConflictException.class)
			.hasMessage("round.entry.locked");
		assertThat(entry.actualNumber).isEqualTo(java.math.BigDecimal.TEN);
	}

	@Test
	void formsArePreparedOnce() {
		RoundRecord round = state(FormStatus.PREPARED, EntryStatus.EMPTY).round;
		round.formsPrepared = false;
		round.prepareForms();
		assertThat(round.formsPrepared).isTrue();
		assertThatThrownBy(round::prepareForms).isInstanceOf(ConflictException.class)
			.hasMessage("round.forms.alreadyPrepared");
	}

	private static RoundState state(FormStatus forms, EntryStatus entries) {
		RoundRecord round = new RoundRecord();
		round.id = 7;
		round.agencyId = 3;
		round.regionId = 5;
		round.year = 2026;
		round.period = Period.TW1;
		round.deadline = LocalDate.parse("2026-04-10");
		round.status = RoundStatus.OPEN;
		round.revision = 1;
		SopRevision sop = new SopRevision(11, 3, 1, true, LocalDate.parse("2026-01-02"), null, NOW, "perencana", SOP);
		SopExecutor executor = new SopExecutor(SOP);
		List<StepRecord> steps = new java.util.ArrayList<>(executor.start(7, NOW, "kepala"));
		executor.complete(steps, NOW, "kepala", "SPRIN/1");
		return new RoundState(round, null, sop, steps, List.of(form("SEK", forms), form("BID", forms)),
				List.of(entry("IKU-1", "SEK", entries), entry("IKU-2", "BID", entries)));
	}

	private static FormRecord form(String unit, FormStatus status) {
		FormRecord form = new FormRecord();
		form.roundId = 7;
		form.unitCode = unit;
		form.status = status;
		return form;
	}

	private static EntryRecord entry(String code, String unit, EntryStatus status) {
		EntryRecord entry = new EntryRecord();
		entry.roundId = 7;
		entry.indicatorCode = code;
		entry.unitCode = unit;
		entry.status = status;
		return entry;
	}

	private static Step step(int number, Checkpoint binding, String lane) {
		return new Step(number, "Kegiatan " + number, List.of(lane), Symbol.PROCESS, binding, null, List.of(), null,
				null, null);
	}

}
