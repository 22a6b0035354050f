package id.ukur.round.internal.demo;

import id.ukur.organization.CurrentUser;
import id.ukur.round.ActionPlanStatus;
import id.ukur.round.ActionPlanView;
import id.ukur.round.Commands;
import id.ukur.round.EntryView;
import id.ukur.round.Recap;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundView;
import id.ukur.round.Rounds;
import id.ukur.round.StepView;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Follow-up action plans of a round before it is signed: the previous round's plans are
 * under way, older ones done, and each indicator of the last calculation that needs a
 * follow-up gets a plan owned by its unit, due at the end of the next quarter.
 */
final class FollowUps {

	private static final List<String> ACTIONS = List.of(
			"Percepatan pelaksanaan kegiatan dan penjadwalan ulang pada triwulan berikutnya.",
			"Koordinasi dengan instansi terkait untuk ketersediaan data tepat waktu.",
			"Penambahan pendampingan teknis dan pemantauan bulanan oleh bidang.",
			"Penyesuaian rencana aksi dan realokasi anggaran pada perubahan DPA.");

	private final Rounds rounds;

	private final Actors actors;

	private final Timeline time;

	private final DemoValues values;

	FollowUps(Rounds rounds, Actors actors, Timeline time, DemoValues values) {
		this.rounds = rounds;
		this.actors = actors;
		this.time = time;
		this.values = values;
	}

	/** Closes the earlier rounds' plans and plans what this round's results need. */
	void plan(RoundView round, StepView step) {
		CurrentUser author = this.actors.who(round.id(), step, RoundAction.FOLLOW_UP);
		Recap recap = this.rounds.recap(round.id(), author).orElse(null);
		if (recap == null) {
			return;
		}
		List<ActionPlanView> plans = this.rounds.actionPlans(round.id(), author);
		long previous = plans.stream()
			.mapToLong(ActionPlanView::roundId)
			.filter((id) -> id != round.id())
			.max()
			.orElse(-1);
		for (ActionPlanView earlier : plans) {
			// the previous round's plans are under way, older ones done
			ActionPlanStatus next = (earlier.roundId() == previous) ? ActionPlanStatus.IN_PROGRESS
					: ActionPlanStatus.DONE;
			if (earlier.roundId() != round.id() && !earlier.status().equals(next.name())) {
				this.time.work(3 + this.values.pick(5));
				this.time.act(() -> this.rounds.setActionPlanStatus(round.id(), earlier.id(), next.name(),
						earlier.version(), author));
			}
		}
		Set<String> planned = plans.stream()
			.filter((p) -> p.roundId() == round.id())
			.map(ActionPlanView::indicatorCode)
			.collect(Collectors.toSet());
		Map<String, String> units = new HashMap<>();
		for (EntryView entry : this.rounds.entries(round.id(), author)) {
			units.put(entry.indicatorCode(), entry.unitCode());
		}
		LocalDate due = this.time.today().plusMonths(3).with(TemporalAdjusters.lastDayOfMonth());
		for (Recap.IndicatorResult result : recap.indicators()) {
			String code = result.indicatorCode();
			if (result.needsFollowUp() && !planned.contains(code) && units.containsKey(code)) {
				Commands.ActionPlan plan = new Commands.ActionPlan(code,
						"Capaian di bawah target triwulan; faktor penghambat telah diidentifikasi bersama bidang.",
						ACTIONS.get(this.values.pick(ACTIONS.size())), units.get(code), due);
				this.time.work(10 + this.values.pick(20));
				this.time.act(() -> this.rounds.addActionPlan(round.id(), plan, author));
			}
		}
	}

}
