package id.ukur.report.internal.lkjip;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table of the LKjIP documents as both the XLSX and the DOCX print it: its caption
 * ("Tabel 3.1 …"), header rows with spans, body rows and a note under it.
 *
 * @param columns the number of columns
 * @param widths relative widths of the columns
 * @param wide whether the table needs a landscape page
 */
record DocTable(String caption, int columns, int[] widths, List<List<Head>> headers, List<List<Cell>> rows, String note,
		boolean wide) {

	/** A header cell spanning columns and rows; null text continues a span from above. */
	record Head(String text, int columns, int rows) {

		static Head of(String text) {
			return new Head(text, 1, 1);
		}

	}

	/**
	 * A body cell: the text as read (Indonesian formats), and for the XLSX the number
	 * behind it with its cell format.
	 */
	record Cell(String text, BigDecimal number, String format, boolean bold, boolean right) {

		static Cell text(String text) {
			return new Cell(text, null, null, false, false);
		}

		static Cell bold(String text) {
			return new Cell(text, null, null, true, false);
		}

		static Cell number(String text, BigDecimal number, String format) {
			return new Cell(text, number, format, false, true);
		}

		Cell inBold() {
			return new Cell(this.text, this.number, this.format, true, this.right);
		}

	}

}
