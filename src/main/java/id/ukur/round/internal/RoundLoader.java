package id.ukur.round.internal;

import id.ukur.organization.AgencyView;
import id.ukur.organization.CurrentUser;
import id.ukur.organization.Organization;
import id.ukur.shared.NotFoundException;
import id.ukur.sop.SopRevision;
import org.springframework.stereotype.Component;

/**
 * Loads a round with what its rules need, after checking the caller may see it: a round
 * of an agency the user may not read does not exist for that user.
 */
@Component
class RoundLoader {

	private final RoundStore rounds;

	private final StepStore steps;

	private final FormStore forms;

	private final EntryStore entries;

	private final Organization organization;

	private final RoundSops sops;

	RoundLoader(RoundStore rounds, StepStore steps, FormStore forms, EntryStore entries, Organization organization,
			RoundSops sops) {
		this.rounds = rounds;
		this.steps = steps;
		this.forms = forms;
		this.entries = entries;
		this.organization = organization;
		this.sops = sops;
	}

	/**
	 * @param lock whether to hold the round's row until the transaction ends, so that
	 * acts on one round (on any node) happen one after the other
	 */
	RoundState load(long id, CurrentUser user, boolean lock) {
		return state((lock ? this.rounds.findForUpdate(id) : this.rounds.find(id)), user);
	}

	/**
	 * A round for its view (the round's summary; lists and the inbox read many rounds at
	 * once through {@link RoundLists}): everything but the recap, which views never read.
	 * (No load reads the plan copy: what needs the plan asks {@link PlanCopies} for it.)
	 */
	RoundState summary(long id, CurrentUser user) {
		return state(this.rounds.findSummary(id), user);
	}

	private RoundState state(java.util.Optional<RoundRecord> found, CurrentUser user) {
		RoundRecord round = found.orElseThrow(() -> new NotFoundException("round.unknown"));
		long id = round.id;
		AgencyView agency = this.organization.agencyById(round.agencyId)
			.orElseThrow(() -> new NotFoundException("round.unknown"));
		if (user != null && !user.canRead(agency)) {
			throw new NotFoundException("round.unknown");
		}
		SopRevision sop = this.sops.of(round.sopRevisionId);
		return new RoundState(round, agency, sop, this.steps.ofRound(id), this.forms.ofRound(id),
				this.entries.ofRound(id));
	}

}
