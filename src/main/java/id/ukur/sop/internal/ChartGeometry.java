package id.ukur.sop.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The column widths of the official SOP table, in CSS pixels, for one medium and one
 * number of lanes. The table's {@code <colgroup>} and the flowchart strips are both drawn
 * from it, so a symbol always stands in the column its lane header heads, whatever the
 * number of lanes (see {@code docs/sop-format.md}, "The official rendering").
 *
 * @param medium the page the table is laid out on
 * @param laneCount the number of pelaksana columns (at least one)
 * @param lane the width of one pelaksana column
 * @param no the width of the step number column
 * @param activity the width of the activity column
 * @param inputs the width of the Mutu Baku kelengkapan column
 * @param time the width of the Mutu Baku waktu column
 * @param output the width of the Mutu Baku output column
 * @param remarks the width of the keterangan column
 */
public record ChartGeometry(Medium medium, int laneCount, int lane, int no, int activity, int inputs, int time,
		int output, int remarks) {

	/** Narrowest lane that still holds a full-size symbol with a margin on each side. */
	static final int MIN_LANE = 64;

	/** Narrowest lane at all, for SOPs with more lanes than a page holds at full size. */
	static final int FLOOR_LANE = 40;

	/** Widest lane: beyond this the text columns get the room. */
	static final int MAX_LANE = 130;

	/** The text columns never shrink below this share of their preferred widths. */
	private static final double MIN_TEXT_SHARE = 0.6;

	/**
	 * The printed PDF: A4 landscape with 10 mm margins leaves 277 mm (1047 px); a few
	 * pixels stay free for the borders.
	 */
	public static final Medium PRINT = new Medium(1040, 28, 60, 200, 115, 105, 100, 5.4, 5.9, 11.5, 640);

	/**
	 * The page on screen (DejaVu Sans or the like at .72rem, 11.5 px); the table scrolls
	 * sideways in a narrow window.
	 */
	public static final Medium SCREEN = new Medium(1280, 32, 64, 220, 120, 110, 120, 6.4, 7.0, 17.5, Integer.MAX_VALUE);

	/**
	 * @param medium the page
	 * @param lanes the number of lanes of the SOP
	 * @return the widths: lanes share what the text columns leave, within
	 * {@link #MIN_LANE} and {@link #MAX_LANE}; the text columns take the rest in
	 * proportion to their preferred widths
	 */
	public static ChartGeometry of(Medium medium, int lanes) {
		int count = Math.max(1, lanes);
		int fixed = medium.no() + medium.time();
		int preferredText = medium.activity() + medium.inputs() + medium.output() + medium.remarks();
		int lane = Math.max(MIN_LANE, Math.min(MAX_LANE, (medium.total() - fixed - preferredText) / count));
		int minText = (int) Math.ceil(preferredText * MIN_TEXT_SHARE);
		if (medium.total() - fixed - count * lane < minText) {
			lane = Math.max(FLOOR_LANE, (medium.total() - fixed - minText) / count);
		}
		int text = Math.max(minText, medium.total() - fixed - count * lane);
		int inputs = medium.inputs() * text / preferredText;
		int output = medium.output() * text / preferredText;
		int remarks = medium.remarks() * text / preferredText;
		int activity = text - inputs - output - remarks;
		return new ChartGeometry(medium, count, lane, medium.no(), activity, inputs, medium.time(), output, remarks);
	}

	/**
	 * @return the left edge of a lane inside the flowchart strip
	 */
	public int laneX(int index) {
		return index * this.lane;
	}

	/**
	 * @return the middle of a lane inside the flowchart strip
	 */
	public int laneCenter(int index) {
		return laneX(index) + this.lane / 2;
	}

	/**
	 * @return the width of the flowchart strip: all lanes together
	 */
	public int lanesWidth() {
		return this.laneCount * this.lane;
	}

	/**
	 * @return the width of the whole table
	 */
	public int total() {
		return this.no + this.activity + lanesWidth() + this.inputs + this.time + this.output + this.remarks;
	}

	/**
	 * @return the width of every column in table order: no, activity, each lane, inputs,
	 * time, output, remarks
	 */
	public List<Integer> columns() {
		List<Integer> columns = new ArrayList<>(List.of(this.no, this.activity));
		for (int i = 0; i < this.laneCount; i++) {
			columns.add(this.lane);
		}
		columns.addAll(List.of(this.inputs, this.time, this.output, this.remarks));
		return columns;
	}

	/**
	 * @return the width of a process symbol: full size, or narrower in a narrow lane
	 */
	int symbolWidth() {
		return Math.min(56, this.lane - 8);
	}

	/**
	 * @return how many characters of body text fit on one line of a column this wide
	 */
	int charsPerLine(int width) {
		return Math.max(4, (int) ((width - 8) / this.medium.charWidth()));
	}

	/**
	 * @return how many characters of header text fit on one line of a lane header
	 */
	int headerCharsPerLine() {
		return Math.max(3, (int) ((this.lane - 6) / this.medium.headerCharWidth()));
	}

	/**
	 * How one rendering sets text: the table width and the preferred widths of its
	 * columns, the average width of a character of body and header text, the line height,
	 * and the height left for rows under a one-line header on a page.
	 */
	public record Medium(int total, int no, int time, int activity, int inputs, int output, int remarks,
			double charWidth, double headerCharWidth, double lineHeight, int pageRows) {
	}

}
