package id.ukur.round;

import id.ukur.sop.Checkpoint;
import java.time.Instant;
import java.util.List;

/**
 * One step instance of a round with its time against the standard.
 *
 * @param iteration 1 for the first pass; a return opens the steps again with the next
 * @param actualMinutes working minutes from becoming current to completion (or to now
 * while current)
 * @param onTime null while the step has no time yet or no standard
 * @param due when the step is due by its standard, while current
 */
public record StepView(long id, int iteration, int number, String activity, List<LaneView> lanes, Checkpoint binding,
		boolean decision, StepStatus status, Instant startedAt, Instant completedAt, String completedBy, String note,
		String standard, Long standardMinutes, Long actualMinutes, Boolean onTime, Instant due, boolean late,
		String output) {

	/** A lane of the step: its name in the SOP and the role that acts in it. */
	public record LaneView(String name, String role) {
	}

}
