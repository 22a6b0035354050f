package id.ukur.round.internal;

import id.ukur.organization.CurrentUser;
import id.ukur.round.BulkAcceptance;
import id.ukur.round.RoundAction;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts every submitted value but the marked ones in one transaction (docs/rounds.md,
 * "Validation"): which values is {@link ValidationRule#acceptedByAll}; whether the user
 * may is {@link RoundPolicy}, asked for each value as a single acceptance asks, so a
 * refusal rolls every acceptance back.
 */
@Service
@Transactional
class BulkAccepting implements BulkAcceptance {

	private final RoundLoader loader;

	private final EntryStore entries;

	private final RoundChanges changes;

	BulkAccepting(RoundLoader loader, EntryStore entries, RoundChanges changes) {
		this.loader = loader;
		this.entries = entries;
		this.changes = changes;
	}

	@Override
	public List<String> acceptAllExcept(long roundId, Collection<String> except, CurrentUser user) {
		RoundState state = this.loader.load(roundId, user, true);
		Guards.open(state);
		// a non-validator is refused even when nothing would be accepted
		RoundPolicy.require(user, RoundAction.VALIDATE, state);
		Set<String> kept = (except != null) ? new HashSet<>(except) : Set.of();
		Set<String> known = new HashSet<>();
		state.entries.forEach((e) -> known.add(e.indicatorCode));
		for (String code : kept) {
			if (!known.contains(code)) {
				throw new InvalidInputException(List.of(new FieldProblem("except", "round.validation.exceptUnknown",
						String.valueOf(code).substring(0, Math.min(40, String.valueOf(code).length())))));
			}
		}
		List<EntryRecord> chosen = state.entries.stream()
			.filter((e) -> ValidationRule.acceptedByAll(e.status, e.unitCode, e.indicatorCode, kept, user.unitCode()))
			.toList();
		Instant now = this.changes.now();
		for (EntryRecord entry : chosen) {
			RoundPolicy.require(user, RoundAction.SETTLE, state, entry);
			entry.accept();
			this.entries.update(entry, "ACCEPTED", now, user.username());
			this.changes.journal(state, "ENTRY:" + entry.indicatorCode, "ENTRY_ACCEPTED", user, null,
					id.ukur.round.internal.Collection.snapshot(entry), null);
		}
		// the SOP moves on once, after every acceptance (the validation step may be done)
		this.changes.finish(state, now);
		return chosen.stream().map((e) -> e.indicatorCode).toList();
	}

}
