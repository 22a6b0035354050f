package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.round.Rounds.StepCompliance;
import id.ukur.round.StepStatus;
import id.ukur.sop.RegionCalendars;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;
import id.ukur.sop.WorkingCalendar;
import id.ukur.sop.WorkingTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * SOP time compliance across an agency's rounds ({@code sop.md} §3): per step of the
 * active revision, how many completed instances met the standard and the median working
 * time — the evidence for evaluating and revising the SOP.
 */
@Component
class Compliance {

	private final RoundStore rounds;

	private final StepStore steps;

	private final Sops sops;

	private final RegionCalendars calendars;

	Compliance(RoundStore rounds, StepStore steps, Sops sops, RegionCalendars calendars) {
		this.rounds = rounds;
		this.steps = steps;
		this.sops = sops;
		this.calendars = calendars;
	}

	List<StepCompliance> of(AgencyView agency) {
		SopRevision sop = this.sops.activeOf(agency.id()).orElse(null);
		if (sop == null) {
			return List.of();
		}
		WorkingCalendar calendar = this.calendars.of(agency.regionId());
		List<Long> ids = this.rounds.ofAgency(agency.id()).stream().map((r) -> r.id).toList();
		Map<Integer, List<Long>> minutes = this.steps.ofRounds(ids)
			.stream()
			.filter((s) -> s.status == StepStatus.DONE && s.startedAt != null && s.completedAt != null)
			.collect(Collectors.groupingBy((s) -> s.number, Collectors.mapping(
					(s) -> WorkingTime.minutesBetween(calendar, s.startedAt, s.completedAt), Collectors.toList())));
		List<StepCompliance> result = new ArrayList<>();
		for (Step step : sop.definition().steps()) {
			List<Long> measured = minutes.getOrDefault(step.number(), List.of()).stream().sorted().toList();
			Long standard = (step.time() != null) ? step.time().minutes(calendar) : null;
			int onTime = (standard == null) ? 0 : (int) measured.stream().filter((m) -> m <= standard).count();
			Long median = measured.isEmpty() ? null : median(measured);
			result.add(new StepCompliance(step.number(), step.activity(),
					(step.time() != null) ? step.time().display() : null, standard, measured.size(), onTime, median));
		}
		return result;
	}

	private static Long median(List<Long> sorted) {
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
