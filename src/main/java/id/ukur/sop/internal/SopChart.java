package id.ukur.sop.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.ukur.sop.SopDefinition;
import id.ukur.sop.SopDefinition.Step;
import id.ukur.sop.Symbol;

/**
 * Lays out the swim-lane flowchart of an SOP as one SVG strip per step row: the step's
 * symbol in each of its lanes, the arrow in from above, the arrow on to the next step's
 * lane, labelled Ya/Tidak branches, connectors for returns, and off-page connectors where
 * the table breaks.
 */
public final class SopChart {

	private static final int MIN_ROW = 66;

	private final SopDefinition definition;

	private final ChartGeometry geometry;

	private final Map<String, Integer> laneIndex = new HashMap<>();

	private final Map<Integer, List<Integer>> returnsInto = new HashMap<>();

	public SopChart(SopDefinition definition, ChartGeometry.Medium medium) {
		this.definition = definition;
		this.geometry = ChartGeometry.of(medium, definition.lanes().size());
		for (int i = 0; i < definition.lanes().size(); i++) {
			this.laneIndex.put(definition.lanes().get(i).key(), i);
		}
		for (Step step : definition.steps()) {
			if (step.decision() != null && step.decision().noTarget() != null) {
				this.returnsInto.computeIfAbsent(step.decision().noTarget(), (key) -> new ArrayList<>())
					.add(step.number());
			}
		}
	}

	/**
	 * @return the column widths the table and the strips share
	 */
	public ChartGeometry geometry() {
		return this.geometry;
	}

	/**
	 * @return the rows split into the medium's pages (one page on screen), with off-page
	 * connectors where a page ends
	 */
	public List<List<Row>> pages() {
		int pageHeight = this.geometry.medium().pageRows();
		if (pageHeight != Integer.MAX_VALUE) {
			// lane names that wrap make the repeated header taller and leave less room
			// for rows
			pageHeight -= (int) Math.ceil((headerLines() - 1) * this.geometry.medium().lineHeight());
		}
		List<Step> steps = this.definition.steps();
		List<Integer> heights = steps.stream().map(this::height).toList();
		List<List<Integer>> pageIndexes = new ArrayList<>();
		List<Integer> current = new ArrayList<>();
		int used = 0;
		for (int i = 0; i < steps.size(); i++) {
			if (!current.isEmpty() && used + heights.get(i) > pageHeight) {
				pageIndexes.add(current);
				current = new ArrayList<>();
				used = 0;
			}
			current.add(i);
			used += heights.get(i);
		}
		pageIndexes.add(current);
		List<List<Row>> pages = new ArrayList<>();
		for (List<Integer> page : pageIndexes) {
			List<Row> rows = new ArrayList<>();
			for (int index = 0; index < page.size(); index++) {
				int i = page.get(index);
				boolean pageStart = index == 0 && i > 0;
				boolean pageEnd = index == page.size() - 1 && i < steps.size() - 1;
				rows.add(new Row(steps.get(i), heights.get(i), svg(i, heights.get(i), pageStart, pageEnd)));
			}
			pages.add(rows);
		}
		return pages;
	}

	/**
	 * The strip's text alternative: the step's number, activity and the lanes that act in
	 * it, all in the SOP's own words; a decision adds where its "no" branch returns.
	 */
	private String label(Step step) {
		List<String> names = new ArrayList<>();
		for (SopDefinition.Lane lane : this.definition.lanes()) {
			if (step.lanes().contains(lane.key())) {
				names.add(lane.name());
			}
		}
		String text = step.number() + ". " + step.activity() + " — " + String.join(", ", names);
		if (step.decision() != null && step.decision().noTarget() != null) {
			text += " (" + step.decision().yes() + " → " + (step.number() + 1) + ", " + step.decision().no() + " → "
					+ step.decision().noTarget() + ")";
		}
		return text;
	}

	/**
	 * @return the lane of a step in which the flow enters and leaves (its first lane)
	 */
	int mainLane(Step step) {
		return step.lanes().isEmpty() ? 0 : this.laneIndex.getOrDefault(step.lanes().get(0), 0);
	}

	private String svg(int index, int height, boolean pageStart, boolean pageEnd) {
		List<Step> steps = this.definition.steps();
		Step step = steps.get(index);
		ChartGeometry g = this.geometry;
		Svg svg = new Svg(g.lanesWidth(), height, g.symbolWidth());
		svg.label(label(step));
		for (int lane = 1; lane < g.laneCount(); lane++) {
			svg.line(g.laneX(lane), 0, g.laneX(lane), height, "#b8c4c6", false);
		}
		int main = mainLane(step);
		int x = center(main);
		int y = height / 2;
		int half = (step.symbol() == Symbol.DECISION) ? Svg.DIAMOND_HALF_HEIGHT : Svg.BOX_HALF_HEIGHT;
		if (index > 0) {
			incoming(svg, step, x, y - half, pageStart);
		}
		List<Integer> lanes = step.lanes()
			.stream()
			.map((key) -> this.laneIndex.getOrDefault(key, 0))
			.distinct()
			.sorted()
			.toList();
		if (lanes.size() > 1) {
			svg.line(center(lanes.get(0)), y, center(lanes.get(lanes.size() - 1)), y, "#5b6b6e", true);
		}
		for (int lane : lanes.isEmpty() ? List.of(main) : lanes) {
			svg.symbol(step.symbol(), center(lane), lane, y, lane == main);
		}
		returns(svg, step, x, y);
		if (index < steps.size() - 1 && step.symbol() != Symbol.END) {
			outgoing(svg, step, steps.get(index + 1), x, y + half, height, pageEnd);
		}
		return svg.toString();
	}

	/**
	 * The arrow into a step's symbol (whose top is at {@code top}) from the one before.
	 */
	private static void incoming(Svg svg, Step step, int x, int top, boolean pageStart) {
		if (pageStart) {
			svg.offPage(x, 2, String.valueOf(step.number()));
			svg.arrow(x, 20, x, top);
		}
		else {
			svg.arrow(x, 0, x, top);
		}
	}

	/**
	 * The line from a step's symbol (whose bottom is at {@code bottom}) towards the next
	 * step: straight down, across to the next step's lane, or to an off-page connector.
	 */
	private void outgoing(Svg svg, Step step, Step following, int x, int bottom, int height, boolean pageEnd) {
		int next = center(mainLane(following));
		if (pageEnd) {
			svg.arrow(x, bottom, x, height - 22);
			svg.offPage(x, height - 20, String.valueOf(step.number() + 1));
		}
		else if (next == x) {
			svg.arrow(x, bottom, x, height);
		}
		else {
			svg.line(x, bottom, x, height - 8, "#1d2b2e", false);
			svg.line(x, height - 8, next, height - 8, "#1d2b2e", false);
			svg.arrow(next, height - 8, next, height);
		}
		if (step.decision() != null) {
			// beside the off-page connector where the page ends, else beside the line
			svg.text(x + (pageEnd ? 12 : 5), bottom + 11, step.decision().yes(), "start");
		}
	}

	private void returns(Svg svg, Step step, int x, int y) {
		int lane = this.geometry.lane();
		int width = this.geometry.lanesWidth();
		if (step.decision() != null) {
			// the "no" branch leaves the diamond to the right, into the next lane if
			// there is room, else to the left; its connector never leaves the strip
			int diamond = Math.min(Svg.DIAMOND_HALF_WIDTH, this.geometry.symbolWidth() / 2);
			int right = x + diamond + 2;
			int edge = Math.min(x + lane / 2 + 22, width - 12);
			if (edge <= right + 8) {
				right = x - diamond - 2;
				edge = Math.max(12, x - lane / 2 - 22);
			}
			svg.arrow(right, y, edge - ((edge > x) ? 10 : -10), y);
			// a long label ("Tidak tercapai") stands on two lines above the branch, not
			// over the connector
			String[] words = step.decision().no().split(" ", 2);
			if (words.length == 2 && step.decision().no().length() > 7) {
				svg.text(inside((right + edge) / 2, words[0]), y - 13, words[0], "middle");
				svg.text(inside((right + edge) / 2, words[1]), y - 4, words[1], "middle");
			}
			else {
				svg.text(inside((right + edge) / 2, step.decision().no()), y - 4, step.decision().no(), "middle");
			}
			String label = (step.decision().noTarget() != null) ? String.valueOf(step.decision().noTarget()) : "RA";
			svg.connector(edge, y, label);
		}
		List<Integer> sources = this.returnsInto.getOrDefault(step.number(), List.of());
		if (!sources.isEmpty()) {
			// the connector of a return stands left of the symbol, in the margin and the
			// lane
			// before; in the first lane it stands right of it
			int box = this.geometry.symbolWidth() / 2;
			int cx = x - box - 20;
			if (cx >= 12) {
				svg.arrow(cx + 9, y, x - box - 1, y);
			}
			else {
				cx = Math.min(width - 12, x + box + 20);
				svg.arrow(cx - 9, y, x + box + 1, y);
			}
			svg.connector(cx, y, String.valueOf(sources.get(0)));
		}
	}

	/**
	 * @return the middle of a centred label moved just enough to keep the label inside
	 * the strip
	 */
	private int inside(int middle, String label) {
		int half = (int) Math.ceil(label.length() * Svg.LABEL_CHAR_WIDTH / 2) + 2;
		return Math.max(half, Math.min(this.geometry.lanesWidth() - half, middle));
	}

	private int center(int lane) {
		return this.geometry.laneCenter(lane);
	}

	/** The row height: enough for the longest text cell, wrapped at the column widths. */
	int height(Step step) {
		ChartGeometry g = this.geometry;
		int lines = Math.max(lines(step.activity(), g.charsPerLine(g.activity())),
				Math.max(lines(String.join("; ", step.inputs()), g.charsPerLine(g.inputs())),
						lines(step.output(), g.charsPerLine(g.output()))));
		lines = Math.max(lines, lines(step.remarks(), g.charsPerLine(g.remarks())));
		lines = Math.max(lines, lines((step.time() != null) ? step.time().display() : null, g.charsPerLine(g.time())));
		return Math.max(MIN_ROW, (int) Math.ceil(lines * g.medium().lineHeight() + 12));
	}

	/**
	 * @return the lines of the tallest lane name in the header, wrapped at the lane width
	 */
	int headerLines() {
		return this.definition.lanes()
			.stream()
			.mapToInt((lane) -> lines(lane.name(), this.geometry.headerCharsPerLine()))
			.max()
			.orElse(1);
	}

	private static int lines(String text, int perLine) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		int lines = 1;
		int used = 0;
		for (String word : text.trim().split("\\s+")) {
			if (used > 0 && used + 1 + word.length() > perLine) {
				lines++;
				used = 0;
			}
			// a word longer than the column breaks inside the word (overflow-wrap)
			lines += (Math.max(1, word.length()) - 1) / perLine;
			used += ((used == 0) ? 0 : 1) + (word.length() - 1) % perLine + 1;
		}
		return lines;
	}

	/** One table row: the step, its height in pixels, and the SVG of its lane cells. */
	public record Row(Step step, int height, String svg) {
	}

}
