package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.round.FormStatus;
import id.ukur.round.Recap;
import id.ukur.round.RoundEvents;
import id.ukur.round.RoundStatus;
import id.ukur.shared.ConflictException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopRevision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A round loaded with everything its rules look at: the agency, the SOP revision it runs,
 * its step instances, forms and values.
 */
final class RoundState {

	final RoundRecord round;

	final AgencyView agency;

	final SopRevision sop;

	final SopExecutor executor;

	final List<StepRecord> steps;

	final List<FormRecord> forms;

	final List<EntryRecord> entries;

	/** Whether only the current step and no values were read ({@link #light}). */
	private final boolean light;

	/** What this change tells other modules, published when it is finished. */
	private final List<Object> events = new ArrayList<>();

	RoundState(RoundRecord round, AgencyView agency, SopRevision sop, List<StepRecord> steps, List<FormRecord> forms,
			List<EntryRecord> entries) {
		this.round = round;
		this.agency = agency;
		this.sop = sop;
		this.executor = new SopExecutor(sop.definition());
		this.steps = new ArrayList<>(steps);
		this.forms = forms;
		this.entries = entries;
		this.light = false;
	}

	private RoundState(RoundRecord round, AgencyView agency, SopRevision sop, StepRecord current,
			List<FormRecord> forms) {
		this.round = round;
		this.agency = agency;
		this.sop = sop;
		this.executor = new SopExecutor(sop.definition());
		this.steps = (current != null) ? List.of(current) : List.of();
		this.forms = forms;
		this.entries = List.of();
		this.light = true;
	}

	/**
	 * A round as lists show it ({@link RoundLists}): its row, SOP, forms and current step
	 * (null: none), no earlier steps and no values. That is all {@link RoundPolicy} reads
	 * for the actions of a round and of its forms, which views carry (the current step
	 * decides where the SOP stands); rules that read the values refuse such a state.
	 */
	static RoundState light(RoundRecord round, AgencyView agency, SopRevision sop, StepRecord current,
			List<FormRecord> forms) {
		return new RoundState(round, agency, sop, current, forms);
	}

	private void requireValues() {
		if (this.light) {
			throw new IllegalStateException("round " + this.round.id + " was read for a list, without its values");
		}
	}

	boolean allSubmitted() {
		return !this.forms.isEmpty() && this.forms.stream().allMatch((f) -> f.status == FormStatus.SUBMITTED);
	}

	boolean allSettled() {
		requireValues();
		return this.entries.stream().allMatch((e) -> e.status.settled());
	}

	long openValues() {
		requireValues();
		return this.entries.stream().filter((e) -> !e.status.settled()).count();
	}

	/**
	 * Whether a condition checkpoint holds ({@code sop.md} §2); the step bound to
	 * {@code CALCULATE} also waits for every value to be settled, whether or not the SOP
	 * spells out collection and validation.
	 * @param recap the last calculation, read only for a FOLLOW_UP step
	 * @param planned the indicators with an action plan in this round, likewise
	 */
	Predicate<Checkpoint> facts(Supplier<Recap> recap, Supplier<Set<String>> planned) {
		return (checkpoint) -> switch (checkpoint) {
			case PREPARE_FORMS -> this.round.formsPrepared;
			case COLLECT -> allSubmitted();
			case VALIDATE -> allSettled();
			case CALCULATE -> allSettled() && this.round.calculationCurrent();
			case FOLLOW_UP -> allSettled() && this.round.calculationCurrent() && followedUp(recap.get(), planned);
			default -> false;
		};
	}

	private static boolean followedUp(Recap recap, Supplier<Set<String>> planned) {
		if (recap == null) {
			return false;
		}
		Set<String> codes = planned.get();
		return recap.indicators()
			.stream()
			.filter(Recap.IndicatorResult::needsFollowUp)
			.allMatch((r) -> codes.contains(r.indicatorCode()));
	}

	Set<String> unitCodes() {
		return this.forms.stream().map((f) -> f.unitCode).collect(Collectors.toSet());
	}

	EntryRecord entry(String code) {
		requireValues();
		return this.entries.stream()
			.filter((e) -> e.indicatorCode.equals(code))
			.findFirst()
			.orElseThrow(() -> new id.ukur.shared.NotFoundException("round.entry.unknown"));
	}

	FormRecord form(String unitCode) {
		return this.forms.stream()
			.filter((f) -> f.unitCode.equals(unitCode))
			.findFirst()
			.orElseThrow(() -> new id.ukur.shared.NotFoundException("round.form.unknown"));
	}

	/**
	 * Registers an event of this change; {@link RoundChanges#finish} publishes the
	 * registered events, in order, in the act's transaction.
	 */
	void register(Object event) {
		this.events.add(event);
	}

	/**
	 * @return the registered events, forgotten here
	 */
	List<Object> releaseEvents() {
		List<Object> released = List.copyOf(this.events);
		this.events.clear();
		return released;
	}

	/** Every form goes out to its unit; the units are told. */
	void distributeForms(Instant now) {
		for (FormRecord form : this.forms) {
			form.distribute(now);
		}
		this.round.formsDistributed = true;
		formsDistributed();
	}

	/**
	 * Announces the forms as sent out (at the order, when the SOP distributes at once).
	 */
	void formsDistributed() {
		register(new RoundEvents.FormsDistributed(this.round.id, this.round.agencyId, RoundChanges.label(this.round),
				this.forms.stream().map((f) -> f.unitCode).toList(), this.round.deadline));
	}

	/**
	 * Returns values to their units with a reason: the values and their forms reopen,
	 * each unit is told which values came back.
	 * @return the indicator codes returned, by unit, in the order of the values
	 */
	Map<String, List<String>> returnValues(List<EntryRecord> values, String reason) {
		Map<String, List<String>> byUnit = new LinkedHashMap<>();
		for (EntryRecord entry : values) {
			entry.returnToUnit(reason);
			byUnit.computeIfAbsent(entry.unitCode, (u) -> new ArrayList<>()).add(entry.indicatorCode);
		}
		byUnit.forEach((unit, codes) -> {
			form(unit).returnValues(reason);
			register(new RoundEvents.ValuesReturned(this.round.id, this.round.agencyId, RoundChanges.label(this.round),
					unit, codes, reason));
		});
		return byUnit;
	}

	/** The sealed report goes to the region. */
	void send(Instant now, String by) {
		this.round.send(now, by);
		register(new RoundEvents.RoundSent(this.round.id, this.round.agencyId, this.round.regionId,
				RoundChanges.label(this.round)));
	}

	/**
	 * The head cancels the round: the step that held it is cancelled with it.
	 * @return the step that held the round, or null
	 */
	StepRecord cancel(Instant now, String by, String reason) {
		if (this.round.status != RoundStatus.OPEN) {
			throw new ConflictException("round.cancel.signed");
		}
		StepRecord current = SopExecutor.current(this.steps);
		if (current != null) {
			current.cancel(now, by, reason);
		}
		this.round.cancel(now, by, reason);
		register(new RoundEvents.RoundCancelled(this.round.id, this.round.agencyId, RoundChanges.label(this.round),
				reason));
		return current;
	}

}
