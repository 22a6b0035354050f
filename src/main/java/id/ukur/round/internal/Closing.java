package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.RoundStatus;
import id.ukur.round.internal.SealStore.SealRecord;
import id.ukur.shared.ConflictException;
import id.ukur.shared.ForbiddenException;
import id.ukur.shared.InvalidInputException;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition.Step;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What follows the signature: the signer's reopening as a new revision, sending the
 * report to the region, the region's acknowledgement and the archive.
 */
@Component
class Closing {

	private final SealStore seals;

	private final RoundChanges changes;

	Closing(SealStore seals, RoundChanges changes) {
		this.seals = seals;
		this.changes = changes;
	}

	void reopen(RoundState state, String reason, CurrentUser user) {
		Guards.notCancelled(state);
		StepSigner signer = StepSigner.of(state);
		if (!StepActs.ownAgency(state, user) || !user.has(signer.role())) {
			throw new ForbiddenException("round.reopen.notAllowed", state.executor.laneNames(signer.step()));
		}
		if (state.round.status == RoundStatus.ARCHIVED) {
			throw new ConflictException("round.archived");
		}
		if (state.round.status != RoundStatus.SEALED) {
			throw new ConflictException("round.notSealed");
		}
		String why = Guards.reason(reason);
		Instant now = this.changes.now();
		SealRecord seal = this.seals.latest(state.round.id).orElseThrow();
		this.seals.supersede(seal.id(), now, user.username(), why);
		state.round.reopen();
		int target = StepActs.firstDataStep(state);
		state.executor.returnTo(state.steps, target, now);
		this.changes.journal(state, "ROUND", "REOPENED", user,
				Map.of("revision", seal.revision(), "verificationCode", seal.verificationCode()),
				Map.of("revision", state.round.revision, "toStep", target), why);
		this.changes.finish(state, now);
	}

	void send(RoundState state, CurrentUser user) {
		requireSealed(state);
		if (state.round.sentAt != null) {
			throw new ConflictException("round.alreadySent");
		}
		boolean step = state.executor.has(Checkpoint.SEND);
		if (step) {
			StepActs.act(state, Checkpoint.SEND, null, user);
		}
		else {
			requireAgencyOfficer(state, user);
		}
		Instant now = this.changes.now();
		state.send(now, user.username());
		if (step) {
			this.changes.completeStep(state, now, user, null, "SENT", null);
		}
		else {
			this.changes.journal(state, "ROUND", "SENT", user, null, null, null);
			this.changes.finish(state, now);
		}
	}

	void acknowledge(RoundState state, CurrentUser user) {
		if (!user.has(Role.PLANNING_AGENCY) || user.regionId() != state.round.regionId) {
			throw new ForbiddenException("round.acknowledge.notAllowed");
		}
		Instant now = this.changes.now();
		state.round.acknowledge(now, user.username());
		this.changes.journal(state, "ROUND", "ACKNOWLEDGED", user, null, null, null);
		this.changes.finish(state, now);
	}

	void archive(RoundState state, String reference, CurrentUser user) {
		String cleaned = Texts.clean(reference);
		if (cleaned == null) {
			throw new InvalidInputException("archiveReference", "validation.required");
		}
		if (cleaned.length() > 200) {
			throw new InvalidInputException("archiveReference", "validation.tooLong", 200);
		}
		if (state.round.status == RoundStatus.ARCHIVED) {
			throw new ConflictException("round.alreadyArchived");
		}
		requireSealed(state);
		boolean step = state.executor.has(Checkpoint.ARCHIVE);
		if (step) {
			StepActs.act(state, Checkpoint.ARCHIVE, null, user);
		}
		else {
			StepRecord current = SopExecutor.current(state.steps);
			if (current != null) {
				Step open = state.executor.step(current.number);
				throw new ConflictException("round.step.notCurrent", open.number(), open.activity(),
						state.executor.laneNames(open));
			}
			requireAgencyOfficer(state, user);
		}
		Instant now = this.changes.now();
		state.round.archive(cleaned, now);
		if (step) {
			this.changes.completeStep(state, now, user, cleaned, "ARCHIVED", Map.of("archiveReference", cleaned));
		}
		else {
			this.changes.journal(state, "ROUND", "ARCHIVED", user, null, Map.of("archiveReference", cleaned), null);
			this.changes.finish(state, now);
		}
	}

	private static void requireSealed(RoundState state) {
		Guards.notCancelled(state);
		if (state.round.status == RoundStatus.OPEN) {
			throw new ConflictException("round.notSealed");
		}
	}

	private static void requireAgencyOfficer(RoundState state, CurrentUser user) {
		if (!StepActs.ownAgency(state, user) || !user.hasAny(Role.PLANNER, Role.SECRETARY, Role.HEAD)) {
			throw new ForbiddenException("round.officerOnly");
		}
	}

}
