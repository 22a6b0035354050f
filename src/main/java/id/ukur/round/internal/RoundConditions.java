package id.ukur.round.internal;

import id.ukur.round.FormStatus;
import id.ukur.round.RoundStatus;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.util.Locale;

/**
 * When an act may happen: small named predicates of a round's state that
 * {@link RoundPolicy} chains with who may act (docs/rounds.md, "Who may do what"). Each
 * answers allowed or the refusal (409) the act has always given; where a status decides,
 * the status type's transition table (docs/rounds.md, "States") answers.
 */
final class RoundConditions {

	private RoundConditions() {
	}

	/** A cancelled round does nothing more; it is kept as it stood. */
	static Decision notCancelled(RoundState s) {
		return (s.round.status == RoundStatus.CANCELLED) ? Decision.conflict("round.cancelled") : Decision.ALLOWED;
	}

	/** A sealed, archived or cancelled round refuses every change of its data. */
	static Decision open(RoundState s) {
		Decision decision = notCancelled(s);
		if (decision.allowed()) {
			decision = notArchived(s, "round.archived");
		}
		if (decision.allowed() && !s.round.open()) {
			decision = Decision.conflict("round.sealed");
		}
		return decision;
	}

	static Decision notArchived(RoundState s, String key) {
		return (s.round.status == RoundStatus.ARCHIVED) ? Decision.conflict(key) : Decision.ALLOWED;
	}

	/** Signed (sealed or archived), not cancelled. */
	static Decision sealed(RoundState s) {
		Decision decision = notCancelled(s);
		return (decision.allowed() && s.round.status == RoundStatus.OPEN) ? Decision.conflict("round.notSealed")
				: decision;
	}

	/**
	 * A round is archived from its sealed status only (RoundStatus's transition table).
	 */
	static Decision sealedNow(RoundState s) {
		return s.round.status.mayBecome(RoundStatus.ARCHIVED) ? Decision.ALLOWED : Decision.conflict("round.notSealed");
	}

	/** Only an unsigned round may be cancelled (RoundStatus's transition table). */
	static Decision unsigned(RoundState s) {
		return s.round.status.mayBecome(RoundStatus.CANCELLED) ? Decision.ALLOWED
				: Decision.conflict("round.cancel.signed");
	}

	static Decision inSop(RoundState s, Checkpoint checkpoint) {
		return s.executor.has(checkpoint) ? Decision.ALLOWED
				: Decision.conflict("round.step.notInSop", checkpoint.name());
	}

	static Decision manual(RoundState s, int number) {
		Step step = s.executor.step(number);
		if (step == null) {
			return Decision.notFound("round.step.unknown");
		}
		return (step.binding() == Checkpoint.MANUAL) ? Decision.ALLOWED
				: Decision.conflict("round.step.notManual", number);
	}

	/** Outside the SOP a round is archived only once every step is done. */
	static Decision noStepOpen(RoundState s) {
		StepRecord current = SopExecutor.current(s.steps);
		if (current == null) {
			return Decision.ALLOWED;
		}
		Step open = s.executor.step(current.number);
		return Decision.conflict("round.step.notCurrent", open.number(), open.activity(), s.executor.laneNames(open));
	}

	static Decision notPrepared(RoundState s) {
		return s.round.formsPrepared ? Decision.conflict("round.forms.alreadyPrepared") : Decision.ALLOWED;
	}

	static Decision prepared(RoundState s) {
		return s.round.formsPrepared ? Decision.ALLOWED : Decision.conflict("round.forms.notPrepared");
	}

	static Decision distributed(RoundState s) {
		return s.round.formsDistributed ? Decision.ALLOWED : Decision.conflict("round.forms.notDistributed");
	}

	/**
	 * A form is filled while it may still be submitted (FormStatus's transition table).
	 */
	static Decision formOpen(FormRecord form) {
		return form.status.mayBecome(FormStatus.SUBMITTED) ? Decision.ALLOWED
				: Decision.conflict("round.form.alreadySubmitted", form.unitCode);
	}

	static Decision notSubmitted(FormRecord form) {
		return (form.status == FormStatus.SUBMITTED) ? Decision.conflict("round.form.alreadySubmitted", form.unitCode)
				: Decision.ALLOWED;
	}

	static Decision editable(EntryRecord entry) {
		return entry.status.editableByUnit() ? Decision.ALLOWED : Decision.conflict("round.entry.locked",
				entry.indicatorCode, entry.status.name().toLowerCase(Locale.ROOT));
	}

	/** Values are settled only once the SOP reached its validation step. */
	static Decision validationReached(RoundState s) {
		if (ValidationRule.reached(s)) {
			return Decision.ALLOWED;
		}
		Step step = ValidationRule.from(s).orElseThrow();
		return Decision.conflict("round.validation.notYet", step.number(), step.activity());
	}

	static Decision notSent(RoundState s) {
		return (s.round.sentAt != null) ? Decision.conflict("round.alreadySent") : Decision.ALLOWED;
	}

	static Decision sent(RoundState s) {
		return (s.round.sentAt == null) ? Decision.conflict("round.notSent") : Decision.ALLOWED;
	}

	static Decision notAcknowledged(RoundState s) {
		return (s.round.acknowledgedAt != null) ? Decision.conflict("round.alreadyAcknowledged") : Decision.ALLOWED;
	}

}
