package id.ukur.calculation;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The per-indicator scale that maps qualitative values to numbers (e.g. BPK opinion: WTP
 * 4, WDP 3, TW 2, TMP 1).
 *
 * @param entries the allowed values, each once (ignoring case and surrounding spaces)
 */
public record QualitativeScale(List<ScaleEntry> entries) {

	/**
	 * @throws IllegalArgumentException when the scale is empty or a value appears twice
	 */
	public QualitativeScale {
		if (entries == null || entries.isEmpty()) {
			throw new IllegalArgumentException("A qualitative scale needs at least one value");
		}
		entries = List.copyOf(entries);
		Set<String> seen = new HashSet<>();
		for (ScaleEntry entry : entries) {
			if (!seen.add(key(entry.value()))) {
				throw new IllegalArgumentException("The qualitative value " + entry.value() + " appears twice");
			}
		}
	}

	/**
	 * @param value a qualitative value; matched ignoring case and surrounding spaces
	 * @return its score, empty when the value is not on the scale
	 */
	public Optional<BigDecimal> score(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String wanted = key(value);
		return this.entries.stream()
			.filter((entry) -> key(entry.value()).equals(wanted))
			.map(ScaleEntry::score)
			.findFirst();
	}

	private static String key(String value) {
		return value.trim().toLowerCase(Locale.ROOT);
	}

}
