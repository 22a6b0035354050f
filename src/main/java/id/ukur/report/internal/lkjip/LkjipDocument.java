package id.ukur.report.internal.lkjip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The LKjIP tables as a Word document, which is what planners write the LKjIP in: a
 * caption "Tabel 3.x …" above each table, real Word tables whose header rows repeat on
 * every page, numbers in the reader's format (Indonesian: {@code 1.234,56}), and a
 * landscape section for a table too wide for a portrait page — ready to paste.
 */
final class LkjipDocument {

	/** A4 in twentieths of a point. */
	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	/** 2 cm margins. */
	private static final int MARGIN = 1134;

	private static final String FONT = "Arial";

	private static final String HEADER_FILL = "DFEEEE";

	private final XWPFDocument document = new XWPFDocument();

	private LkjipDocument() {
	}

	static byte[] write(Lkjip lkjip, LkjipTexts texts) {
		LkjipDocument doc = new LkjipDocument();
		List<DocTable> tables = LkjipLayout.of(lkjip, texts);
		doc.paragraph(texts.get("lkjip.title", lkjip.agencyName(), lkjip.year()), true, 12, ParagraphAlignment.LEFT);
		doc.paragraph(source(lkjip, texts), false, 10, ParagraphAlignment.LEFT);
		boolean landscape = !tables.isEmpty() && tables.get(0).wide();
		for (DocTable table : tables) {
			if (table.wide() != landscape) {
				doc.sectionBreak(landscape);
				landscape = table.wide();
			}
			doc.table(table, landscape);
		}
		doc.page(doc.document.getDocument().getBody().isSetSectPr() ? doc.document.getDocument().getBody().getSectPr()
				: doc.document.getDocument().getBody().addNewSectPr(), landscape);
		return doc.bytes();
	}

	/**
	 * @return where the year's figures come from: the round's period and whether they are
	 * final
	 */
	static String source(Lkjip lkjip, LkjipTexts texts) {
		if (lkjip.finalPeriod() == null) {
			return texts.get("lkjip.source.none");
		}
		return texts.get(lkjip.sealed() ? "lkjip.source.sealed" : "lkjip.source.provisional",
				texts.period(lkjip.finalPeriod()));
	}

	private void table(DocTable spec, boolean landscape) {
		XWPFParagraph caption = paragraph(spec.caption(), true, 10, ParagraphAlignment.CENTER);
		caption.setKeepNext(true);
		int rows = spec.headers().size() + spec.rows().size();
		XWPFTable table = this.document.createTable(rows, spec.columns());
		int[] twips = widths(spec, landscape);
		grid(table, twips);
		for (int r = 0; r < spec.headers().size(); r++) {
			XWPFTableRow row = table.getRow(r);
			row.setRepeatHeader(true);
			row.setCantSplitRow(true);
			header(row, spec.headers().get(r), twips);
		}
		for (int r = 0; r < spec.rows().size(); r++) {
			XWPFTableRow row = table.getRow(spec.headers().size() + r);
			row.setCantSplitRow(true);
			List<DocTable.Cell> cells = spec.rows().get(r);
			for (int c = 0; c < cells.size(); c++) {
				DocTable.Cell cell = cells.get(c);
				text(row.getCell(c), cell.text(), cell.bold(),
						cell.right() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
				row.getCell(c).setWidth(String.valueOf(twips[c]));
			}
		}
		if (spec.note() != null) {
			paragraph(spec.note(), false, 8, ParagraphAlignment.LEFT);
		}
		paragraph("", false, 10, ParagraphAlignment.LEFT);
	}

	/** A header row: spans across columns merged, spans down continued below. */
	private void header(XWPFTableRow row, List<DocTable.Head> heads, int[] twips) {
		for (int c = heads.size() - 1; c >= 0; c--) {
			DocTable.Head head = heads.get(c);
			XWPFTableCell cell = row.getCell(c);
			cell.setColor(HEADER_FILL);
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
			if (head.text() == null) {
				if (c > 0 && spans(heads, c)) {
					row.removeCell(c);
					continue;
				}
				properties.addNewVMerge().setVal(STMerge.CONTINUE);
				text(cell, "", true, ParagraphAlignment.CENTER);
				continue;
			}
			text(cell, head.text(), true, ParagraphAlignment.CENTER);
			int width = 0;
			for (int i = c; i < c + head.columns(); i++) {
				width += twips[i];
			}
			cell.setWidth(String.valueOf(width));
			if (head.columns() > 1) {
				properties.addNewGridSpan().setVal(BigInteger.valueOf(head.columns()));
			}
			if (head.rows() > 1) {
				properties.addNewVMerge().setVal(STMerge.RESTART);
			}
		}
	}

	/** Whether the empty header cell at {@code c} is covered by a span to its left. */
	private static boolean spans(List<DocTable.Head> heads, int c) {
		for (int i = c - 1; i >= 0; i--) {
			DocTable.Head head = heads.get(i);
			if (head.text() != null) {
				return i + head.columns() > c;
			}
		}
		return false;
	}

	private static int[] widths(DocTable spec, boolean landscape) {
		int usable = (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
		int total = java.util.Arrays.stream(spec.widths()).sum();
		int[] twips = new int[spec.columns()];
		for (int i = 0; i < twips.length; i++) {
			twips[i] = usable * spec.widths()[i] / total;
		}
		return twips;
	}

	private static void grid(XWPFTable table, int[] twips) {
		table.setWidth(String.valueOf(java.util.Arrays.stream(twips).sum()));
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : twips) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

	private void text(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(0);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(9);
		run.setBold(bold);
		run.setText(text);
	}

	private XWPFParagraph paragraph(String text, boolean bold, int size, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
		return paragraph;
	}

	/** Ends the section so far with its orientation; what follows starts a new one. */
	private void sectionBreak(boolean landscape) {
		XWPFParagraph paragraph = this.document.createParagraph();
		page(paragraph.getCTP().addNewPPr().addNewSectPr(), landscape);
	}

	private void page(CTSectPr section, boolean landscape) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		BigInteger margin = BigInteger.valueOf(MARGIN);
		margins.setTop(margin);
		margins.setBottom(margin);
		margins.setLeft(margin);
		margins.setRight(margin);
	}

	private byte[] bytes() {
		try (XWPFDocument doc = this.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
