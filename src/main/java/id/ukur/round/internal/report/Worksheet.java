package id.ukur.round.internal.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import id.ukur.round.Recap;
import id.ukur.round.RecapExplanations;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import id.ukur.round.EntryView;
import id.ukur.round.EvidenceView;
import id.ukur.round.Recap.IndicatorResult;
import id.ukur.round.Recap.NodeResult;

/**
 * The worksheet (kertas kerja) as XLSX: every indicator with the inputs, formula,
 * arithmetic and rounding behind its achievement, so that an auditor can recompute it by
 * hand; every node's roll-up and budget; and every value as the units entered it.
 */
final class Worksheet {

	private final ReportModel model;

	/**
	 * The recap with its explanations written out in the workbook's language: the
	 * worksheet shows every one.
	 */
	private final Recap recap;

	private final Texts texts;

	private final Workbook book;

	/** The row of each sheet's header: 1 when the provisional marking sits above it. */
	private final int top;

	Worksheet(ReportModel model, Texts texts) {
		this.model = model;
		this.recap = RecapExplanations.render(model.recap(), texts.locale());
		this.texts = texts;
		this.book = new Workbook(texts.locale());
		this.top = (model.provisionalKey() != null) ? 1 : 0;
	}

	/**
	 * @return the XLSX
	 */
	byte[] write() {
		indicators();
		recap();
		entries();
		return this.book.bytes();
	}

	private void indicators() {
		Sheet sheet = sheet("report.ws.sheet", "report.ws.code", "report.ws.indicator", "report.ws.unitCode",
				"report.unit", "report.target", "report.actual", "report.ws.formula", "report.ws.inputs",
				"report.ws.arithmetic", "report.ws.rounding", "report.achievement", "report.rating", "report.ws.status",
				"report.ws.provisional", "report.ws.explanation", "report.ws.targetToDate", "report.ws.actualToDate");
		Workbook.widths(sheet, 12, 45, 10, 14, 12, 12, 30, 40, 40, 24, 12, 14, 16, 11, 50, 16, 16);
		int next = this.top + 1;
		for (IndicatorResult indicator : this.recap.indicators()) {
			Row row = Workbook.row(sheet, next++);
			this.book.text(row, 0, indicator.indicatorCode(), false);
			this.book.text(row, 1, indicator.name(), false);
			this.book.text(row, 2, indicator.unitCode(), false);
			this.book.text(row, 3, indicator.measureUnit(), false);
			this.book.value(row, 4, indicator.target(), false);
			this.book.value(row, 5, indicator.actual(), false);
			this.book.text(row, 6, this.texts.formula(indicator.formula()), false);
			this.book.text(row, 7, (indicator.inputs() != null) ? String.join("; ", indicator.inputs()) : null, false);
			this.book.text(row, 8, indicator.arithmetic(), false);
			this.book.text(row, 9, indicator.rounding(), false);
			this.book.number(row, 10, indicator.achievement(), Workbook.PERCENT, false);
			this.book.rating(row, 11, indicator.rating(), indicator.ratingLabel(), false);
			this.book.text(row, 12, this.texts.label("status.", indicator.status()), false);
			this.book.text(row, 13, this.texts.yesNo(indicator.provisional()), false);
			this.book.text(row, 14, indicator.explanation(), false);
			this.book.value(row, 15, indicator.achievementTarget(), false);
			this.book.value(row, 16, indicator.achievementActual(), false);
		}
	}

	private void recap() {
		Sheet sheet = sheet("report.ws.recap", "report.ws.kind", "report.ws.code", "report.ws.name",
				"report.achievement", "report.rating", "report.ws.provisional", "report.ws.counted", "report.budget",
				"report.ws.spent", "report.absorption", "report.ws.efficiency", "report.ws.explanation",
				"report.ws.budgetShare", "report.ws.absorptionToDate");
		Workbook.widths(sheet, 14, 12, 55, 12, 14, 11, 11, 18, 18, 12, 16, 50, 14, 14);
		int next = this.top + 1;
		for (NodeResult node : this.recap.nodes()) {
			node(Workbook.row(sheet, next++), node, this.texts.label("nodeKind.", node.kind()));
		}
		if (this.recap.agency() != null) {
			node(Workbook.row(sheet, next), this.recap.agency(), this.texts.get("report.kind.AGENCY"));
		}
	}

	private void node(Row row, NodeResult node, String kind) {
		boolean top = node.depth() == 0 || "AGENCY".equals(node.kind());
		this.book.text(row, 0, kind, top);
		this.book.text(row, 1, node.code(), top);
		this.book.text(row, 2, node.name(), top, Math.max(node.depth(), 0));
		this.book.number(row, 3, node.achievement(), Workbook.PERCENT, top);
		this.book.rating(row, 4, node.rating(), node.ratingLabel(), top);
		this.book.text(row, 5, this.texts.yesNo(node.provisional()), top);
		this.book.number(row, 6, BigDecimal.valueOf(node.counted()), "0", top);
		this.book.number(row, 7, node.budget(), Workbook.MONEY, top);
		this.book.number(row, 8, node.spent(), Workbook.MONEY, top);
		this.book.number(row, 9, node.absorption(), Workbook.PERCENT, top);
		this.book.text(row, 10, this.texts.leading("report.efficiency.", node.efficiency()), top);
		this.book.text(row, 11, node.explanation(), top);
		this.book.number(row, 12, node.budgetShare(), Workbook.PERCENT, top);
		this.book.number(row, 13, node.absorptionToDate(), Workbook.PERCENT, top);
	}

	private void entries() {
		Sheet sheet = sheet("report.ws.entries", "report.ws.code", "report.ws.indicator", "report.ws.unitCode",
				"report.target", "report.actual", "report.ws.status", "report.ws.note", "report.ws.enabling",
				"report.ws.inhibiting", "report.ws.evidence");
		Workbook.widths(sheet, 12, 45, 10, 12, 14, 16, 35, 40, 40, 35);
		int next = this.top + 1;
		for (EntryView entry : this.model.entries()) {
			Row row = Workbook.row(sheet, next++);
			this.book.text(row, 0, entry.indicatorCode(), false);
			this.book.text(row, 1, entry.indicatorName(), false);
			this.book.text(row, 2, entry.unitCode(), false);
			this.book.value(row, 3, entry.targetText(), false);
			this.book.value(row, 4, entry.actualDisplay(), false);
			this.book.text(row, 5,
					(entry.status() != null) ? this.texts.label("report.entryStatus.", entry.status().name()) : null,
					false);
			this.book.text(row, 6, entry.note(), false);
			this.book.text(row, 7, entry.enablingFactors(), false);
			this.book.text(row, 8, entry.inhibitingFactors(), false);
			List<EvidenceView> evidence = (entry.evidence() != null) ? entry.evidence() : List.of();
			this.book.text(row, 9, evidence.stream().map(EvidenceView::fileName).collect(Collectors.joining("; ")),
					false);
		}
	}

	/**
	 * @return a new sheet with its header row, frozen so it stays in view; a provisional
	 * worksheet says so above the header of every sheet
	 */
	private Sheet sheet(String nameKey, String... headerKeys) {
		Sheet sheet = this.book.sheet(this.texts.get(nameKey));
		String provisional = this.model.provisionalKey();
		if (provisional != null) {
			this.book.heading(sheet, 0,
					this.texts.get(provisional) + " \u2014 " + this.texts.get(provisional + ".note"));
		}
		this.book.headers(sheet, this.top, Arrays.stream(headerKeys).map(this.texts::get).toList());
		sheet.createFreezePane(0, this.top + 1);
		return sheet;
	}

}
