package id.ukur.round.internal.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import id.ukur.round.Recap.IndicatorResult;
import id.ukur.round.Recap.NodeResult;
import id.ukur.round.internal.report.ReportLayout.BudgetRow;
import id.ukur.round.internal.report.ReportLayout.Group;
import id.ukur.round.internal.report.ReportLayout.Line;

/**
 * The report as one XLSX sheet, with the same rows as the PDF: the round's identity, the
 * indicator table, the program table and, once signed, the verification code.
 */
final class ReportWorkbook {

	private static final int COLUMNS = 8;

	private final ReportModel model;

	private final Texts texts;

	private final ReportFormats formats;

	private final Workbook book;

	private Sheet sheet;

	private int next;

	ReportWorkbook(ReportModel model, Texts texts, ReportFormats formats) {
		this.model = model;
		this.texts = texts;
		this.book = new Workbook(texts.locale());
		this.formats = formats;
	}

	/**
	 * @return the XLSX
	 */
	byte[] write() {
		this.sheet = this.book.sheet(this.texts.get("report.sheet"));
		Workbook.widths(this.sheet, 7, 60, 18, 18, 18, 14, 16, 20);
		identity();
		ReportLayout layout = ReportLayout.of(this.model.recap());
		indicators(layout);
		this.next++;
		budgets(layout);
		verification();
		return this.book.bytes();
	}

	private void identity() {
		this.book.heading(this.sheet, this.next++,
				this.texts.get("report.heading") + " " + this.texts.get("report.form"));
		this.book.field(this.sheet, this.next++, this.texts.get("report.sheet.agency"), this.model.agencyName());
		this.book.field(this.sheet, this.next++, this.texts.get("report.sheet.period"),
				this.model.round().periodLabel());
		this.book.field(this.sheet, this.next++, this.texts.get("report.sheet.order"),
				this.model.round().orderReference());
		if (this.model.draft()) {
			this.book.field(this.sheet, this.next++, this.texts.get("report.sheet.status"),
					this.texts.get("report.draft"));
		}
		if (this.model.provisionalKey() != null) {
			this.book.heading(this.sheet, this.next++, this.texts.get(this.model.provisionalKey()));
			Workbook.line(this.sheet, this.next++, this.texts.get(this.model.provisionalKey() + ".note"));
		}
		else {
			ReportModel.Signatory signatory = this.model.signatory();
			this.book.field(this.sheet, this.next++, this.texts.get("report.sheet.signed"),
					this.texts.get("report.sheet.signedBy", (signatory != null) ? signatory.name() : "",
							(signatory != null) ? signatory.position() : "", this.formats.date(this.model.signedAt())));
		}
		this.next++;
	}

	private void indicators(ReportLayout layout) {
		this.book.heading(this.sheet, this.next++, this.texts.get("report.section.indicators"));
		int header = this.next++;
		this.book.headers(this.sheet, header,
				List.of(this.texts.get("report.no"), this.texts.get("report.indicator"), this.texts.get("report.unit"),
						this.texts.get("report.target"), this.texts.get("report.actual"),
						this.texts.get("report.achievement"), this.texts.get("report.rating"),
						this.texts.get("report.sheet.remarks")));
		// the indicator table is the part people scroll through: keep its header in view
		this.sheet.createFreezePane(0, header + 1);
		for (Group group : layout.groups()) {
			String kind = this.texts.get(group.goal() ? "report.goal" : "report.objective");
			node(group.number(), kind + " " + group.node().name(), group.node());
			for (Line line : group.lines()) {
				Row row = Workbook.row(this.sheet, this.next++);
				this.book.text(row, 0, line.number(), false);
				this.book.text(row, 1, line.result().name(), false);
				this.book.text(row, 2, line.result().measureUnit(), false);
				this.book.value(row, 3, line.result().achievementTarget(), false);
				if (line.reported()) {
					this.book.value(row, 4, line.result().achievementActual(), false);
				}
				else {
					this.book.text(row, 4, this.texts.get("report.notReported"), false);
				}
				this.book.number(row, 5, line.result().achievement(), Workbook.PERCENT, false);
				this.book.rating(row, 6, line.result().rating(), line.result().ratingLabel(), false);
				this.book.text(row, 7, remarks(line.result()), false);
			}
		}
		if (layout.agency() != null) {
			node("", this.texts.get("report.agencyAchievement"), layout.agency());
		}
	}

	private void node(String number, String name, NodeResult node) {
		Row row = Workbook.row(this.sheet, this.next++);
		this.book.text(row, 0, number, true);
		this.book.text(row, 1, name, true);
		for (int column = 2; column < 5; column++) {
			this.book.text(row, column, null, true);
		}
		this.book.number(row, 5, node.achievement(), Workbook.PERCENT, true);
		this.book.rating(row, 6, node.rating(), node.ratingLabel(), true);
		this.book.text(row, 7, provisional(node.provisional()), true);
	}

	private void budgets(ReportLayout layout) {
		this.book.heading(this.sheet, this.next++, this.texts.get("report.section.budgets"));
		this.book.headers(this.sheet, this.next++,
				List.of(this.texts.get("report.no"), this.texts.get("report.budgetItem"),
						this.texts.get("report.budget"), this.texts.get("report.spent"),
						this.texts.get("report.absorption"), this.texts.get("report.achievement"),
						this.texts.get("report.rating"), this.texts.get("report.sheet.remarks")));
		for (BudgetRow budget : layout.budgets()) {
			NodeResult node = budget.node();
			boolean program = budget.indent() == 0;
			Row row = Workbook.row(this.sheet, this.next++);
			this.book.text(row, 0, budget.number(), program);
			this.book.text(row, 1, node.name(), program, budget.indent());
			this.book.number(row, 2, node.budget(), Workbook.MONEY, program);
			this.book.number(row, 3, node.spent(), Workbook.MONEY, program);
			this.book.number(row, 4, node.absorption(), Workbook.PERCENT, program);
			this.book.number(row, 5, node.achievement(), Workbook.PERCENT, program);
			this.book.rating(row, 6, node.rating(), node.ratingLabel(), program);
			this.book.text(row, 7, provisional(node.provisional()), program);
		}
		NodeResult agency = layout.agency();
		if (agency != null && agency.budget() != null) {
			Row row = Workbook.row(this.sheet, this.next++);
			this.book.text(row, 0, "", true);
			this.book.text(row, 1, this.texts.get("report.budgetTotal"), true);
			this.book.number(row, 2, agency.budget(), Workbook.MONEY, true);
			this.book.number(row, 3, agency.spent(), Workbook.MONEY, true);
			this.book.number(row, 4, agency.absorption(), Workbook.PERCENT, true);
			for (int column = 5; column < COLUMNS; column++) {
				this.book.text(row, column, null, true);
			}
		}
	}

	private void verification() {
		if (this.model.draft() || this.model.verificationCode() == null) {
			return;
		}
		this.next++;
		this.book.field(this.sheet, this.next++, this.texts.get("report.sheet.code"), this.model.verificationCode());
		if (this.model.verifyUrl() != null) {
			Workbook.line(this.sheet, this.next++, this.texts.get("report.verifyAt", this.model.verifyUrl()));
		}
	}

	/**
	 * @return "sementara" and, where the period's own target or actual differs from the
	 * one the achievement uses, that target or actual
	 */
	private String remarks(IndicatorResult result) {
		List<String> remarks = new java.util.ArrayList<>();
		if (result.provisional()) {
			remarks.add(this.texts.get("report.provisional"));
		}
		if (result.ownTargetDiffers()) {
			remarks.add(this.texts.get("report.ownTarget", this.formats.value(result.target())));
		}
		if (result.ownActualDiffers()) {
			remarks.add(this.texts.get("report.ownActual", this.formats.value(result.actual())));
		}
		return remarks.isEmpty() ? null : String.join("; ", remarks);
	}

	private String provisional(boolean provisional) {
		return provisional ? this.texts.get("report.provisional") : null;
	}

}
