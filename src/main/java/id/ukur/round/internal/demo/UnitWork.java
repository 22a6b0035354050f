package id.ukur.round.internal.demo;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.Commands;
import id.ukur.round.EntryStatus;
import id.ukur.round.EntryView;
import id.ukur.round.FormStatus;
import id.ukur.round.FormView;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The units' part of a round: each unit's staff enters its values over the days before
 * the deadline (one unit after it, when the script says so) and its head submits the
 * form, all through {@link Rounds} as those users.
 */
final class UnitWork {

	private final Rounds rounds;

	private final DemoCast cast;

	private final Timeline time;

	private final DemoValues values;

	private final RoundScript script;

	private boolean unreportedLeft;

	UnitWork(Rounds rounds, DemoCast cast, Timeline time, DemoValues values, RoundScript script) {
		this.rounds = rounds;
		this.cast = cast;
		this.time = time;
		this.values = values;
		this.script = script;
		this.unreportedLeft = script.notReported();
	}

	/** A unit's turn: the day and the minutes into it when it submits. */
	private record Turn(String unitCode, LocalDate day, int minutes) {
	}

	/** Every unit that has not submitted yet enters its values and submits. */
	void collect(RoundView round) {
		List<FormView> open = round.forms().stream().filter((f) -> f.status() != FormStatus.SUBMITTED).toList();
		if (open.isEmpty()) {
			return;
		}
		String late = this.script.lateUnit() ? open.get(this.values.pick(open.size())).unitCode() : null;
		LocalDate start = this.time.today();
		LocalDate deadline = this.script.deadline();
		List<Turn> turns = new ArrayList<>();
		for (FormView form : open) {
			LocalDate day = form.unitCode().equals(late) ? deadline.plusDays(2 + this.values.pick(3))
					: min(start.plusDays(1 + this.values.pick(5)), deadline);
			turns.add(new Turn(form.unitCode(), day, 30 + this.values.pick(360)));
		}
		turns.sort(Comparator.comparing(Turn::day).thenComparing(Turn::minutes));
		for (Turn turn : turns) {
			this.time.moveTo(turn.day(), turn.minutes());
			fill(round.id(), turn.unitCode());
			submit(round.id(), turn.unitCode());
		}
	}

	/** The unit's staff enters every value it may still change. */
	void fill(long roundId, String unitCode) {
		CurrentUser staff = this.cast.ofUnit(unitCode, Role.UNIT_STAFF);
		for (EntryView entry : this.rounds.entries(roundId, staff)) {
			if (!entry.unitCode().equals(unitCode) || entry.status() != EntryStatus.EMPTY) {
				continue;
			}
			this.time.work(3 + this.values.pick(12));
			Commands.EntryInput input = input(entry);
			this.time.act(() -> this.rounds.saveEntry(roundId, entry.indicatorCode(), input, staff));
		}
	}

	/** The unit's head submits its form. */
	void submit(long roundId, String unitCode) {
		CurrentUser head = this.cast.ofUnit(unitCode, Role.UNIT_HEAD);
		this.time.work(10 + this.values.pick(50));
		this.time.act(() -> this.rounds.submitForm(roundId, unitCode, head));
	}

	/** The unit corrects a value the team returned, and submits again. */
	void correct(long roundId, String unitCode, String indicatorCode) {
		CurrentUser staff = this.cast.ofUnit(unitCode, Role.UNIT_STAFF);
		this.time.laterDays(1, 60 + this.values.pick(240));
		EntryView entry = this.rounds.entry(roundId, indicatorCode, staff);
		Commands.EntryInput input = new Commands.EntryInput(this.values.corrected(entry),
				"Diperbaiki sesuai catatan Tim: angka disesuaikan dengan laporan bulanan.", entry.enablingFactors(),
				entry.inhibitingFactors(), entry.version());
		this.time.act(() -> this.rounds.saveEntry(roundId, indicatorCode, input, staff));
		submit(roundId, unitCode);
	}

	private Commands.EntryInput input(EntryView entry) {
		if (this.unreportedLeft && entry.scaleValues().isEmpty() && this.values.pick(3) == 0) {
			this.unreportedLeft = false;
			return new Commands.EntryInput(null, DemoValues.notReportedNote(), null, null, entry.version());
		}
		DemoValues.Value value = this.values.of(entry);
		return new Commands.EntryInput(value.actual(), null, value.enabling(), value.inhibiting(), entry.version());
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
