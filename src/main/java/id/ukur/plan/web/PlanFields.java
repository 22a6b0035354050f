package id.ukur.plan.web;

/**
 * Turns a validation path of the whole plan into the part that names a field of one node
 * or indicator.
 */
final class PlanFields {

	private PlanFields() {
	}

	/** {@code goals[0].objectives[1].indicators[2].targetMin} → {@code targetMin}. */
	static String last(String path) {
		int index = path.lastIndexOf("].");
		return (index >= 0) ? path.substring(index + 2) : path;
	}

}
