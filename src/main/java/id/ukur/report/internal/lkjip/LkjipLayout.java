package id.ukur.report.internal.lkjip;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import id.ukur.report.internal.lkjip.DocTable.Cell;
import id.ukur.report.internal.lkjip.DocTable.Head;
import id.ukur.shared.Numbers;

/**
 * The tables of chapter III as the documents print them: one per objective ("Tabel 3.1"
 * …) and the efficiency table after them, numbered in order.
 */
final class LkjipLayout {

	static final String PERCENT = "#,##0.00";

	static final String MONEY = "#,##0";

	/** Columns beyond which a table is printed on a landscape page. */
	private static final int PORTRAIT_COLUMNS = 8;

	private final Lkjip lkjip;

	private final LkjipTexts texts;

	private boolean anyProvisional;

	private LkjipLayout(Lkjip lkjip, LkjipTexts texts) {
		this.lkjip = lkjip;
		this.texts = texts;
	}

	static List<DocTable> of(Lkjip lkjip, LkjipTexts texts) {
		LkjipLayout layout = new LkjipLayout(lkjip, texts);
		List<DocTable> tables = new ArrayList<>();
		int number = 1;
		for (Lkjip.ObjectiveTable objective : lkjip.objectives()) {
			tables.add(layout.objective(objective, number++));
		}
		if (!lkjip.efficiency().isEmpty()) {
			tables.add(layout.efficiency(number));
		}
		return tables;
	}

	private DocTable objective(Lkjip.ObjectiveTable objective, int number) {
		this.anyProvisional = false;
		int previous = this.lkjip.previousYears().size();
		int columns = 10 + 2 * previous;
		List<List<Cell>> rows = new ArrayList<>();
		int no = 1;
		for (Lkjip.IndicatorRow row : objective.indicators()) {
			rows.add(indicator(no++, row));
		}
		List<Cell> total = new ArrayList<>();
		total.add(Cell.text(""));
		total.add(Cell.bold(this.texts.get("lkjip.objectiveAchievement", objective.code())));
		for (int i = 0; i < 3 + 2 * previous; i++) {
			total.add(Cell.text(""));
		}
		total.add(achievement(objective.achievement(), null, objective.provisional()).inBold());
		total.add(Cell.bold(label(objective.ratingLabel())));
		for (int i = 0; i < 3; i++) {
			total.add(Cell.text(""));
		}
		rows.add(total);
		int[] widths = new int[columns];
		java.util.Arrays.fill(widths, 10);
		widths[0] = 6;
		widths[1] = 34;
		widths[2] = 8;
		String caption = this.texts.get("lkjip.table.objective", "3." + number, objective.code(), objective.name());
		return new DocTable(caption, columns, widths, objectiveHeaders(), rows, note(), columns > PORTRAIT_COLUMNS);
	}

	private List<List<Head>> objectiveHeaders() {
		List<Head> first = new ArrayList<>(List.of(new Head(this.texts.get("lkjip.col.no"), 1, 2),
				new Head(this.texts.get("lkjip.col.indicator"), 1, 2),
				new Head(this.texts.get("lkjip.col.unit"), 1, 2)));
		List<Head> second = new ArrayList<>(List.of(new Head(null, 1, 1), new Head(null, 1, 1), new Head(null, 1, 1)));
		for (Integer year : this.lkjip.previousYears()) {
			first.add(new Head(this.texts.get("lkjip.col.year", year), 2, 1));
			first.add(new Head(null, 1, 1));
			second.add(Head.of(this.texts.get("lkjip.col.actual")));
			second.add(Head.of(this.texts.get("lkjip.col.achievement")));
		}
		first.add(new Head(this.texts.get("lkjip.col.year", this.lkjip.year()), 4, 1));
		for (int i = 0; i < 3; i++) {
			first.add(new Head(null, 1, 1));
		}
		second.addAll(List.of(Head.of(this.texts.get("lkjip.col.target")), Head.of(this.texts.get("lkjip.col.actual")),
				Head.of(this.texts.get("lkjip.col.achievement")), Head.of(this.texts.get("lkjip.col.rating"))));
		first.add(new Head(this.texts.get("lkjip.col.renstra"), 3, 1));
		first.add(new Head(null, 1, 1));
		first.add(new Head(null, 1, 1));
		second.addAll(List.of(Head.of(this.texts.get("lkjip.col.baseline")),
				Head.of(this.texts.get("lkjip.col.endTarget")), Head.of(this.texts.get("lkjip.col.progress"))));
		return List.of(first, second);
	}

	private List<Cell> indicator(int no, Lkjip.IndicatorRow row) {
		List<Cell> cells = new ArrayList<>();
		cells.add(Cell.text(String.valueOf(no)));
		cells.add(Cell.text(row.name()));
		cells.add(Cell.text((row.measureUnit() != null) ? row.measureUnit() : ""));
		for (Lkjip.PastYear past : row.previous()) {
			cells.add(value(past.actual()));
			cells.add(achievement(past.achievement(), past.status(), past.provisional()));
		}
		cells.add(value(row.target()));
		cells.add(value(row.actual()));
		cells.add(achievement(row.achievement(), row.status(), row.provisional()));
		cells.add(Cell.text(label(row.ratingLabel())));
		cells.add(value(row.baseline()));
		cells.add(value(row.endTarget()));
		Lkjip.Progress progress = row.progress();
		cells.add((progress != null) ? achievement(progress.percent(), progress.status(), false)
				: Cell.text(LkjipTexts.NONE));
		return cells;
	}

	private DocTable efficiency(int number) {
		List<List<Cell>> rows = new ArrayList<>();
		this.anyProvisional = false;
		int no = 1;
		for (Lkjip.EfficiencyRow row : this.lkjip.efficiency()) {
			rows.add(List.of(Cell.text(String.valueOf(no++)), Cell.text(row.code() + " " + row.name()),
					money(row.budget()), money(row.spent()), percent(row.absorption(), false),
					percent(row.achievement(), row.provisional()), percent(row.difference(), false),
					Cell.text(this.texts.efficiency(row.efficiency()))));
		}
		List<Head> headers = List.of(Head.of(this.texts.get("lkjip.col.no")),
				Head.of(this.texts.get("lkjip.col.program")), Head.of(this.texts.get("lkjip.col.budget")),
				Head.of(this.texts.get("lkjip.col.spent")), Head.of(this.texts.get("lkjip.col.absorption")),
				Head.of(this.texts.get("lkjip.col.performance")), Head.of(this.texts.get("lkjip.col.difference")),
				Head.of(this.texts.get("lkjip.col.efficiency")));
		String caption = this.texts.get("lkjip.table.efficiency", "3." + number);
		return new DocTable(caption, 8, new int[] { 6, 34, 14, 14, 9, 9, 8, 12 }, List.of(headers), rows, note(),
				false);
	}

	private Cell value(String kept) {
		BigDecimal number = plainNumber(kept);
		return (number != null) ? Cell.number(this.texts.value(kept), number, Numbers.cellFormat(number))
				: new Cell(this.texts.value(kept), null, null, false, true);
	}

	private Cell achievement(BigDecimal value, String status, boolean provisional) {
		if (value == null) {
			return new Cell(this.texts.achievement(null, status), null, null, false, true);
		}
		return percent(value, provisional);
	}

	private Cell percent(BigDecimal value, boolean provisional) {
		if (value == null) {
			return new Cell(LkjipTexts.NONE, null, null, false, true);
		}
		this.anyProvisional |= provisional;
		return Cell.number(this.texts.percent(value) + (provisional ? " *" : ""), value, PERCENT);
	}

	private Cell money(BigDecimal value) {
		return (value != null) ? Cell.number(this.texts.money(value), value, MONEY)
				: new Cell(LkjipTexts.NONE, null, null, false, true);
	}

	private String note() {
		return this.anyProvisional ? this.texts.get("lkjip.note.provisional") : null;
	}

	private static String label(String label) {
		return (label != null) ? label : LkjipTexts.NONE;
	}

	/**
	 * A value kept as a plain number ({@code 20.46}), else null (a range, a scale value).
	 */
	static BigDecimal plainNumber(String kept) {
		if (kept == null || !kept.trim().matches("-?\\d+(\\.\\d+)?")) {
			return null;
		}
		return new BigDecimal(kept.trim());
	}

}
