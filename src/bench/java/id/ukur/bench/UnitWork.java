package id.ukur.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one unit does on the deadline day: its staff member saves each of the unit's
 * values (some twice, a correction), then the unit's head submits the form.
 *
 * @param round the round's id
 * @param agency the agency's code
 * @param unit the unit's code
 * @param staffToken the staff member's API token
 * @param headToken the unit head's API token
 * @param saves the saves in order
 * @param versions the current version of each of the unit's values, by indicator code
 */
record UnitWork(long round, String agency, String unit, String staffToken, String headToken, List<Save> saves,
		Map<String, Long> versions) {

	UnitWork {
		versions = new ConcurrentHashMap<>(versions);
	}

	/**
	 * One save.
	 *
	 * @param code the indicator's code
	 * @param actual the value as a JSON literal (a number, or a quoted scale value)
	 * @param compare the value as the database keeps it, to check it afterwards
	 */
	record Save(String code, String actual, String compare) {
	}

	String savePath(int index) {
		return "/api/v1/rounds/" + this.round + "/entries/" + this.saves.get(index).code();
	}

	String saveBody(int index) {
		Save save = this.saves.get(index);
		return "{\"actual\": " + save.actual() + ", \"note\": \"Data bidang, diisi pada hari tenggat\","
				+ " \"version\": " + this.versions.get(save.code()) + "}";
	}

	String submitPath() {
		return "/api/v1/rounds/" + this.round + "/units/" + this.unit + "/submit";
	}

	/** The requests this unit sends on the deadline day: its saves and the submission. */
	int requests() {
		return this.saves.size() + 1;
	}

}
