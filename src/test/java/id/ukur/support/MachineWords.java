package id.ukur.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Finds enum constant names in what a person reads (docs/formats.md, "Coded values"): a
 * token that looks like a constant ({@code REVERSE_DIFFERENCE}, {@code RATIO}) and is the
 * name of one of the application's enums.
 */
public final class MachineWords {

	/**
	 * A constant with an underscore anywhere, or a one-word constant ({@code RATIO}) that
	 * does not stand in a phrase written in capitals (a programme's name "PROGRAM
	 * PELATIHAN KERJA" is text).
	 */
	private static final Pattern TOKEN = Pattern
		.compile("\\b[A-Z]{2,}_[A-Z_]+\\b|(?<![A-Z][\\s-])\\b[A-Z]{4,}\\b(?![\\s-][A-Z]{2})");

	/** Every constant of the enums whose values reach readers. */
	private static final Set<String> NAMES = Stream
		.of(id.ukur.calculation.Formula.class, id.ukur.calculation.PeriodAggregation.class,
				id.ukur.calculation.Polarity.class, id.ukur.calculation.Efficiency.class,
				id.ukur.calculation.ResultStatus.class, id.ukur.calculation.ProjectionMethod.class,
				id.ukur.round.EntryStatus.class, id.ukur.round.RoundStatus.class, id.ukur.round.StepStatus.class,
				id.ukur.round.FormStatus.class, id.ukur.round.RoundAction.class, id.ukur.plan.NodeKind.class,
				id.ukur.plan.ValueType.class, id.ukur.organization.Role.class, id.ukur.audit.JournalKind.class)
		.flatMap((type) -> Arrays.stream(type.getEnumConstants()).map(Enum::name))
		.collect(Collectors.toSet());

	private MachineWords() {
	}

	/**
	 * @return the enum names found in the text, empty when none
	 */
	public static List<String> in(String text) {
		List<String> found = new ArrayList<>();
		Matcher tokens = TOKEN.matcher((text != null) ? text : "");
		while (tokens.find()) {
			if (NAMES.contains(tokens.group())) {
				found.add(tokens.group());
			}
		}
		return found;
	}

	/**
	 * @return every cell text of the workbook that holds an enum name, with its sheet
	 */
	public static List<String> inWorkbook(byte[] xlsx) throws IOException {
		List<String> found = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			book.forEach((sheet) -> sheet.forEach((row) -> row.forEach((cell) -> {
				String text = formatter.formatCellValue(cell);
				if (!in(text).isEmpty()) {
					found.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + text);
				}
			})));
		}
		return found;
	}

}
