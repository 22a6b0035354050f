package id.ukur.round.internal.demo;

import id.ukur.organization.CurrentUser;
import id.ukur.round.EntryStatus;
import id.ukur.round.EntryView;
import id.ukur.round.RoundAction;
import id.ukur.round.Rounds;
import id.ukur.round.StepView;
import java.util.List;

/**
 * The validators' part of a round: they accept the submitted values the day after, mark a
 * value the unit could not report as not reported, and, when the script says so, return
 * one value with a reason first (the unit corrects it). Each value is settled by the
 * first validator the rounds' rule lets settle it (never one of their own unit).
 */
final class Validation {

	static final String RETURN_REASON = "Angka realisasi berbeda dengan laporan bulanan bidang; mohon periksa kembali "
			+ "dan lengkapi bukti dukung.";

	private static final String NOT_REPORTED_REASON = "Data statistik sektoral belum terbit sampai batas waktu "
			+ "pengukuran.";

	private final Rounds rounds;

	private final Actors actors;

	private final Timeline time;

	private final DemoValues values;

	private final UnitWork units;

	Validation(Rounds rounds, Actors actors, Timeline time, DemoValues values, UnitWork units) {
		this.rounds = rounds;
		this.actors = actors;
		this.time = time;
		this.values = values;
		this.units = units;
	}

	/**
	 * Settles every submitted value; with {@code correctFirst} one goes back to its unit
	 * first and comes back corrected.
	 */
	void settle(long roundId, StepView step, boolean correctFirst) {
		this.time.laterDays(1, 30 + this.values.pick(120));
		List<CurrentUser> validators = this.actors.all(roundId, step, RoundAction.VALIDATE);
		if (correctFirst) {
			EntryView returned = returnOne(roundId, validators);
			if (returned != null) {
				this.units.correct(roundId, returned.unitCode(), returned.indicatorCode());
			}
		}
		settleSome(roundId, validators, Integer.MAX_VALUE);
	}

	/**
	 * Leaves the round in validation: about half the values accepted, one returned with
	 * its reason, the rest waiting.
	 */
	void settlePartly(long roundId, StepView step) {
		this.time.laterDays(1, 30 + this.values.pick(120));
		List<CurrentUser> validators = this.actors.all(roundId, step, RoundAction.VALIDATE);
		int submitted = (int) this.rounds.entries(roundId, validators.get(0))
			.stream()
			.filter((e) -> e.status() == EntryStatus.SUBMITTED)
			.count();
		settleSome(roundId, validators, submitted / 2);
		returnOne(roundId, validators);
	}

	private void settleSome(long roundId, List<CurrentUser> validators, int most) {
		int settled = 0;
		for (CurrentUser validator : validators) {
			for (EntryView entry : this.rounds.entries(roundId, validator)) {
				if (settled >= most) {
					return;
				}
				if (entry.status() != EntryStatus.SUBMITTED || !entry.actions().contains(RoundAction.SETTLE)) {
					continue;
				}
				this.time.work(2 + this.values.pick(6));
				boolean empty = entry.actual() == null && entry.actualText() == null;
				this.time.act(() -> empty
						? this.rounds.markNotReported(roundId, entry.indicatorCode(), NOT_REPORTED_REASON, validator)
						: this.rounds.accept(roundId, entry.indicatorCode(), validator));
				settled++;
			}
		}
	}

	/**
	 * @return the value returned to its unit, or null when none could be
	 */
	private EntryView returnOne(long roundId, List<CurrentUser> validators) {
		for (CurrentUser validator : validators) {
			List<EntryView> returnable = this.rounds.entries(roundId, validator)
				.stream()
				.filter((e) -> e.status() == EntryStatus.SUBMITTED && e.actual() != null)
				.filter((e) -> e.actions().contains(RoundAction.RETURN_VALUE))
				.toList();
			if (!returnable.isEmpty()) {
				EntryView entry = returnable.get(this.values.pick(returnable.size()));
				this.time.work(5 + this.values.pick(20));
				return this.time
					.act(() -> this.rounds.returnEntry(roundId, entry.indicatorCode(), RETURN_REASON, validator));
			}
		}
		return null;
	}

}
