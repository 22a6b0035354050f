package id.ukur.plan.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.ukur.calculation.Formula;
import id.ukur.calculation.PeriodAggregation;
import id.ukur.calculation.Polarity;
import id.ukur.plan.IndicatorDoc;
import id.ukur.plan.NodeKind;
import id.ukur.plan.PlanDocument;
import id.ukur.plan.PlanWorkbooks.RowProblem;
import id.ukur.plan.ValueType;
import id.ukur.shared.Limits;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the plan workbook into a document, collecting a problem per bad cell with its
 * row; keeps where every node and indicator came from so that later validation problems
 * point at rows too.
 */
final class PlanWorkbookReader {

	final List<RowProblem> problems = new ArrayList<>();

	final Map<String, Integer> nodeRows = new LinkedHashMap<>();

	final Map<IndicatorDoc, Integer> indicatorRows = new IdentityHashMap<>();

	int rows;

	private final Map<String, Draft> drafts = new LinkedHashMap<>();

	private final List<IndicatorDraft> indicators = new ArrayList<>();

	PlanDocument read(InputStream input, int year) {
		try (Workbook workbook = open(input)) {
			if (workbook == null) {
				return null;
			}
			Sheet sheet = workbook.getSheet(WorkbookColumns.SHEET);
			if (sheet == null) {
				this.problems.add(new RowProblem(0, "", "plan.xlsx.sheet", new Object[] { WorkbookColumns.SHEET }));
				return null;
			}
			if (sheet.getPhysicalNumberOfRows() > Limits.PLAN_WORKBOOK_ROWS + 1) {
				tooManyRows();
				return null;
			}
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && !Cells.blank(row)) {
					this.rows++;
					row(new Cells(row, r + 1, this.problems));
				}
			}
		}
		catch (IOException ex) {
			this.problems.add(new RowProblem(0, "", "plan.xlsx.unreadable", new Object[0]));
			return null;
		}
		catch (RuntimeException ex) {
			// POI signals a file that is not a workbook with its own runtime exceptions
			if (ex instanceof IllegalStateException || ex.getClass().getName().startsWith("org.apache.poi")) {
				this.problems.add(new RowProblem(0, "", "plan.xlsx.unreadable", new Object[0]));
				return null;
			}
			throw ex;
		}
		return assemble(year);
	}

	/**
	 * Opens the workbook; an XLSX has its rows counted first by streaming the sheet, so a
	 * sheet over the row limit is refused before POI builds every row in memory (POI's
	 * own zip-bomb guard bounds the inflating).
	 * @return the workbook, null when it is refused for its rows
	 */
	private Workbook open(InputStream input) throws IOException {
		byte[] bytes = input.readAllBytes();
		if (FileMagic.valueOf(bytes) != FileMagic.OOXML) {
			return WorkbookFactory.create(new ByteArrayInputStream(bytes));
		}
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
		}
		catch (InvalidFormatException ex) {
			throw new IOException(ex);
		}
		if (WorkbookRows.over(pkg, WorkbookColumns.SHEET, Limits.PLAN_WORKBOOK_ROWS + 1)) {
			pkg.revert();
			tooManyRows();
			return null;
		}
		return new XSSFWorkbook(pkg);
	}

	private void tooManyRows() {
		this.problems.add(new RowProblem(0, "", "plan.xlsx.tooManyRows", new Object[] { Limits.PLAN_WORKBOOK_ROWS }));
	}

	private void row(Cells cells) {
		String kind = cells.text(WorkbookColumns.KIND);
		if (WorkbookColumns.INDICATOR.equalsIgnoreCase(kind)) {
			this.indicators
				.add(new IndicatorDraft(cells.excelRow(), cells.text(WorkbookColumns.PARENT), indicator(cells)));
			return;
		}
		NodeKind nodeKind = null;
		for (var entry : WorkbookColumns.KINDS.entrySet()) {
			if (entry.getValue().equalsIgnoreCase(kind)) {
				nodeKind = entry.getKey();
			}
		}
		if (nodeKind == null) {
			cells.problem(WorkbookColumns.KIND, "plan.xlsx.kind", kind);
			return;
		}
		Map<String, BigDecimal> spent = new LinkedHashMap<>();
		for (int q = 0; q < 4; q++) {
			BigDecimal amount = cells.decimal(WorkbookColumns.SPENT + q);
			if (amount != null) {
				spent.put("TW" + (q + 1), amount);
			}
		}
		String code = cells.text(WorkbookColumns.CODE);
		Draft draft = new Draft(nodeKind, code, cells.text(WorkbookColumns.NAME), cells.text(WorkbookColumns.UNIT),
				cells.decimal(WorkbookColumns.BUDGET), spent, cells.text(WorkbookColumns.PARENT), cells.excelRow());
		if (code != null && !this.drafts.containsKey(code)) {
			this.drafts.put(code, draft);
			this.nodeRows.put(code, cells.excelRow());
		}
		else {
			cells.problem(WorkbookColumns.CODE, (code == null) ? "validation.required" : "plan.code.duplicate", code);
		}
	}

	private IndicatorDoc indicator(Cells cells) {
		Polarity polarity = cells.choice(WorkbookColumns.POLARITY, WorkbookColumns.POLARITIES, Polarity.class);
		Formula formula = cells.choice(WorkbookColumns.FORMULA, WorkbookColumns.FORMULAS, Formula.class);
		PeriodAggregation aggregation = cells.choice(WorkbookColumns.AGGREGATION, WorkbookColumns.AGGREGATIONS,
				PeriodAggregation.class);
		ValueType valueType = cells.choice(WorkbookColumns.VALUE_TYPE, WorkbookColumns.VALUE_TYPES, ValueType.class);
		Map<String, id.ukur.plan.PeriodTarget> periodTargets = new LinkedHashMap<>();
		Map<String, id.ukur.plan.PlanValue> actuals = new LinkedHashMap<>();
		for (int q = 0; q < 4; q++) {
			var target = cells.periodTarget(WorkbookColumns.PERIOD_TARGET + q);
			if (target != null) {
				periodTargets.put("TW" + (q + 1), target);
			}
			var actual = cells.value(WorkbookColumns.ACTUAL + q);
			if (actual != null) {
				actuals.put("TW" + (q + 1), actual);
			}
		}
		var annual = cells.periodTarget(WorkbookColumns.TARGET);
		boolean range = annual != null && annual.isRange();
		var target = (annual == null || range) ? null : (annual.value() != null)
				? id.ukur.plan.PlanValue.of(annual.value()) : id.ukur.plan.PlanValue.of(annual.text());
		return new IndicatorDoc(cells.text(WorkbookColumns.CODE), cells.text(WorkbookColumns.NAME),
				cells.text(WorkbookColumns.MEASURE), "ya".equalsIgnoreCase(cells.text(WorkbookColumns.KEY)),
				cells.text(WorkbookColumns.DEFINITION), cells.text(WorkbookColumns.FORMULATION),
				cells.text(WorkbookColumns.SOURCE), polarity, formula, aggregation, valueType,
				cells.text(WorkbookColumns.UNIT), cells.decimal(WorkbookColumns.WEIGHT),
				cells.value(WorkbookColumns.BASELINE), cells.value(WorkbookColumns.END_TARGET), target,
				range ? annual.min() : null, range ? annual.max() : null, periodTargets,
				cells.scale(WorkbookColumns.SCALE), actuals);
	}

	private PlanDocument assemble(int year) {
		Map<String, List<Node>> children = new LinkedHashMap<>();
		Map<String, List<IndicatorDoc>> byNode = new LinkedHashMap<>();
		for (IndicatorDraft draft : this.indicators) {
			Draft node = (draft.parent() != null) ? this.drafts.get(draft.parent()) : null;
			if (node == null) {
				this.problems.add(new RowProblem(draft.row(), header(WorkbookColumns.PARENT), "plan.xlsx.parent",
						new Object[] { String.valueOf(draft.parent()) }));
				continue;
			}
			byNode.computeIfAbsent(node.code(), (key) -> new ArrayList<>()).add(draft.indicator());
			this.indicatorRows.put(draft.indicator(), draft.row());
		}
		List<Node> roots = new ArrayList<>();
		for (Draft draft : this.drafts.values()) {
			if (draft.kind() == NodeKind.GOAL) {
				if (draft.parent() != null) {
					this.problems.add(new RowProblem(draft.row(), header(WorkbookColumns.PARENT),
							"plan.xlsx.goalParent", new Object[0]));
				}
				continue;
			}
			Draft parent = (draft.parent() != null) ? this.drafts.get(draft.parent()) : null;
			if (parent == null || parent.kind().childKind() != draft.kind()) {
				this.problems.add(new RowProblem(draft.row(), header(WorkbookColumns.PARENT), "plan.xlsx.parentKind",
						new Object[] { String.valueOf(draft.parent()), WorkbookColumns.KINDS.get(draft.kind()) }));
			}
		}
		for (Draft draft : this.drafts.values()) {
			if (draft.kind() == NodeKind.GOAL) {
				roots.add(build(draft, byNode));
			}
		}
		return PlanTree.document(year, null, roots);
	}

	private Node build(Draft draft, Map<String, List<IndicatorDoc>> byNode) {
		List<Node> children = new ArrayList<>();
		for (Draft candidate : this.drafts.values()) {
			if (draft.code().equals(candidate.parent()) && draft.kind().childKind() == candidate.kind()) {
				children.add(build(candidate, byNode));
			}
		}
		return new Node(draft.kind(), draft.code(), draft.name(), draft.unitCode(),
				draft.kind().budgeted() ? draft.budget() : null, draft.kind().budgeted() ? draft.spent() : Map.of(),
				byNode.getOrDefault(draft.code(), List.of()), children, "");
	}

	static String header(int column) {
		return WorkbookColumns.HEADERS.get(column);
	}

	private record Draft(NodeKind kind, String code, String name, String unitCode, BigDecimal budget,
			Map<String, BigDecimal> spent, String parent, int row) {
	}

	private record IndicatorDraft(int row, String parent, IndicatorDoc indicator) {
	}

}
