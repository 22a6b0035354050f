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

	/** Width of one lane column in pixels. */
	public static final int LANE = 84;

	private static final int MIN_ROW = 66;

	/**
	 * Text metrics of the printed PDF: characters per line of each text column and the
	 * line height.
	 */
	public static final Metrics PRINT = new Metrics(36, 21, 19, 16, 11.5);

	/** Text metrics of the page on screen (the columns of ukur.css). */
	public static final Metrics SCREEN = new Metrics(44, 23, 21, 27, 17.5);

	private final SopDefinition definition;

	private final Metrics metrics;

	private final Map<String, Integer> laneIndex = new HashMap<>();

	private final Map<Integer, List<Integer>> returnsInto = new HashMap<>();

	public SopChart(SopDefinition definition, Metrics metrics) {
		this.definition = definition;
		this.metrics = metrics;
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
	 * @return the rows in one piece (the page on screen)
	 */
	public List<Row> rows() {
		return pages(Integer.MAX_VALUE).get(0);
	}

	/**
	 * @param pageHeight the height available for rows on a printed page
	 * @return the rows split into pages, with off-page connectors where a page ends
	 */
	public List<List<Row>> pages(int pageHeight) {
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
	 * @return the lane of a step in which the flow enters and leaves (its first lane)
	 */
	int mainLane(Step step) {
		return step.lanes().isEmpty() ? 0 : this.laneIndex.getOrDefault(step.lanes().get(0), 0);
	}

	private String svg(int index, int height, boolean pageStart, boolean pageEnd) {
		List<Step> steps = this.definition.steps();
		Step step = steps.get(index);
		Svg svg = new Svg(this.definition.lanes().size() * LANE, height);
		for (int lane = 1; lane < this.definition.lanes().size(); lane++) {
			svg.line(lane * LANE, 0, lane * LANE, height, "#b8c4c6", false);
		}
		int main = mainLane(step);
		int x = center(main);
		int y = height / 2;
		int half = (step.symbol() == Symbol.DECISION) ? 19 : 14;
		if (index > 0) {
			if (pageStart) {
				svg.offPage(x, 2, String.valueOf(step.number()));
				svg.arrow(x, 20, x, y - half);
			}
			else {
				svg.arrow(x, 0, x, y - half);
			}
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
			svg.symbol(step.symbol(), center(lane), y, lane == main);
		}
		returns(svg, step, x, y, half);
		if (index < steps.size() - 1 && step.symbol() != Symbol.END) {
			int next = center(mainLane(steps.get(index + 1)));
			if (pageEnd) {
				svg.arrow(x, y + half, x, height - 22);
				svg.offPage(x, height - 20, String.valueOf(step.number() + 1));
			}
			else if (next == x) {
				svg.arrow(x, y + half, x, height);
			}
			else {
				svg.line(x, y + half, x, height - 8, "#1d2b2e", false);
				svg.line(x, height - 8, next, height - 8, "#1d2b2e", false);
				svg.arrow(next, height - 8, next, height);
			}
			if (step.decision() != null) {
				svg.text(x + 5, y + half + 11, step.decision().yes(), "start");
			}
		}
		return svg.toString();
	}

	private void returns(Svg svg, Step step, int x, int y, int half) {
		if (step.decision() != null) {
			int right = x + half + 2;
			int edge = Math.min(x + LANE / 2 + 22, this.definition.lanes().size() * LANE - 12);
			if (edge <= right + 8) {
				edge = x - LANE / 2 + 4;
				right = x - half - 2;
			}
			svg.arrow(right, y, edge - ((edge > x) ? 10 : -10), y);
			// a long label ("Tidak tercapai") stands on two lines above the branch, not
			// over the connector
			String[] words = step.decision().no().split(" ", 2);
			if (words.length == 2 && step.decision().no().length() > 7) {
				svg.text((right + edge) / 2, y - 13, words[0], "middle");
				svg.text((right + edge) / 2, y - 4, words[1], "middle");
			}
			else {
				svg.text((right + edge) / 2, y - 4, step.decision().no(), "middle");
			}
			String label = (step.decision().noTarget() != null) ? String.valueOf(step.decision().noTarget()) : "RA";
			svg.connector(edge, y, label);
		}
		List<Integer> sources = this.returnsInto.getOrDefault(step.number(), List.of());
		if (!sources.isEmpty()) {
			int left = x - half - 4;
			int cx = Math.max(12, x - LANE / 2 + 2);
			if (cx + 10 >= left) {
				cx = x + LANE / 2 - 2;
				svg.arrow(cx - 10, y, x + half + 4, y);
			}
			else {
				svg.arrow(cx + 10, y, left, y);
			}
			svg.connector(cx, y, String.valueOf(sources.get(0)));
		}
	}

	private static int center(int lane) {
		return lane * LANE + LANE / 2;
	}

	/** The row height: enough for the longest text cell, wrapped at the column widths. */
	int height(Step step) {
		Metrics m = this.metrics;
		int lines = Math.max(lines(step.activity(), m.activity()),
				Math.max(lines(String.join("; ", step.inputs()), m.inputs()), lines(step.output(), m.output())));
		lines = Math.max(lines, lines(step.remarks(), m.remarks()));
		return Math.max(MIN_ROW, (int) Math.ceil(lines * m.lineHeight() + 12));
	}

	private static int lines(String text, int perLine) {
		if (text == null || text.isBlank()) {
			return 1;
		}
		int lines = 1;
		int used = 0;
		for (String word : text.split("\\s+")) {
			if (used > 0 && used + 1 + word.length() > perLine) {
				lines++;
				used = word.length();
			}
			else {
				used += (used == 0 ? 0 : 1) + word.length();
			}
		}
		return lines;
	}

	/**
	 * How text wraps in a rendering: characters per line in the activity, inputs, output
	 * and remarks columns, and the height of a line in pixels.
	 */
	public record Metrics(int activity, int inputs, int output, int remarks, double lineHeight) {
	}

	/** One table row: the step, its height in pixels, and the SVG of its lane cells. */
	public record Row(Step step, int height, String svg) {
	}

}
