package id.ukur.sop.internal;

import java.util.Locale;

import id.ukur.sop.Symbol;

/**
 * A small SVG writer for the flowchart strips: standard SOP AP symbols, lines and arrows.
 */
final class Svg {

	/** Half the height of a process, start or end symbol. */
	static final int BOX_HALF_HEIGHT = 14;

	/** Half the height of a decision diamond. */
	static final int DIAMOND_HALF_HEIGHT = 19;

	/** Half the width of a full-size decision diamond. */
	static final int DIAMOND_HALF_WIDTH = 24;

	/**
	 * Average width of a character of a branch label (8.5 px DejaVu Sans), rounded up.
	 */
	static final double LABEL_CHAR_WIDTH = 5.2;

	private static final String INK = "#1d2b2e";

	private final StringBuilder body = new StringBuilder();

	private String label = "";

	private final int width;

	private final int height;

	private final int symbolWidth;

	/**
	 * @param symbolWidth the width of a process symbol; narrower lanes get narrower
	 * symbols
	 */
	Svg(int width, int height, int symbolWidth) {
		this.width = width;
		this.height = height;
		this.symbolWidth = symbolWidth;
	}

	void line(int x1, int y1, int x2, int y2, String colour, boolean dashed) {
		this.body.append("<line x1=\"")
			.append(x1)
			.append("\" y1=\"")
			.append(y1)
			.append("\" x2=\"")
			.append(x2)
			.append("\" y2=\"")
			.append(y2)
			.append("\" stroke=\"")
			.append(colour)
			.append("\" stroke-width=\"1.2\"")
			.append(dashed ? " stroke-dasharray=\"3,2\"" : "")
			.append("/>");
	}

	/**
	 * A line ending in an arrowhead at (x2, y2); the head is a small triangle, not a
	 * marker.
	 */
	void arrow(int x1, int y1, int x2, int y2) {
		line(x1, y1, x2, y2, INK, false);
		double angle = Math.atan2(y2 - y1, x2 - x1);
		int size = 6;
		double leftX = x2 - size * Math.cos(angle - Math.PI / 7);
		double leftY = y2 - size * Math.sin(angle - Math.PI / 7);
		double rightX = x2 - size * Math.cos(angle + Math.PI / 7);
		double rightY = y2 - size * Math.sin(angle + Math.PI / 7);
		this.body.append(String.format(Locale.ROOT, "<polygon points=\"%d,%d %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>", x2,
				y2, leftX, leftY, rightX, rightY, INK));
	}

	/**
	 * A symbol centred at (x, y); it carries its lane's index so that tests and readers
	 * can check where it stands.
	 */
	void symbol(Symbol symbol, int x, int lane, int y, boolean main) {
		String fill = main ? "#ffffff" : "#f1f5f5";
		String tag = String.format(Locale.ROOT, "class=\"sop-symbol\" data-lane=\"%d\" ", lane);
		int half = this.symbolWidth / 2;
		int bh = BOX_HALF_HEIGHT;
		switch (symbol) {
			case START,
					END ->
				this.body.append(String.format(Locale.ROOT,
						"<rect %sx=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"%d\" ry=\"%d\" fill=\"%s\""
								+ " stroke=\"%s\" stroke-width=\"1.4\"/>",
						tag, x - half, y - bh, 2 * half, 2 * bh, bh, bh, fill, INK));
			case DECISION -> {
				int dw = Math.min(DIAMOND_HALF_WIDTH, half);
				int dh = DIAMOND_HALF_HEIGHT;
				this.body.append(String.format(Locale.ROOT,
						"<polygon %spoints=\"%d,%d %d,%d %d,%d %d,%d\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.4\"/>",
						tag, x, y - dh, x + dw, y, x, y + dh, x - dw, y, fill, INK));
			}
			default ->
				this.body.append(
						String.format(Locale.ROOT,
								"<rect %sx=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"%s\""
										+ " stroke-width=\"1.4\"/>",
								tag, x - half, y - bh, 2 * half, 2 * bh, fill, INK));
		}
	}

	/** An on-page connector: a circle with the number of the step it links to. */
	void connector(int x, int y, String label) {
		this.body.append(String.format(
				"<circle cx=\"%d\" cy=\"%d\" r=\"9\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"1.2\"/>", x, y,
				INK));
		this.body.append(String.format(
				"<text x=\"%d\" y=\"%d\" font-size=\"8\" text-anchor=\"middle\" font-family=\"DejaVu Sans, sans-serif\">%s</text>",
				x, y + 3, escape(label)));
	}

	/**
	 * An off-page connector: a pentagon pointing down with the step the chart continues
	 * at.
	 */
	void offPage(int x, int y, String label) {
		this.body.append(String.format(
				"<polygon points=\"%d,%d %d,%d %d,%d %d,%d %d,%d\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"1.2\"/>",
				x - 9, y, x + 9, y, x + 9, y + 11, x, y + 18, x - 9, y + 11, INK));
		this.body.append(String.format(
				"<text x=\"%d\" y=\"%d\" font-size=\"8\" text-anchor=\"middle\" font-family=\"DejaVu Sans, sans-serif\">%s</text>",
				x, y + 10, escape(label)));
	}

	void text(int x, int y, String text, String anchor) {
		this.body.append(String.format(
				"<text x=\"%d\" y=\"%d\" font-size=\"8.5\" text-anchor=\"%s\" font-family=\"DejaVu Sans, sans-serif\""
						+ " fill=\"#1d2b2e\">%s</text>",
				x, y, anchor, escape(text)));
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	@Override
	public String toString() {
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + this.width + "\" height=\"" + this.height
				+ "\" viewBox=\"0 0 " + this.width + " " + this.height + "\" class=\"sop-strip\" role=\"img\""
				+ " aria-label=\"" + escape(this.label) + "\">" + this.body + "</svg>";
	}

	/**
	 * Names the strip for those who cannot see it (docs/sop-format.md): the step and who
	 * acts in it, as the table row around it reads.
	 */
	void label(String label) {
		this.label = label;
	}

}
