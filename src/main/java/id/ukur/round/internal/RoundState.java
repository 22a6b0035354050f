package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.round.FormStatus;
import id.ukur.round.Recap;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopRevision;
import java.util.List;
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

	RoundState(RoundRecord round, AgencyView agency, SopRevision sop, List<StepRecord> steps, List<FormRecord> forms,
			List<EntryRecord> entries) {
		this.round = round;
		this.agency = agency;
		this.sop = sop;
		this.executor = new SopExecutor(sop.definition());
		this.steps = new java.util.ArrayList<>(steps);
		this.forms = forms;
		this.entries = entries;
	}

	boolean allSubmitted() {
		return !this.forms.isEmpty() && this.forms.stream().allMatch((f) -> f.status == FormStatus.SUBMITTED);
	}

	boolean allSettled() {
		return this.entries.stream().allMatch((e) -> e.status.settled());
	}

	long openValues() {
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

}
