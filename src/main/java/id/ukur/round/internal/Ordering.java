package id.ukur.round.internal;

import id.ukur.calculation.Target;
import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.organization.UnitView;
import id.ukur.plan.Decimals;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanOutline;
import id.ukur.plan.PlanValue;
import id.ukur.plan.Plans;
import id.ukur.plan.ValueType;
import id.ukur.round.Commands;
import id.ukur.round.EntryStatus;
import id.ukur.round.FormStatus;
import id.ukur.round.Period;
import id.ukur.round.RoundStatus;
import id.ukur.shared.ConflictException;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Orders a round: checks the order, copies the plan's indicators of the period into one
 * form per unit, starts the SOP's step instances with the order done, and sends the forms
 * out at once when the SOP has no distribution step of its own.
 */
@Component
class Ordering {

	private final Organization organization;

	private final Plans plans;

	private final Sops sops;

	private final RoundStore rounds;

	private final FormStore forms;

	private final EntryStore entries;

	private final PlanCopies copies;

	private final RoundLoader loader;

	private final RoundChanges changes;

	Ordering(Organization organization, Plans plans, Sops sops, RoundStore rounds, FormStore forms, EntryStore entries,
			PlanCopies copies, RoundLoader loader, RoundChanges changes) {
		this.organization = organization;
		this.plans = plans;
		this.sops = sops;
		this.rounds = rounds;
		this.forms = forms;
		this.entries = entries;
		this.copies = copies;
		this.loader = loader;
		this.changes = changes;
	}

	boolean canOrder(AgencyView agency, CurrentUser user) {
		// users of other agencies are refused before the SOP is read
		return RoundPolicy.ownAgency(user, agency.id()) && RoundPolicy
			.order(user, agency, this.sops.activeOf(agency.id()).map(SopRevision::definition).orElse(null))
			.allowed();
	}

	long order(AgencyView agency, Commands.Order command, CurrentUser user) {
		SopRevision sop = this.sops.activeOf(agency.id())
			.orElseThrow(() -> new ConflictException("round.noSop", agency.name()));
		RoundPolicy.order(user, agency, sop.definition()).orThrow();
		Instant now = this.changes.now();
		LocalDate today = LocalDate.ofInstant(now, this.organization.region(agency.regionId()).timeZone());
		List<FieldProblem> problems = new ArrayList<>();
		Period period = period(command.period(), problems);
		Optional<PlanDocument> plan = plan(agency, command, user, problems);
		checkOrder(command, today, problems);
		List<EntryRecord> drafts = (plan.isPresent() && period != null) ? drafts(agency, plan.get(), period)
				: List.of();
		if (plan.isPresent() && period != null && drafts.isEmpty()) {
			problems.add(new FieldProblem("period", "round.noIndicators"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean exists = this.rounds.ofAgency(agency.id())
			.stream()
			.anyMatch((r) -> r.year == command.year() && r.period == period && r.status != RoundStatus.CANCELLED);
		if (exists) {
			throw new ConflictException("round.exists", period.name(), command.year());
		}
		SopExecutor executor = new SopExecutor(sop.definition());
		RoundRecord round = RoundRecord.ordered(agency, command, period, sop, executor,
				this.copies.store(plan.get(), now), now, user.username());
		round.id = this.rounds.insert(round);
		fillForms(round, drafts, now);
		start(round, sop, executor, now, user);
		return round.id;
	}

	/** The plan of the ordered year, which the round copies its indicators from. */
	private Optional<PlanDocument> plan(AgencyView agency, Commands.Order command, CurrentUser user,
			List<FieldProblem> problems) {
		if (command.year() == null) {
			problems.add(new FieldProblem("year", "validation.required"));
			return Optional.empty();
		}
		Optional<PlanDocument> plan = this.plans.document(agency.code(), command.year(), user);
		if (plan.isEmpty()) {
			problems.add(new FieldProblem("year", "round.noPlan", command.year()));
		}
		return plan;
	}

	private static void checkOrder(Commands.Order command, LocalDate today, List<FieldProblem> problems) {
		if (command.deadline() == null) {
			problems.add(new FieldProblem("deadline", "validation.required"));
		}
		else if (command.deadline().isBefore(today)) {
			problems.add(new FieldProblem("deadline", "round.deadline.past"));
		}
		if (blank(command.orderReference()) && blank(command.requestLetterReference())) {
			problems.add(new FieldProblem("orderReference", "round.order.referenceRequired"));
		}
		Texts.limit(problems, "orderReference", command.orderReference(), 200);
		Texts.limit(problems, "orderText", command.orderText(), 2000);
		Texts.limit(problems, "requestLetterReference", command.requestLetterReference(), 200);
		Texts.limit(problems, "requestLetterFrom", command.requestLetterFrom(), 200);
	}

	/**
	 * Starts the SOP's steps with the order done by whoever ordered, journals the order
	 * and announces the forms when they went out at once.
	 */
	private void start(RoundRecord round, SopRevision sop, SopExecutor executor, Instant now, CurrentUser user) {
		RoundState state = this.loader.load(round.id, user, true);
		state.steps.addAll(executor.start(round.id, now, user.username()));
		String note = (round.orderReference != null) ? round.orderReference : round.letterReference;
		executor.complete(state.steps, now, user.username(), note);
		this.changes.journal(state, "ROUND", "ORDERED", user, null,
				Map.of("period", round.period.name(), "year", round.year, "deadline", round.deadline.toString(),
						"reference", String.valueOf(note), "sopRevision", sop.revision()),
				null);
		if (round.formsDistributed) {
			state.formsDistributed();
		}
		this.changes.finish(state, now);
	}

	private void fillForms(RoundRecord round, List<EntryRecord> drafts, Instant now) {
		Set<String> units = new LinkedHashSet<>();
		for (EntryRecord entry : drafts) {
			entry.roundId = round.id;
			this.entries.insert(entry);
			units.add(entry.unitCode);
		}
		for (String unit : units) {
			this.forms.insert(round.id, unit, round.formsDistributed ? FormStatus.OPEN : FormStatus.PREPARED);
			if (round.formsDistributed) {
				FormRecord form = this.forms.find(round.id, unit).orElseThrow();
				form.distributedAt = now;
				this.forms.update(form);
			}
		}
	}

	/** The values of the period: indicators with a target for it, in plan order. */
	private List<EntryRecord> drafts(AgencyView agency, PlanDocument plan, Period period) {
		List<UnitView> units = this.organization.unitsOfAgency(agency.id());
		Set<String> known = new LinkedHashSet<>(units.stream().map(UnitView::code).toList());
		String fallback = units.isEmpty() ? "-" : units.get(0).code();
		Map<String, String> previous = previousValues(agency, plan.year(), period);
		List<EntryRecord> drafts = new ArrayList<>();
		int order = 0;
		for (PlanOutline.Placed placed : PlanOutline.of(plan).indicators()) {
			IndicatorDoc indicator = placed.indicator();
			String target = targetText(indicator, period);
			if (target == null) {
				continue;
			}
			EntryRecord e = new EntryRecord();
			e.indicatorCode = indicator.code();
			e.indicatorName = indicator.name();
			e.measureUnit = indicator.measureUnit();
			String unit = (indicator.unitCode() != null) ? indicator.unitCode() : placed.node().unitCode();
			e.unitCode = (unit != null && known.contains(unit)) ? unit : fallback;
			e.nodeCode = placed.node().code();
			e.valueType = (indicator.valueType() != null) ? indicator.valueType().name() : ValueType.NUMBER.name();
			e.targetText = target;
			e.previousText = previous.getOrDefault(indicator.code(), previousFromPlan(indicator, period));
			e.status = EntryStatus.EMPTY;
			e.sortOrder = order++;
			drafts.add(e);
		}
		return drafts;
	}

	static String targetText(IndicatorDoc indicator, Period period) {
		if (indicator.valueType() == ValueType.QUALITATIVE) {
			return RecapCalculator.qualitativeTarget(indicator, period);
		}
		// a quarter's form asks for the quarter's value against the quarter's own target;
		// the
		// calculation adds earlier quarters as the indicator's aggregation says
		Target quarter = period.quarter() ? RecapCalculator.target(indicator.periodTargets().get(period.name())) : null;
		Target target = (quarter != null) ? quarter : RecapCalculator.periodToDateTarget(indicator, period);
		if (target == null) {
			return null;
		}
		return TargetTexts.text(target);
	}

	private Map<String, String> previousValues(AgencyView agency, int year, Period period) {
		Period before = period.previous();
		if (before == null) {
			return Map.of();
		}
		return this.rounds.ofAgency(agency.id())
			.stream()
			.filter((r) -> r.year == year && r.period == before && r.status != RoundStatus.CANCELLED)
			.findFirst()
			.map((r) -> {
				Map<String, String> values = new java.util.HashMap<>();
				for (EntryRecord e : this.entries.ofRound(r.id)) {
					if (e.hasValue() && e.status != EntryStatus.NOT_REPORTED) {
						values.put(e.indicatorCode, (e.actualText != null) ? e.actualText
								: Decimals.plain(e.actualNumber.stripTrailingZeros()));
					}
				}
				return values;
			})
			.orElse(Map.of());
	}

	private static String previousFromPlan(IndicatorDoc indicator, Period period) {
		Period before = period.previous();
		if (before == null || indicator.actuals() == null) {
			return null;
		}
		PlanValue value = indicator.actuals().get(before.lastQuarter());
		return (value != null) ? value.toString() : null;
	}

	private static Period period(String text, List<FieldProblem> problems) {
		if (blank(text)) {
			problems.add(new FieldProblem("period", "validation.required"));
			return null;
		}
		try {
			return Period.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("period", "round.period.invalid"));
			return null;
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
