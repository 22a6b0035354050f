package id.ukur.round.internal.demo;

import id.ukur.organization.CurrentUser;
import id.ukur.organization.Role;
import id.ukur.round.RoundAction;
import id.ukur.round.Rounds;
import id.ukur.round.StepView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who of the cast takes an action: the first user, those of the step's lanes first, whose
 * view of the round allows it, by the rounds' own rule (docs/rounds.md, "Who may do
 * what"). The answer is remembered per step and action: every round of an agency follows
 * the same SOP.
 */
final class Actors {

	private final Rounds rounds;

	private final DemoCast cast;

	private final Map<String, CurrentUser> chosen = new HashMap<>();

	private final Map<String, List<CurrentUser>> allowed = new HashMap<>();

	Actors(Rounds rounds, DemoCast cast) {
		this.rounds = rounds;
		this.cast = cast;
	}

	DemoCast cast() {
		return this.cast;
	}

	/**
	 * @param step the current step, or null
	 * @return the user who takes the action in the round now
	 * @throws IllegalStateException when no one of the cast may
	 */
	CurrentUser who(long roundId, StepView step, RoundAction action) {
		String key = action + "@" + ((step != null) ? step.number() : 0);
		CurrentUser known = this.chosen.get(key);
		if (known != null) {
			return known;
		}
		for (CurrentUser user : candidates(step, action)) {
			if (this.rounds.round(roundId, user).actions().contains(action)) {
				this.chosen.put(key, user);
				return user;
			}
		}
		throw new IllegalStateException("No demo user of " + this.cast.agency().code() + " may " + action
				+ ((step != null) ? " in step " + step.number() : ""));
	}

	/**
	 * @return every user of the cast whose view of the round allows the action, lanes
	 * first (remembered per step and action too)
	 */
	List<CurrentUser> all(long roundId, StepView step, RoundAction action) {
		return this.allowed.computeIfAbsent(action + "@" + ((step != null) ? step.number() : 0), (key) -> {
			List<CurrentUser> may = new ArrayList<>();
			for (CurrentUser user : candidates(step, action)) {
				if (this.rounds.round(roundId, user).actions().contains(action)) {
					may.add(user);
				}
			}
			return List.copyOf(may);
		});
	}

	private List<CurrentUser> candidates(StepView step, RoundAction action) {
		if (action == RoundAction.ACKNOWLEDGE) {
			return this.cast.ofRegion(Role.PLANNING_AGENCY);
		}
		Set<CurrentUser> candidates = new LinkedHashSet<>();
		if (step != null) {
			List<Role> roles = step.lanes()
				.stream()
				.filter((lane) -> lane.role() != null && !lane.role().isBlank())
				.map((lane) -> Role.valueOf(lane.role()))
				.toList();
			candidates.addAll(this.cast.holding(roles));
		}
		candidates.addAll(this.cast.members());
		return List.copyOf(candidates);
	}

}
