package id.ukur.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.PeriodTarget;
import id.ukur.plan.PlanValue;
import id.ukur.shared.FieldProblem;
import id.ukur.shared.Numbers;

import org.springframework.context.i18n.LocaleContextHolder;

/** Reads numbers, targets and scales as people type them in forms. */
final class PlanText {

	private PlanText() {
	}

	/** Reads a number in the reader's language (docs/formats.md). */
	static BigDecimal parse(String text) {
		return Numbers.parse(text, LocaleContextHolder.getLocale());
	}

	/** A number shown for editing, in the reader's format that {@link #parse} reads. */
	static String show(BigDecimal number) {
		return Numbers.plain(number, LocaleContextHolder.getLocale());
	}

	/** A value as kept ({@code 7.05}, {@code 80–90}, {@code WTP}) shown for editing. */
	static String show(String stored) {
		return Numbers.localize(stored, LocaleContextHolder.getLocale());
	}

	static BigDecimal number(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal number = parse(text);
		if (number == null) {
			problems.add(Numbers.beyondBounds(text, LocaleContextHolder.getLocale()) ? Numbers.bounds(field)
					: new FieldProblem(field, "plan.form.number", text));
		}
		return number;
	}

	static PlanValue value(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal number = parse(text);
		return (number != null) ? PlanValue.of(number) : PlanValue.of(text.trim());
	}

	static PeriodTarget target(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal number = parse(text);
		if (number != null) {
			return PeriodTarget.of(number);
		}
		String[] parts = text.trim().split("\\s*[-–]\\s*");
		if (parts.length == 2 && parse(parts[0]) != null && parse(parts[1]) != null) {
			return PeriodTarget.range(parse(parts[0]), parse(parts[1]));
		}
		return PeriodTarget.of(text.trim());
	}

	static List<IndicatorDoc.ScaleValue> scale(String field, String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<IndicatorDoc.ScaleValue> entries = new ArrayList<>();
		for (String part : text.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pair = part.split("=");
			BigDecimal score = (pair.length == 2) ? parse(pair[1]) : null;
			if (score == null || pair[0].isBlank()) {
				problems.add(new FieldProblem(field, "plan.xlsx.scale", part.trim()));
				return null;
			}
			entries.add(new IndicatorDoc.ScaleValue(pair[0].trim(), score));
		}
		return entries;
	}

}
