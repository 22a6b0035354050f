package id.ukur.sop;

import java.util.List;

import id.ukur.organization.Role;

/**
 * An SOP as data: the identity block, the lanes (pelaksana) and the steps with their Mutu
 * Baku. See {@code docs/sop-format.md}.
 */
public record SopDefinition(Identity identity, List<Lane> lanes, List<Step> steps) {

	public SopDefinition {
		lanes = (lanes == null) ? List.of() : List.copyOf(lanes);
		steps = (steps == null) ? List.of() : List.copyOf(steps);
	}

	/**
	 * @return the lane with this key, or null
	 */
	public Lane lane(String key) {
		return this.lanes.stream().filter((lane) -> lane.key().equals(key)).findFirst().orElse(null);
	}

	/**
	 * @return the step with this number, or null
	 */
	public Step step(int number) {
		return this.steps.stream().filter((step) -> step.number() == number).findFirst().orElse(null);
	}

	/** The identity block of the official document. */
	public record Identity(String agencyName, String regionName, String number, String name, String createdOn,
			String revisedOn, String effectiveOn, String approvedOn, Approver approvedBy, List<String> legalBasis,
			List<String> qualifications, List<String> relatedSops, List<String> equipment, String warning,
			List<String> recordKeeping) {

		public Identity {
			legalBasis = list(legalBasis);
			qualifications = list(qualifications);
			relatedSops = list(relatedSops);
			equipment = list(equipment);
			recordKeeping = list(recordKeeping);
		}

	}

	/** Who approved the SOP (disahkan oleh). */
	public record Approver(String position, String name, String rank, String nip) {
	}

	/**
	 * A pelaksana column: its key, its name as written in the SOP, and the Ukur role
	 * acting in it.
	 */
	public record Lane(String key, String name, Role role) {
	}

	/**
	 * One step of the procedure with its lanes, symbol, binding and Mutu Baku.
	 * {@code remarks} is the Keterangan column as the SOP writes it; {@code reading} is
	 * how the person who encoded the SOP read an unclear step (a lane the SOP leaves
	 * unmarked, the checkpoint chosen). The reading is shown in the editor and on the
	 * page, never on the official document.
	 */
	public record Step(int number, String activity, List<String> lanes, Symbol symbol, Checkpoint binding,
			Decision decision, List<String> inputs, StandardTime time, String output, String remarks, String reading) {

		public Step {
			lanes = list(lanes);
			inputs = list(inputs);
		}

		/** A step without an encoder's reading. */
		public Step(int number, String activity, List<String> lanes, Symbol symbol, Checkpoint binding,
				Decision decision, List<String> inputs, StandardTime time, String output, String remarks) {
			this(number, activity, lanes, symbol, binding, decision, inputs, time, output, remarks, null);
		}

	}

	/** A decision: its question, the labels of its branches, and where "no" goes. */
	public record Decision(String question, String yesLabel, String noLabel, Integer noTarget, Checkpoint noBranch) {

		/**
		 * @return the "yes" label, "Ya" unless the SOP writes another
		 */
		public String yes() {
			return (this.yesLabel == null || this.yesLabel.isBlank()) ? "Ya" : this.yesLabel;
		}

		/**
		 * @return the "no" label, "Tidak" unless the SOP writes another
		 */
		public String no() {
			return (this.noLabel == null || this.noLabel.isBlank()) ? "Tidak" : this.noLabel;
		}

	}

	private static List<String> list(List<String> values) {
		return (values == null) ? List.of() : List.copyOf(values);
	}

}
