package id.ukur.round.internal;

import id.ukur.sop.SopRevision;
import id.ukur.sop.Sops;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The SOP revisions rounds run, read once per node: a revision's definition never changes
 * once stored (every import makes a new revision, docs/sop-format.md); only whether it is
 * the agency's active one does, which no round reads from here. One cache for a round
 * loaded on its own, the lists and the reminder job.
 */
@Component
class RoundSops {

	private final Sops sops;

	private final RecentlyUsed<Long, SopRevision> revisions = new RecentlyUsed<>(256);

	RoundSops(Sops sops) {
		this.sops = sops;
	}

	SopRevision of(long revisionId) {
		return this.revisions.get(revisionId, (id) -> this.sops.byId(id).orElseThrow());
	}

	/**
	 * @return the revisions by id, those not yet known read in one query
	 */
	Map<Long, SopRevision> of(Collection<Long> revisionIds) {
		Map<Long, SopRevision> found = new HashMap<>();
		Set<Long> missing = new HashSet<>();
		for (Long id : revisionIds) {
			SopRevision known = this.revisions.find(id);
			if (known != null) {
				found.put(id, known);
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			this.sops.byIds(missing).forEach((id, revision) -> {
				this.revisions.put(id, revision);
				found.put(id, revision);
			});
		}
		return found;
	}

}
