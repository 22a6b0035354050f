package id.ukur.round.internal;

import id.ukur.calculation.Target;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.UnitView;
import id.ukur.plan.IndicatorDoc;
import id.ukur.round.EntryView;
import id.ukur.round.EvidenceView;
import id.ukur.round.FormView;
import id.ukur.round.RoundAction;
import id.ukur.round.RoundView;
import id.ukur.round.StepStatus;
import id.ukur.round.StepView;
import id.ukur.round.internal.SealStore.SealRecord;
import id.ukur.sop.RegionCalendars;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.WorkingCalendar;
import id.ukur.sop.WorkingTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns loaded rounds into the views pages and the API show. */
@Component
class RoundViews {

	private final Organization organization;

	private final RegionCalendars calendars;

	private final SealStore seals;

	private final EntryStore entries;

	private final PlanCopies copies;

	RoundViews(Organization organization, RegionCalendars calendars, SealStore seals, EntryStore entries,
			PlanCopies copies) {
		this.organization = organization;
		this.calendars = calendars;
		this.seals = seals;
		this.entries = entries;
		this.copies = copies;
	}

	/** A round for documents: read by no one in particular, no actions. */
	RoundView round(RoundState state, Instant now) {
		return round(state, null, now);
	}

	/** A round with what its reader may do with it, its forms and its current step. */
	RoundView round(RoundState state, CurrentUser user, Instant now) {
		RoundRecord r = state.round;
		return round(state, user, now, unitNames(this.organization.unitsOfAgency(r.agencyId)),
				FormCounts.byUnit(FormCounts.of(state.entries)), this.seals.latest(r.id).orElse(null),
				() -> calendar(state));
	}

	/**
	 * A round as {@link #round(RoundState, CurrentUser, Instant)} shows it, from what a
	 * list read for all its rounds at once ({@link RoundLists}).
	 * @param counts the values of each form by unit code
	 * @param latestSeal the round's latest seal, or null
	 * @param calendar the region's calendar, asked for only when a step is current
	 */
	RoundView round(RoundState state, CurrentUser user, Instant now, Map<String, String> unitNames,
			Map<String, FormCounts> counts, SealRecord latestSeal, Supplier<WorkingCalendar> calendar) {
		RoundRecord r = state.round;
		List<FormView> forms = state.forms.stream().map((f) -> {
			FormCounts own = counts.getOrDefault(f.unitCode, FormCounts.NONE);
			return new FormView(f.id, f.unitCode, unitNames.getOrDefault(f.unitCode, f.unitCode), f.status,
					f.distributedAt, f.submittedAt, f.submittedBy, f.late, f.returnReason, own.entries(), own.filled(),
					own.settled(), RoundPolicy.allowed(user, state, f));
		}).toList();
		StepRecord current = SopExecutor.current(state.steps);
		StepView currentStep = (current != null) ? step(state, current, now, calendar.get()) : null;
		SealRecord seal = (latestSeal != null && !latestSeal.superseded()) ? latestSeal : null;
		return new RoundView(r.id, r.agencyId, state.agency.code(), state.agency.name(), r.regionId, r.year, r.period,
				r.deadline, r.orderReference, r.orderText, r.letterReference, r.letterFrom, r.letterDate, r.status,
				r.sopRevisionId, r.sopRevision, r.revision, r.formsPrepared, r.formsDistributed, r.calculatedAt,
				r.calculationCurrent(), r.submittedForReviewAt, r.approvedAt, r.sentAt, r.sentBy, r.acknowledgedAt,
				r.acknowledgedBy, r.archiveReference, r.archivedAt, (seal != null) ? seal.verificationCode() : null,
				(seal != null) ? seal.sha256() : null, (seal != null) ? seal.signedAt() : null,
				(seal != null) ? seal.signerName() : null, r.orderedAt, r.orderedBy, r.version, forms, currentStep,
				(r.cancelledAt != null) ? new RoundView.Cancellation(r.cancelledAt, r.cancelledBy, r.cancelReason)
						: null,
				RoundPolicy.allowed(user, state));
	}

	/** The names of an agency's units by code. */
	static Map<String, String> unitNames(List<UnitView> units) {
		return units.stream().collect(Collectors.toMap(UnitView::code, UnitView::name, (a, b) -> a));
	}

	List<StepView> steps(RoundState state, Instant now) {
		// one calendar for all the steps: it reads the region and its holidays
		WorkingCalendar calendar = calendar(state);
		return state.steps.stream()
			.sorted(Comparator.comparingInt((StepRecord s) -> s.iteration).thenComparingInt((s) -> s.number))
			.map((s) -> step(state, s, now, calendar))
			.toList();
	}

	/** The working calendar of the round's region (its hours, working days, holidays). */
	WorkingCalendar calendar(RoundState state) {
		return this.calendars.of(state.round.regionId);
	}

	StepView step(RoundState state, StepRecord s, Instant now) {
		return step(state, s, now, calendar(state));
	}

	/** A step with the region's calendar already at hand. */
	StepView step(RoundState state, StepRecord s, Instant now, WorkingCalendar calendar) {
		return step(state.executor, s, now, calendar);
	}

	/** A step of a round that runs this SOP (the reminder job has no round loaded). */
	static StepView step(SopExecutor executor, StepRecord s, Instant now, WorkingCalendar calendar) {
		Step step = executor.step(s.number);
		Long standard = (step.time() != null) ? step.time().minutes(calendar) : null;
		Instant end = (s.completedAt != null) ? s.completedAt : ((s.status == StepStatus.CURRENT) ? now : null);
		Long actual = (s.startedAt != null && end != null) ? WorkingTime.minutesBetween(calendar, s.startedAt, end)
				: null;
		Boolean onTime = null;
		if (standard != null && actual != null) {
			if (s.completedAt != null) {
				onTime = actual <= standard;
			}
			else if (actual > standard) {
				onTime = Boolean.FALSE;
			}
		}
		Instant due = (s.status == StepStatus.CURRENT && step.time() != null && s.startedAt != null)
				? WorkingTime.due(calendar, s.startedAt, step.time()) : null;
		boolean late = Boolean.FALSE.equals(onTime);
		List<StepView.LaneView> lanes = step.lanes()
			.stream()
			.map(executor.definition()::lane)
			.filter((lane) -> lane != null)
			.map((lane) -> new StepView.LaneView(lane.name(), lane.role().name()))
			.toList();
		return new StepView(s.id, s.iteration, s.number, step.activity(), lanes, step.binding(),
				step.decision() != null, s.status, s.startedAt, s.completedAt, s.completedBy, s.note,
				(step.time() != null) ? step.time().display() : null, standard, actual, onTime, due, late,
				step.output());
	}

	/** The values for documents: read by no one in particular, no actions. */
	List<EntryView> entries(RoundState state) {
		return entries(state, null);
	}

	List<EntryView> entries(RoundState state, CurrentUser user) {
		Map<Long, List<EvidenceView>> evidence = this.entries.evidenceOfRound(state.round.id)
			.stream()
			.collect(Collectors.groupingBy(EntryStore.EvidenceRow::entryId,
					Collectors.mapping(EntryStore.EvidenceRow::view, Collectors.toList())));
		Map<String, IndicatorDoc> indicators = this.copies.of(state.round).indicators();
		List<EntryView> views = new ArrayList<>();
		for (EntryRecord e : state.entries) {
			IndicatorDoc indicator = indicators.get(e.indicatorCode);
			List<String> scale = (indicator != null && indicator.scale() != null)
					? indicator.scale().stream().map(IndicatorDoc.ScaleValue::value).toList() : List.of();
			views.add(entry(e, scale, evidence.getOrDefault(e.id, List.of()), RoundPolicy.allowed(user, state, e)));
		}
		return views;
	}

	/**
	 * One value of the round as {@link #entries} shows it; reads the plan copy only for a
	 * qualitative value's scale and only this value's evidence.
	 */
	EntryView entry(RoundState state, String code, CurrentUser user) {
		EntryRecord e = state.entry(code);
		List<String> scale = List.of();
		if ("QUALITATIVE".equals(e.valueType)) {
			IndicatorDoc indicator = this.copies.of(state.round).indicators().get(code);
			if (indicator != null && indicator.scale() != null) {
				scale = indicator.scale().stream().map(IndicatorDoc.ScaleValue::value).toList();
			}
		}
		return entry(e, scale, this.entries.evidenceOf(e.id).stream().map(EntryStore.EvidenceRow::view).toList(),
				RoundPolicy.allowed(user, state, e));
	}

	static EntryView entry(EntryRecord e, List<String> scale, List<EvidenceView> evidence, Set<RoundAction> actions) {
		// the API gives numeric targets as numbers beside the text (docs/rounds.md)
		Target target = "QUALITATIVE".equals(e.valueType) ? null : TargetTexts.parse(e.targetText);
		return new EntryView(e.id, e.indicatorCode, e.indicatorName, e.measureUnit, e.unitCode, e.nodeCode, e.valueType,
				e.targetText, e.previousText, e.actualNumber, e.actualText, e.note, e.enabling, e.inhibiting, e.status,
				e.reason, e.version, e.updatedAt, e.updatedBy, scale, evidence, TargetTexts.value(target),
				TargetTexts.min(target), TargetTexts.max(target), actions);
	}

}
