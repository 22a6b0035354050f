package id.ukur.sop.internal;

import java.util.List;

import id.ukur.organization.AgencyReadiness;
import id.ukur.organization.AgencyView;
import id.ukur.organization.Role;

import org.springframework.stereotype.Component;

/** The SOP module's part of what an agency needs for a round: an active SOP. */
@Component
class SopReadiness implements AgencyReadiness {

	private final SopStore store;

	SopReadiness(SopStore store) {
		this.store = store;
	}

	@Override
	public List<Item> check(AgencyView agency) {
		return List.of(new Item(50, "readiness.sop", new Object[0], this.store.active(agency.id()).isPresent(),
				Role.PLANNER, "/agencies/" + agency.code() + "/sop"));
	}

}
