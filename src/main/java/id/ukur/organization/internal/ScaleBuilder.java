package id.ukur.organization.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.ukur.calculation.RatingBand;
import id.ukur.calculation.RatingScale;
import id.ukur.organization.RegionSettings.BandCommand;
import id.ukur.organization.RegionSettings.ScaleCommand;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.InvalidInputException;

/**
 * Checks a new scale as typed and builds it: bands best first, bounds falling, the last
 * open.
 */
final class ScaleBuilder {

	private ScaleBuilder() {
	}

	static RatingScale build(ScaleCommand command, List<RatingScale> existing) {
		List<FieldProblem> problems = new ArrayList<>();
		String code = code(command, existing, problems);
		List<BandCommand> typed = (command.bands() == null) ? List.of()
				: command.bands().stream().filter((band) -> band.code() != null && !band.code().isBlank()).toList();
		if (typed.size() < 2) {
			problems.add(new FieldProblem("bands", "settings.scale.bands"));
		}
		List<RatingBand> bands = bands(typed, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		try {
			String nameEn = (command.nameEn() == null || command.nameEn().isBlank()) ? command.nameId().trim()
					: command.nameEn().trim();
			return new RatingScale(code, command.nameId().trim(), nameEn, bands);
		}
		catch (IllegalArgumentException ex) {
			// the checks above leave the scale nothing to refuse but bounds out of order
			throw new InvalidInputException("bands", "settings.band.order");
		}
	}

	/** The scale's code (new in the region) and name. */
	private static String code(ScaleCommand command, List<RatingScale> existing, List<FieldProblem> problems) {
		String code = (command.code() == null) ? "" : command.code().trim().toUpperCase();
		if (!code.matches("[A-Z0-9_]{2,32}")) {
			problems.add(new FieldProblem("code", "settings.scale.code"));
		}
		else if (existing.stream().anyMatch((scale) -> scale.code().equals(code))) {
			problems.add(new FieldProblem("code", "settings.scale.duplicate", code));
		}
		if (command.nameId() == null || command.nameId().isBlank()) {
			problems.add(new FieldProblem("nameId", "validation.required"));
		}
		return code;
	}

	/**
	 * The bands as typed, best first: each bound below the one before, the last band
	 * open; built only while nothing is wrong.
	 */
	private static List<RatingBand> bands(List<BandCommand> typed, List<FieldProblem> problems) {
		List<RatingBand> bands = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		BigDecimal upper = null;
		for (int i = 0; i < typed.size(); i++) {
			BandCommand band = typed.get(i);
			boolean last = i == typed.size() - 1;
			BigDecimal lower = RegionSettingsService.decimal("bands[" + i + "].lowerExclusive", band.lowerExclusive(),
					problems);
			if (!last && lower == null) {
				problems.add(new FieldProblem("bands[" + i + "].lowerExclusive", "settings.band.bound"));
			}
			if (last) {
				lower = null;
			}
			if (lower != null && upper != null && lower.compareTo(upper) >= 0) {
				problems.add(new FieldProblem("bands[" + i + "].lowerExclusive", "settings.band.order"));
			}
			if (!codes.add(band.code().trim().toUpperCase())) {
				// named here in the reader's language; the scale itself would refuse it
				// in English
				problems.add(new FieldProblem("bands", "settings.band.duplicate", band.code().trim().toUpperCase()));
			}
			if (band.labelId() == null || band.labelId().isBlank()) {
				problems.add(new FieldProblem("bands[" + i + "].labelId", "validation.required"));
			}
			if (problems.isEmpty()) {
				String labelEn = (band.labelEn() == null || band.labelEn().isBlank()) ? band.labelId().trim()
						: band.labelEn().trim();
				bands.add(
						new RatingBand(band.code().trim().toUpperCase(), lower, upper, band.labelId().trim(), labelEn));
			}
			upper = lower;
		}
		return bands;
	}

}
