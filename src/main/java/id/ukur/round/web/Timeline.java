package id.ukur.round.web;

import java.util.List;
import java.util.stream.Collectors;

import id.ukur.round.RoundView;
import id.ukur.round.StepView;
import id.ukur.sop.Checkpoint;
import id.ukur.sop.SopDefinition;
import id.ukur.sop.Sops;

/** The SOP step instances of a round as its page shows them. */
final class Timeline {

	private Timeline() {
	}

	/**
	 * @return the latest instance of the first step bound to the checkpoint, or null
	 */
	static StepView bound(List<StepView> steps, Checkpoint checkpoint) {
		StepView found = null;
		for (StepView step : steps) {
			if (step.binding() == checkpoint
					&& (found == null || (step.number() == found.number() && step.iteration() > found.iteration()))) {
				found = step;
			}
		}
		return found;
	}

	static String lanes(StepView step) {
		return step.lanes().stream().map(StepView.LaneView::name).collect(Collectors.joining(", "));
	}

	/** The question and labels of a MANUAL decision that holds the round, or null. */
	static SopDefinition.Decision decision(Sops sops, RoundView round, StepView current) {
		if (current == null || !current.decision() || current.binding() != Checkpoint.MANUAL) {
			return null;
		}
		return sops.byId(round.sopRevisionId())
			.map((sop) -> sop.definition().step(current.number()))
			.map(SopDefinition.Step::decision)
			.orElse(null);
	}

}
