package id.ukur.bench;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the next Gatling simulation runs against: Gatling instantiates the simulation
 * class itself, so the benchmark hands it the node's address and the units' work here.
 *
 * @param baseUrl the node's address
 * @param units the units taking part, one virtual user each
 */
record LoadRun(String baseUrl, List<UnitWork> units) {

	private static volatile LoadRun current;

	static LoadRun current() {
		return current;
	}

	static void set(LoadRun run) {
		current = run;
	}

	/** One record per virtual user: its unit's work under {@code work}. */
	Iterator<Map<String, Object>> feeder() {
		Iterator<UnitWork> each = this.units.iterator();
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				synchronized (each) {
					return each.hasNext();
				}
			}

			@Override
			public Map<String, Object> next() {
				synchronized (each) {
					return Map.of("work", each.next());
				}
			}

		};
	}

}
